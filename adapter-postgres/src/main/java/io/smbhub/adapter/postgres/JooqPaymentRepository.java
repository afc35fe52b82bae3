package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.Payments;
import io.smbhub.application.port.out.PaymentRepository;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.shared.PaymentId;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.payment.PaymentStatus;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PaymentRepository} on PostgreSQL ({@code payments}); {@code (tenant, provider, provider payment id)}
 * is unique when the provider payment id is present.
 */
public final class JooqPaymentRepository implements PaymentRepository {

    private final JdbcTransactionRunner tx;

    public JooqPaymentRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<Payment> findById(TenantId tenant, PaymentId id) {
        return tx.dsl().select(Payments.ALL).from(Payments.TABLE)
                .where(Payments.TENANT_ID.eq(tenant.value()), Payments.ID.eq(id.value()))
                .fetchOptional().map(JooqPaymentRepository::toPayment);
    }

    @Override
    public Optional<Payment> findByProviderPaymentId(TenantId tenant, PaymentProvider provider, String providerPaymentId) {
        return tx.dsl().select(Payments.ALL).from(Payments.TABLE)
                .where(Payments.TENANT_ID.eq(tenant.value()), Payments.PROVIDER.eq(provider.name()),
                        Payments.PROVIDER_PAYMENT_ID.eq(providerPaymentId))
                .fetchOptional().map(JooqPaymentRepository::toPayment);
    }

    @Override
    public List<Payment> listByInvoice(TenantId tenant, InvoiceId invoiceId) {
        return tx.dsl().select(Payments.ALL).from(Payments.TABLE)
                .where(Payments.TENANT_ID.eq(tenant.value()), Payments.INVOICE_ID.eq(invoiceId.value()))
                .orderBy(Payments.ID)
                .fetch(JooqPaymentRepository::toPayment);
    }

    @Override
    public long save(Payment payment) {
        return SqlSupport.saveVersioned(tx.dsl(), Payments.TABLE, Payments.TENANT_ID, Payments.ID, Payments.VERSION,
                payment.tenantId().value(), payment.id().value(), payment.version(), values(payment),
                "Payment " + payment.id(), () -> duplicateMessage(payment));
    }

    @Override
    public List<Payment> list(TenantId tenant, Filter filter, UUID afterId, int limit) {
        Condition where = Payments.TENANT_ID.eq(tenant.value()).and(SqlSupport.before(Payments.ID, afterId));
        if (filter.invoiceId() != null) {
            where = where.and(Payments.INVOICE_ID.eq(filter.invoiceId().value()));
        }
        if (filter.status() != null) {
            where = where.and(Payments.STATUS.eq(filter.status().name()));
        }
        return tx.dsl().select(Payments.ALL).from(Payments.TABLE).where(where).orderBy(Payments.ID.desc()).limit(limit)
                .fetch(JooqPaymentRepository::toPayment);
    }

    @Override
    public List<Money> succeededBetween(TenantId tenant, Instant from, Instant to) {
        Field<BigDecimal> sum = DSL.sum(Payments.AMOUNT.minus(Payments.AMOUNT_REFUNDED));
        return tx.dsl().select(Payments.CURRENCY, sum)
                .from(Payments.TABLE)
                .where(Payments.TENANT_ID.eq(tenant.value()), Payments.STATUS.eq(PaymentStatus.SUCCEEDED.name()),
                        Payments.PAID_AT.ge(from), Payments.PAID_AT.lt(to))
                .groupBy(Payments.CURRENCY)
                .orderBy(Payments.CURRENCY.collate("C"))
                .fetch(r -> Money.of(r.get(sum), r.get(Payments.CURRENCY)));
    }

    private String duplicateMessage(Payment payment) {
        boolean idTaken = tx.dsl().fetchExists(Payments.TABLE,
                Payments.TENANT_ID.eq(payment.tenantId().value()).and(Payments.ID.eq(payment.id().value())));
        if (idTaken || payment.providerPaymentId().isEmpty()) {
            return "Payment " + payment.id() + " already exists";
        }
        return "A " + payment.provider() + " payment with id " + payment.providerPaymentId().get() + " is already recorded";
    }

    private static Map<Field<?>, Object> values(Payment p) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(Payments.INVOICE_ID, p.invoiceId().value());
        v.put(Payments.PROVIDER, p.provider().name());
        v.put(Payments.PROVIDER_PAYMENT_ID, p.providerPaymentId().orElse(null));
        v.put(Payments.STATUS, p.status().name());
        v.put(Payments.AMOUNT, p.amount().amount());
        v.put(Payments.CURRENCY, p.amount().currency());
        v.put(Payments.PAID_AT, SqlSupport.micros(p.paidAt()));
        v.put(Payments.METHOD_LABEL, p.methodLabel());
        v.put(Payments.AMOUNT_REFUNDED, p.amountRefunded().amount());
        v.put(Payments.RECEIPT_URL, p.receiptUrl().orElse(null));
        v.put(Payments.FAILURE_MESSAGE, p.failureMessage().orElse(null));
        v.put(Payments.CREATED_AT, SqlSupport.micros(p.createdAt()));
        v.put(Payments.UPDATED_AT, SqlSupport.micros(p.updatedAt()));
        v.put(Payments.CREATED_BY, p.createdBy() == null ? null : p.createdBy().value());
        return v;
    }

    private static Payment toPayment(Record r) {
        UUID createdBy = r.get(Payments.CREATED_BY);
        return Payment.rehydrate(new PaymentId(r.get(Payments.ID)), new TenantId(r.get(Payments.TENANT_ID)),
                new InvoiceId(r.get(Payments.INVOICE_ID)), PaymentProvider.valueOf(r.get(Payments.PROVIDER)),
                r.get(Payments.PROVIDER_PAYMENT_ID), PaymentStatus.valueOf(r.get(Payments.STATUS)),
                Money.of(r.get(Payments.AMOUNT), r.get(Payments.CURRENCY)),
                Money.of(r.get(Payments.AMOUNT_REFUNDED), r.get(Payments.CURRENCY)), r.get(Payments.PAID_AT),
                r.get(Payments.METHOD_LABEL), r.get(Payments.RECEIPT_URL), r.get(Payments.FAILURE_MESSAGE),
                createdBy == null ? null : new UserId(createdBy), r.get(Payments.CREATED_AT), r.get(Payments.UPDATED_AT),
                r.get(Payments.VERSION));
    }
}
