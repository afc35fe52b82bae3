package io.smbhub.application.service.payment;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.payment.PaymentView;
import io.smbhub.application.port.in.payment.RefundPaymentUseCase;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.PaymentAccountRepository;
import io.smbhub.application.port.out.PaymentGateway;
import io.smbhub.application.port.out.PaymentRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.PaymentActions;
import io.smbhub.application.service.support.TenantContext;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.profile.Capability;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.PaymentId;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.tenant.Permission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Refunds (spec smb-hub-prd.md 12.3.6): see {@link RefundPaymentUseCase}. A manual refund is one transaction. A
 * Stripe refund checks in one transaction, calls Stripe outside any transaction, then records what Stripe
 * refunded in a second one; the refunded total only grows to what Stripe confirmed, so the {@code charge.refunded}
 * webhook that follows (or came first) converges on the same figures.
 */
public final class RefundService implements RefundPaymentUseCase {

    private final PaymentRepository payments;
    private final InvoiceRepository invoices;
    private final PaymentAccountRepository accounts;
    private final PaymentGateway gateway;
    private final InvoiceSettlement settlement;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public RefundService(PaymentRepository payments, InvoiceRepository invoices, PaymentAccountRepository accounts,
                         PaymentGateway gateway, InvoiceSettlement settlement, Documents documents, TransactionRunner tx,
                         TimeSource clock, Auditor auditor) {
        this.payments = payments;
        this.invoices = invoices;
        this.accounts = accounts;
        this.gateway = gateway;
        this.settlement = settlement;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** Step 1's findings: the payment as read, and the checked refund amount. */
    private record Checked(Payment payment, Money amount) {
    }

    @Override
    public PaymentView refund(Actor actor, PaymentId paymentId, BigDecimal amount, String reason) {
        Access.require(actor, Permission.PAYMENTS_RECORD);
        // One transaction checks; a manual refund is applied in it, a Stripe refund waits for Stripe's answer.
        FirstStep first = tx.inTenant(actor.tenantId(), () -> {
            Checked checked = check(actor, paymentId, amount);
            if (checked.payment().provider() != PaymentProvider.STRIPE) {
                return new FirstStep(apply(actor, paymentId, payment -> {
                    payment.refund(checked.amount(), reason, clock.now());
                    return true;
                }), checked, null);
            }
            return new FirstStep(null, checked, PaymentLinkService.gatewayAccount(accounts, actor.tenantId()));
        });
        if (first.done() != null) {
            return first.done();
        }
        Payment payment = first.checked().payment();
        Money amountNow = first.checked().amount();
        String key = "smbhub-refund-" + payment.id().value() + "-" + payment.amountRefunded().amount().toPlainString()
                + "-" + amountNow.amount().toPlainString();
        PaymentGateway.ProviderRefund refund = gateway.refund(new PaymentGateway.RefundRequest(
                payment.providerPaymentId().orElseThrow(), amountNow, reason, key, first.account()));
        Money refundedNow = payment.amountRefunded().plus(refund.amount());
        return tx.inTenant(actor.tenantId(), () -> apply(actor, paymentId,
                stored -> stored.syncRefundedTotal(refundedNow, clock.now())));
    }

    /** The first transaction's outcome: a finished manual refund, or a checked Stripe refund and its account. */
    private record FirstStep(PaymentView done, Checked checked, PaymentGateway.Account account) {
    }

    private Checked check(Actor actor, PaymentId paymentId, BigDecimal amount) {
        TenantContext ctx = documents.context(actor, Capability.PAYMENTS);
        Payment payment = payments.findById(actor.tenantId(), paymentId)
                .orElseThrow(() -> DomainException.notFound("Payment", paymentId));
        PaymentActions.decide(actor, payment, ctx).require(PaymentActions.REFUND);
        Money refund = amount == null ? payment.refundable() : Money.of(amount, payment.amount().currency());
        payment.refusalToRefund(refund).ifPresent(Refusal::raise);
        return new Checked(payment, refund);
    }

    private interface Change {
        /** Changes the payment; false when there was nothing to change. */
        boolean apply(Payment payment);
    }

    /** Locks the invoice, changes the payment, settles the invoice from its payments, saves and audits both. */
    private PaymentView apply(Actor actor, PaymentId paymentId, Change change) {
        TenantContext ctx = documents.context(actor);
        InvoiceId invoiceId = payments.findById(actor.tenantId(), paymentId)
                .orElseThrow(() -> DomainException.notFound("Payment", paymentId)).invoiceId();
        Invoice invoice = invoices.lockById(actor.tenantId(), invoiceId)
                .orElseThrow(() -> DomainException.notFound("Invoice", invoiceId));
        // Re-read under the invoice lock: payment changes of one invoice happen one at a time.
        Payment payment = payments.findById(actor.tenantId(), paymentId).orElseThrow();
        PaymentView before = PaymentView.of(payment);
        InvoiceView invoiceBefore = InvoiceView.of(invoice, invoice.version(), ctx.today(), List.of());
        if (change.apply(payment)) {
            payments.save(payment);
        }
        Instant now = clock.now();
        settlement.settle(invoice, now);
        long invoiceVersion = invoices.save(invoice);
        PaymentView after = PaymentView.of(payment, PaymentActions.decide(actor, payment, ctx).allowed());
        auditor.record(actor, "payment", payment.id().value(), before, PaymentView.of(payment), payment.pullEvents());
        auditor.record(actor, "invoice", invoice.id().value(), invoiceBefore,
                InvoiceView.of(invoice, invoiceVersion, ctx.today(), List.of()), invoice.pullEvents());
        return after;
    }
}
