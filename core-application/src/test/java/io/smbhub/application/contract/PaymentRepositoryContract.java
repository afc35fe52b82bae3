package io.smbhub.application.contract;

import io.smbhub.application.port.out.PaymentRepository;
import io.smbhub.application.port.out.PaymentRepository.Filter;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.shared.PaymentId;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.payment.PaymentStatus;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract of {@link PaymentRepository}. */
public abstract class PaymentRepositoryContract extends PortContract {

    private static final Filter ALL = new Filter(null, null);

    private PaymentRepository payments() {
        return adapters().payments();
    }

    private InvoiceId invoiceOf(TenantId tenant) {
        return newInvoice(tenant, "INV-" + newId(), null).id();
    }

    private Payment payment(TenantId tenant, InvoiceId invoice, PaymentProvider provider, String providerId,
                            PaymentStatus status, Money amount, Instant paidAt) {
        return Payment.rehydrate(new PaymentId(newId()), tenant, invoice, provider, providerId, status, amount, null,
                paidAt, "Card", null, null, newUserId(), T0, T0, 0);
    }

    private Payment stored(TenantId tenant, InvoiceId invoice, PaymentStatus status, Money amount, Instant paidAt) {
        Payment payment = payment(tenant, invoice, PaymentProvider.CASH, null, status, amount, paidAt);
        in(tenant, () -> payments().save(payment));
        return payment;
    }

    private List<UUID> listIds(TenantId tenant, Filter filter) {
        return in(tenant, () -> payments().list(tenant, filter, null, 100)).stream().map(p -> p.id().value()).toList();
    }

    @Test
    void insertReturnsVersionOneAndFindByIdRestoresEveryField() {
        TenantId tenant = newTenant();
        InvoiceId invoice = invoiceOf(tenant);
        Payment payment = Payment.manual(new PaymentId(newId()), tenant, invoice, PaymentProvider.STRIPE, "pi_3Nabc",
                usd("123.40"), at(Duration.ofHours(6)), "Visa ending 4242", newUserId(), at(Duration.ofHours(7)));

        long version = in(tenant, () -> payments().save(payment));
        Payment loaded = in(tenant, () -> payments().findById(tenant, payment.id())).orElseThrow();

        assertThat(version).isEqualTo(1);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(payment);
        assertThat(loaded.amount().amount().toPlainString()).isEqualTo("123.40");
        assertThat(loaded.providerPaymentId()).contains("pi_3Nabc");
        assertThat(loaded.paidAt()).isEqualTo(at(Duration.ofHours(6)));
        assertThat(loaded.createdAt()).isEqualTo(at(Duration.ofHours(7)));
        assertThat(loaded.methodLabel()).isEqualTo("Visa ending 4242");
        assertThat(loaded.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void optionalFieldsStayEmpty() {
        TenantId tenant = newTenant();
        Payment payment = Payment.rehydrate(new PaymentId(newId()), tenant, invoiceOf(tenant), PaymentProvider.CASH, null,
                PaymentStatus.PENDING, Money.of(new BigDecimal("700"), "JPY"), null, T0, null, null, null, null, T0, T0, 0);

        in(tenant, () -> payments().save(payment));
        Payment loaded = in(tenant, () -> payments().findById(tenant, payment.id())).orElseThrow();

        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(payment);
        assertThat(loaded.providerPaymentId()).isEmpty();
        assertThat(loaded.methodLabel()).isNull();
        assertThat(loaded.createdBy()).isNull();
        assertThat(loaded.amount().amount().toPlainString()).isEqualTo("700");
    }

    @Test
    void aDuplicateProviderPaymentIdIsAConflictPerTenantAndProvider() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        InvoiceId invoice = invoiceOf(tenant);
        Payment first = payment(tenant, invoice, PaymentProvider.STRIPE, "pi_dup", PaymentStatus.SUCCEEDED, usd("1.00"), T0);
        in(tenant, () -> payments().save(first));
        Payment duplicate = payment(tenant, invoice, PaymentProvider.STRIPE, "pi_dup", PaymentStatus.SUCCEEDED, usd("1.00"), T0);

        var conflict = assertConflict(() -> in(tenant, () -> payments().save(duplicate)));

        assertThat(conflict.getMessage()).contains("pi_dup");
        assertThat(in(tenant, () -> payments().findById(tenant, duplicate.id()))).isEmpty();
        Payment otherProvider = payment(tenant, invoice, PaymentProvider.BANK, "pi_dup", PaymentStatus.SUCCEEDED, usd("1.00"), T0);
        assertThat(in(tenant, () -> payments().save(otherProvider))).isEqualTo(1);
        Payment otherTenant = payment(other, invoiceOf(other), PaymentProvider.STRIPE, "pi_dup", PaymentStatus.SUCCEEDED, usd("1.00"), T0);
        assertThat(in(other, () -> payments().save(otherTenant))).isEqualTo(1);
    }

    @Test
    void paymentsWithoutProviderIdNeverConflictWithEachOther() {
        TenantId tenant = newTenant();
        InvoiceId invoice = invoiceOf(tenant);
        stored(tenant, invoice, PaymentStatus.SUCCEEDED, usd("1.00"), T0);
        stored(tenant, invoice, PaymentStatus.SUCCEEDED, usd("1.00"), T0);

        assertThat(listIds(tenant, ALL)).hasSize(2);
    }

    @Test
    void insertingAnExistingIdIsAConflict() {
        TenantId tenant = newTenant();
        Payment payment = stored(tenant, invoiceOf(tenant), PaymentStatus.SUCCEEDED, usd("5.00"), T0);

        assertConflict(() -> in(tenant, () -> payments().save(payment)));

        assertThat(listIds(tenant, ALL)).containsExactly(payment.id().value());
    }

    @Test
    void anotherTenantsPaymentIsNotFound() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        Payment payment = stored(owner, invoiceOf(owner), PaymentStatus.SUCCEEDED, usd("5.00"), T0);

        assertThat(in(other, () -> payments().findById(other, payment.id()))).isEmpty();
        assertThat(listIds(other, ALL)).isEmpty();
        assertThat(in(other, () -> payments().succeededBetween(other, T0.minusSeconds(1), T0.plusSeconds(1)))).isEmpty();
    }

    @Test
    void listFiltersByInvoiceAndStatus() {
        TenantId tenant = newTenant();
        InvoiceId a = invoiceOf(tenant);
        InvoiceId b = invoiceOf(tenant);
        Payment a1 = stored(tenant, a, PaymentStatus.SUCCEEDED, usd("1.00"), T0);
        Payment b1 = stored(tenant, b, PaymentStatus.FAILED, usd("2.00"), T0);
        Payment a2 = stored(tenant, a, PaymentStatus.FAILED, usd("3.00"), T0);

        assertThat(listIds(tenant, ALL)).containsExactly(a2.id().value(), b1.id().value(), a1.id().value());
        assertThat(listIds(tenant, new Filter(a, null))).containsExactly(a2.id().value(), a1.id().value());
        assertThat(listIds(tenant, new Filter(null, PaymentStatus.FAILED))).containsExactly(a2.id().value(), b1.id().value());
        assertThat(listIds(tenant, new Filter(b, PaymentStatus.SUCCEEDED))).isEmpty();
    }

    @Test
    void succeededBetweenSumsSucceededPaymentsPerCurrencyFromInclusiveToExclusive() {
        TenantId tenant = newTenant();
        InvoiceId invoice = invoiceOf(tenant);
        Instant from = T0;
        Instant to = T0.plus(Duration.ofDays(1));
        stored(tenant, invoice, PaymentStatus.SUCCEEDED, usd("10.10"), from);
        stored(tenant, invoice, PaymentStatus.SUCCEEDED, usd("20.25"), to.minusNanos(1000));
        stored(tenant, invoice, PaymentStatus.SUCCEEDED, usd("99.00"), to);
        stored(tenant, invoice, PaymentStatus.SUCCEEDED, usd("99.00"), from.minusNanos(1000));
        stored(tenant, invoice, PaymentStatus.PENDING, usd("99.00"), from.plusSeconds(1));
        stored(tenant, invoice, PaymentStatus.FAILED, usd("99.00"), from.plusSeconds(1));
        stored(tenant, invoice, PaymentStatus.REFUNDED, usd("99.00"), from.plusSeconds(1));
        stored(tenant, invoice, PaymentStatus.SUCCEEDED, Money.of(new BigDecimal("1.5"), "EUR"), from.plusSeconds(2));
        stored(tenant, invoice, PaymentStatus.SUCCEEDED, Money.of(new BigDecimal("0.125"), "BHD"), from.plusSeconds(3));

        List<Money> sums = in(tenant, () -> payments().succeededBetween(tenant, from, to));

        assertThat(sums).containsExactly(Money.of(new BigDecimal("0.125"), "BHD"), Money.of(new BigDecimal("1.50"), "EUR"),
                usd("30.35"));
        assertThat(sums.get(2).amount().toPlainString()).isEqualTo("30.35");
        assertThat(in(tenant, () -> payments().succeededBetween(tenant, to.plusSeconds(1), to.plusSeconds(2)))).isEmpty();
    }

    @Test
    void keysetPagesReturnEveryPaymentOnceNewestFirstEvenWithInsertsBetweenPages() {
        TenantId tenant = newTenant();
        InvoiceId invoice = invoiceOf(tenant);
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(stored(tenant, invoice, PaymentStatus.SUCCEEDED, usd("1.00"), T0).id().value());
        }

        List<UUID> served = walkPages((after, limit) -> in(tenant, () -> payments().list(tenant, ALL, after, limit)),
                p -> p.id().value(), 2, () -> stored(tenant, invoice, PaymentStatus.SUCCEEDED, usd("1.00"), T0));

        assertThat(served).containsExactlyElementsOf(newestFirst(created));
    }

    @Test
    void aRolledBackSaveLeavesNoPayment() {
        TenantId tenant = newTenant();
        Payment payment = payment(tenant, invoiceOf(tenant), PaymentProvider.STRIPE, "pi_rollback",
                PaymentStatus.SUCCEEDED, usd("1.00"), T0);

        runAndRollBack(tenant, () -> payments().save(payment));

        assertThat(in(tenant, () -> payments().findById(tenant, payment.id()))).isEmpty();
        Payment again = payment(tenant, payment.invoiceId(), PaymentProvider.STRIPE, "pi_rollback",
                PaymentStatus.SUCCEEDED, usd("1.00"), T0);
        assertThat(in(tenant, () -> payments().save(again))).isEqualTo(1);
    }
}
