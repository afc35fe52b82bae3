package io.smbhub.application.service.payment;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.payment.PaymentQueries;
import io.smbhub.application.port.in.payment.PaymentView;
import io.smbhub.application.port.in.payment.RecordPaymentCommand;
import io.smbhub.application.port.in.payment.RecordPaymentUseCase;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.PaymentRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.InvoiceActions;
import io.smbhub.application.service.support.PaymentActions;
import io.smbhub.application.service.support.TenantContext;
import io.smbhub.domain.profile.Capability;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Cursors;
import io.smbhub.application.service.support.Documents;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.shared.PaymentId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.tenant.Permission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Manual payments (spec smb-hub-prd.md 12.3.6): the payment is saved and applied to its invoice in one
 * transaction, so an invoice's amount paid always equals its recorded payments.
 */
public final class PaymentService implements RecordPaymentUseCase, PaymentQueries {

    private final PaymentRepository payments;
    private final InvoiceRepository invoices;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;
    private final Auditor auditor;

    public PaymentService(PaymentRepository payments, InvoiceRepository invoices, Documents documents, TransactionRunner tx,
                          TimeSource clock, IdGenerator ids, Auditor auditor) {
        this.payments = payments;
        this.invoices = invoices;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
        this.auditor = auditor;
    }

    @Override
    public PaymentView record(Actor actor, RecordPaymentCommand command) {
        Access.require(actor, Permission.PAYMENTS_RECORD);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.PAYMENTS);
            Invoice invoice = invoices.findById(actor.tenantId(), command.invoiceId())
                    .orElseThrow(() -> DomainException.invalid("invoice_id", "Invoice " + command.invoiceId() + " does not exist"));
            InvoiceActions.decide(actor, invoice, ctx, documents.findContact(actor, invoice.details().contactId()))
                    .require(InvoiceActions.RECORD_PAYMENT);
            String currency = command.currency() != null ? command.currency() : invoice.details().currency();
            Money amount = Money.of(command.amount(), currency);
            Instant now = clock.now();
            Instant paidAt = command.paidAt() != null ? command.paidAt() : now;
            if (paidAt.isAfter(now.plusSeconds(300))) {
                throw DomainException.invalid("paid_at", "paid_at is in the future");
            }
            LocalDate today = ctx.today();
            InvoiceView before = InvoiceView.of(invoice, invoice.version(), today, List.of());
            invoice.applyPayment(amount, now);
            Payment payment = Payment.manual(new PaymentId(ids.newId()), actor.tenantId(), invoice.id(), command.provider(),
                    command.reference(), amount, paidAt, command.methodLabel(), actor.userId(), now);
            payments.save(payment);
            long invoiceVersion = invoices.save(invoice);
            PaymentView view = PaymentView.of(payment, PaymentActions.decide(actor, payment, ctx).allowed());
            auditor.record(actor, "payment", payment.id().value(), null, PaymentView.of(payment), payment.pullEvents());
            auditor.record(actor, "invoice", invoice.id().value(), before, InvoiceView.of(invoice, invoiceVersion, today, List.of()),
                    invoice.pullEvents());
            return view;
        });
    }

    @Override
    public PaymentView get(Actor actor, PaymentId id) {
        Access.require(actor, Permission.PAYMENTS_READ);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.PAYMENTS);
            return payments.findById(actor.tenantId(), id)
                    .map(p -> PaymentView.of(p, PaymentActions.decide(actor, p, ctx).allowed()))
                    .orElseThrow(() -> DomainException.notFound("Payment", id));
        });
    }

    @Override
    public Page<PaymentView> list(Actor actor, ListQuery query) {
        Access.require(actor, Permission.PAYMENTS_READ);
        PaymentRepository.Filter filter = new PaymentRepository.Filter(query.invoiceId(), query.status());
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.PAYMENTS);
            return Cursors.page(query.page(), (after, limit) -> payments.list(actor.tenantId(), filter, after, limit),
                    p -> p.id().value(), p -> PaymentView.of(p, PaymentActions.decide(actor, p, ctx).allowed()));
        });
    }

}
