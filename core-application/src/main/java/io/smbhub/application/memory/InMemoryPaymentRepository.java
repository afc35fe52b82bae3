package io.smbhub.application.memory;

import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.application.port.out.PaymentRepository;
import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.shared.PaymentId;
import io.smbhub.domain.payment.PaymentStatus;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link PaymentRepository} in memory, for tests and embedders. */
public final class InMemoryPaymentRepository implements PaymentRepository {

    private final InMemoryTable<Payment> table;

    public InMemoryPaymentRepository(InMemoryTransactionRunner tx) {
        table = new InMemoryTable<>(tx, "Payment", (p, v) -> Payment.rehydrate(p.id(), p.tenantId(), p.invoiceId(), p.provider(),
                p.providerPaymentId().orElse(null), p.status(), p.amount(), p.amountRefunded(), p.paidAt(), p.methodLabel(),
                p.receiptUrl().orElse(null), p.failureMessage().orElse(null), p.createdBy(), p.createdAt(), p.updatedAt(), v));
    }

    @Override
    public Optional<Payment> findById(TenantId tenant, PaymentId id) {
        return table.find(tenant.value(), id.value());
    }

    @Override
    public Optional<Payment> findByProviderPaymentId(TenantId tenant, PaymentProvider provider, String providerPaymentId) {
        return table.all(tenant.value()).stream()
                .filter(p -> p.provider() == provider && p.providerPaymentId().filter(providerPaymentId::equals).isPresent())
                .findFirst();
    }

    @Override
    public List<Payment> listByInvoice(TenantId tenant, InvoiceId invoiceId) {
        return table.all(tenant.value()).stream().filter(p -> p.invoiceId().equals(invoiceId))
                .sorted(java.util.Comparator.comparing((Payment p) -> p.id().value())).toList();
    }

    @Override
    public long save(Payment payment) {
        if (payment.version() == 0 && payment.providerPaymentId().isPresent() && table.all(payment.tenantId().value()).stream()
                .anyMatch(p -> !p.id().equals(payment.id()) && p.provider() == payment.provider()
                        && p.providerPaymentId().equals(payment.providerPaymentId()))) {
            throw new DomainException(ErrorCode.CONFLICT, "A " + payment.provider() + " payment with id "
                    + payment.providerPaymentId().get() + " is already recorded");
        }
        return table.save(payment.tenantId().value(), payment.id().value(), payment, payment.version(), Payment::version);
    }

    @Override
    public List<Payment> list(TenantId tenant, Filter f, UUID afterId, int limit) {
        return table.list(tenant.value(), p -> (f.invoiceId() == null || p.invoiceId().equals(f.invoiceId()))
                && (f.status() == null || p.status() == f.status()), p -> p.id().value(), afterId, limit);
    }

    @Override
    public List<Money> succeededBetween(TenantId tenant, Instant from, Instant to) {
        return table.all(tenant.value()).stream()
                .filter(p -> p.status() == PaymentStatus.SUCCEEDED && !p.paidAt().isBefore(from) && p.paidAt().isBefore(to))
                .collect(Collectors.groupingBy(p -> p.amount().currency(), TreeMap::new,
                        Collectors.reducing(null, p -> p.amount().minus(p.amountRefunded()), (a, b) -> a == null ? b : a.plus(b))))
                .values().stream().toList();
    }
}
