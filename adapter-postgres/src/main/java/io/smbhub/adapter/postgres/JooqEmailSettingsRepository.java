package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.EmailSettingsRows;
import io.smbhub.application.port.out.EmailSettingsRepository;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.inbox.EmailSettings;
import io.smbhub.domain.inbox.EmailSettings.CustomSmtp;
import io.smbhub.domain.inbox.EmailSettings.SmtpSecurity;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import org.jooq.Field;
import org.jooq.Record;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link EmailSettingsRepository} on PostgreSQL ({@code email_settings}, one row per tenant, row-level security; V6).
 * The custom SMTP password is stored only sealed by {@link SecretSealer} ({@code smtp_password_sealed}, the column
 * name as associated data), as {@link JooqPaymentAccountRepository} stores a tenant's payment key.
 */
public final class JooqEmailSettingsRepository implements EmailSettingsRepository {

    private static final String PURPOSE = "email_settings.smtp_password_sealed";

    private final JdbcTransactionRunner tx;
    private final SecretSealer sealer;

    public JooqEmailSettingsRepository(JdbcTransactionRunner tx, SecretSealer sealer) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
    }

    @Override
    public Optional<Stored> find(TenantId tenant) {
        return tx.dsl().select(EmailSettingsRows.ALL).from(EmailSettingsRows.TABLE)
                .where(EmailSettingsRows.TENANT_ID.eq(tenant.value()))
                .fetchOptional().map(this::toStored);
    }

    @Override
    public long save(TenantId tenant, EmailSettings settings, long expectedVersion, Instant at) {
        Map<Field<?>, Object> values = values(settings, at);
        long next = expectedVersion + 1;
        int changed;
        if (expectedVersion == 0) {
            changed = SqlSupport.write("Email settings", () -> tx.dsl().insertInto(EmailSettingsRows.TABLE)
                    .set(EmailSettingsRows.TENANT_ID, tenant.value())
                    .set(values)
                    .set(EmailSettingsRows.VERSION, next)
                    .onConflictDoNothing()
                    .execute());
        } else {
            changed = SqlSupport.write("Email settings", () -> tx.dsl().update(EmailSettingsRows.TABLE)
                    .set(values)
                    .set(EmailSettingsRows.VERSION, next)
                    .where(EmailSettingsRows.TENANT_ID.eq(tenant.value()), EmailSettingsRows.VERSION.eq(expectedVersion))
                    .execute());
        }
        if (changed == 0) {
            throw new DomainException(ErrorCode.CONFLICT, "The email settings of this business were changed by someone"
                    + " else; reload them and apply your change again");
        }
        return next;
    }

    private Map<Field<?>, Object> values(EmailSettings s, Instant at) {
        CustomSmtp smtp = s.smtp();
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(EmailSettingsRows.FROM_NAME, s.fromName());
        v.put(EmailSettingsRows.REPLY_TO_ADDRESS, s.replyTo() == null ? null : s.replyTo().address());
        v.put(EmailSettingsRows.REPLY_TO_NAME, s.replyTo() == null ? null : s.replyTo().name());
        v.put(EmailSettingsRows.BRAND_COLOR, s.brandColor());
        v.put(EmailSettingsRows.SIGNATURE, s.signature());
        v.put(EmailSettingsRows.SMTP_HOST, smtp == null ? null : smtp.host());
        v.put(EmailSettingsRows.SMTP_PORT, smtp == null ? null : smtp.port());
        v.put(EmailSettingsRows.SMTP_SECURITY, smtp == null ? null : smtp.security().name());
        v.put(EmailSettingsRows.SMTP_USERNAME, smtp == null ? null : smtp.username());
        v.put(EmailSettingsRows.SMTP_PASSWORD_SEALED,
                smtp == null || smtp.password() == null ? null : sealer.seal(smtp.password(), PURPOSE));
        v.put(EmailSettingsRows.SMTP_FROM_ADDRESS, smtp == null ? null : smtp.fromAddress().address());
        v.put(EmailSettingsRows.SMTP_FROM_NAME, smtp == null ? null : smtp.fromAddress().name());
        v.put(EmailSettingsRows.UPDATED_AT, SqlSupport.micros(at));
        return v;
    }

    private Stored toStored(Record r) {
        String replyTo = r.get(EmailSettingsRows.REPLY_TO_ADDRESS);
        String host = r.get(EmailSettingsRows.SMTP_HOST);
        CustomSmtp smtp = null;
        if (host != null) {
            String sealed = r.get(EmailSettingsRows.SMTP_PASSWORD_SEALED);
            smtp = new CustomSmtp(host, r.get(EmailSettingsRows.SMTP_PORT),
                    SmtpSecurity.valueOf(r.get(EmailSettingsRows.SMTP_SECURITY)), r.get(EmailSettingsRows.SMTP_USERNAME),
                    sealed == null ? null : sealer.open(sealed, PURPOSE),
                    new EmailAddress(r.get(EmailSettingsRows.SMTP_FROM_ADDRESS), r.get(EmailSettingsRows.SMTP_FROM_NAME)));
        }
        EmailSettings settings = new EmailSettings(r.get(EmailSettingsRows.FROM_NAME),
                replyTo == null ? null : new EmailAddress(replyTo, r.get(EmailSettingsRows.REPLY_TO_NAME)),
                r.get(EmailSettingsRows.BRAND_COLOR), r.get(EmailSettingsRows.SIGNATURE), smtp);
        return new Stored(settings, r.get(EmailSettingsRows.VERSION), r.get(EmailSettingsRows.UPDATED_AT));
    }
}
