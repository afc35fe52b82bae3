package io.smbhub.application.contract;

import io.smbhub.application.port.out.EmailSettingsRepository;
import io.smbhub.application.port.out.EmailSettingsRepository.Stored;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.inbox.EmailSettings;
import io.smbhub.domain.inbox.EmailSettings.CustomSmtp;
import io.smbhub.domain.inbox.EmailSettings.SmtpSecurity;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link EmailSettingsRepository} (issue 5, white-label sender and custom SMTP): one row per tenant with
 * an optimistic version; the SMTP password comes back as it was saved.
 */
public abstract class EmailSettingsRepositoryContract extends InboxPortContract {

    /** A password with characters that break naive quoting or encoding. */
    protected static final String PASSWORD = "pa$$ wörd'\";--🔑";

    protected static EmailSettings full() {
        return new EmailSettings("Warung Kopi Sejahtera", new EmailAddress("Halo@Warung.test", "Warung Team"), "#1A2B3C",
                "Salam,\nWarung Kopi\n+62 812 0000", new CustomSmtp("smtp.warung.test", 587, SmtpSecurity.STARTTLS,
                "mailer@warung.test", PASSWORD, new EmailAddress("billing@warung.test", "Warung Billing")));
    }

    protected final EmailSettingsRepository settings() {
        return inbox().emailSettings();
    }

    private Stored load(TenantId tenant) {
        return in(tenant, () -> settings().find(tenant)).orElseThrow();
    }

    @Test
    void aTenantWithoutSettingsHasNone() {
        TenantId tenant = newTenant();

        assertThat(in(tenant, () -> settings().find(tenant))).isEmpty();
    }

    @Test
    void settingsRoundTripWithEveryFieldIncludingTheSmtpPassword() {
        TenantId tenant = newTenant();

        long version = in(tenant, () -> settings().save(tenant, full(), 0, T0));
        Stored loaded = load(tenant);

        assertThat(version).isEqualTo(1);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.updatedAt()).isEqualTo(T0);
        assertThat(loaded.settings()).isEqualTo(full());
        assertThat(loaded.settings().smtp().password()).isEqualTo(PASSWORD);
        assertThat(loaded.settings().replyTo()).isEqualTo(new EmailAddress("halo@warung.test", "Warung Team"));
    }

    @Test
    void settingsWithoutCustomSmtpOrOptionalFieldsRoundTrip() {
        TenantId tenant = newTenant();
        EmailSettings bare = EmailSettings.defaults();
        EmailSettings noLogin = new EmailSettings(null, new EmailAddress("reply@biz.test", null), null, null,
                new CustomSmtp("10.0.0.5", 25, SmtpSecurity.NONE, null, null, new EmailAddress("out@biz.test", null)));

        in(tenant, () -> settings().save(tenant, bare, 0, T0));
        assertThat(load(tenant).settings()).isEqualTo(bare);

        in(tenant, () -> settings().save(tenant, noLogin, 1, at(Duration.ofMinutes(1))));
        assertThat(load(tenant).settings()).isEqualTo(noLogin);
        assertThat(load(tenant).settings().smtp().password()).isNull();
    }

    @Test
    void eachSaveBumpsTheVersionAndAStaleVersionIsAConflict() {
        TenantId tenant = newTenant();
        in(tenant, () -> settings().save(tenant, full(), 0, T0));
        EmailSettings changed = new EmailSettings("New name", null, null, null, null);

        long version = in(tenant, () -> settings().save(tenant, changed, 1, at(Duration.ofMinutes(1))));
        var stale = assertConflict(() -> in(tenant, () -> settings().save(tenant, full(), 1, at(Duration.ofMinutes(2)))));
        assertConflict(() -> in(tenant, () -> settings().save(tenant, full(), 0, at(Duration.ofMinutes(3)))));

        assertThat(version).isEqualTo(2);
        assertThat(stale.getMessage()).isNotBlank();
        Stored loaded = load(tenant);
        assertThat(loaded.settings()).isEqualTo(changed);
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.updatedAt()).isEqualTo(at(Duration.ofMinutes(1)));
    }

    @Test
    void savingOverSettingsThatDoNotExistYetIsAConflict() {
        TenantId tenant = newTenant();

        assertConflict(() -> in(tenant, () -> settings().save(tenant, full(), 3, T0)));

        assertThat(in(tenant, () -> settings().find(tenant))).isEmpty();
    }

    @Test
    void anotherTenantsSettingsAreNotFound() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        in(owner, () -> settings().save(owner, full(), 0, T0));

        assertThat(in(other, () -> settings().find(other))).isEmpty();
        long othersVersion = in(other, () -> settings().save(other, EmailSettings.defaults(), 0, T0));

        assertThat(othersVersion).isEqualTo(1);
        assertThat(load(owner).settings()).isEqualTo(full());
    }

    @Test
    void aRolledBackSaveLeavesNoSettings() {
        TenantId tenant = newTenant();

        runAndRollBack(tenant, () -> settings().save(tenant, full(), 0, T0));

        assertThat(in(tenant, () -> settings().find(tenant))).isEmpty();
    }
}
