package io.smbhub.application.service;

import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.payment.PaymentLinkView;
import io.smbhub.application.port.in.payment.PaymentView;
import io.smbhub.application.port.in.payment.RecordPaymentCommand;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.payment.PaymentStatus;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.PaymentId;
import io.smbhub.domain.tenant.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Payment links and refunds (spec 3.2 Flow C, 12.3.6) on the in-memory core")
class OnlinePaymentsTest {

    private final CoreFixture f = new CoreFixture();
    private final ContactView ana = f.contact("Ana", "ana@example.test");

    private InvoiceId sentInvoice(String total) {
        InvoiceView draft = f.draftInvoice(ana, total);
        f.core.sendInvoice().send(f.owner, new SendDocumentCommand(draft.id(), null, null));
        return new InvoiceId(draft.id());
    }

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), "USD");
    }

    @Test
    @DisplayName("a payment link is made for the amount due with tenant and invoice ids, stored, audited and reused")
    void linkCreatedStoredReused() {
        InvoiceId invoice = sentInvoice("120.00");
        PaymentLinkView link = f.core.paymentLinks().create(f.owner, invoice);

        assertThat(link.reused()).isFalse();
        assertThat(link.amount()).isEqualTo(usd("120.00"));
        assertThat(f.gateway.checkouts).singleElement().satisfies(request -> {
            assertThat(request.tenantId()).isEqualTo(f.owner.tenantId());
            assertThat(request.invoiceId()).isEqualTo(invoice);
            assertThat(request.customerEmail()).isEqualTo("ana@example.test");
            assertThat(request.businessName()).isEqualTo("Pipe & Co");
        });
        InvoiceView stored = f.core.invoiceQueries().get(f.owner, invoice);
        assertThat(stored.paymentLinkUrl()).isEqualTo(link.url());
        assertThat(stored.allowedActions()).contains("create_payment_link");

        PaymentLinkView again = f.core.paymentLinks().create(f.owner, invoice);
        assertThat(again.reused()).isTrue();
        assertThat(again.url()).isEqualTo(link.url());
        assertThat(f.gateway.checkouts).hasSize(1);
    }

    @Test
    @DisplayName("after a part payment the old link no longer fits: a new one collects the new amount due")
    void newLinkAfterPartPayment() {
        InvoiceId invoice = sentInvoice("100.00");
        f.core.paymentLinks().create(f.owner, invoice);
        f.core.recordPayment().record(f.owner, new RecordPaymentCommand(invoice, PaymentProvider.CASH,
                new BigDecimal("40.00"), null, null, null, null));
        PaymentLinkView link = f.core.paymentLinks().create(f.owner, invoice);
        assertThat(link.reused()).isFalse();
        assertThat(link.amount()).isEqualTo(usd("60.00"));
        assertThat(f.gateway.checkouts).hasSize(2);
        assertThat(f.gateway.checkouts.get(0).idempotencyKey()).isNotEqualTo(f.gateway.checkouts.get(1).idempotencyKey());
    }

    @Test
    @DisplayName("no link for a draft or a paid invoice, nor for a role that may not send")
    void linkRefusals() {
        InvoiceView draft = f.draftInvoice(ana, "10.00");
        assertThatThrownBy(() -> f.core.paymentLinks().create(f.owner, new InvoiceId(draft.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
        InvoiceId sent = sentInvoice("10.00");
        assertThatThrownBy(() -> f.core.paymentLinks().create(f.member(Role.VIEWER), sent))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(f.gateway.checkouts).isEmpty();
    }

    @Test
    @DisplayName("a manual refund walks the invoice back from PAID to PARTIALLY_PAID, then SENT, and is audited")
    void manualRefund() {
        InvoiceId invoice = sentInvoice("100.00");
        PaymentView cash = f.core.recordPayment().record(f.owner, new RecordPaymentCommand(invoice, PaymentProvider.CASH,
                new BigDecimal("100.00"), null, null, null, null));
        assertThat(cash.allowedActions()).containsExactly("refund");
        PaymentId payment = new PaymentId(cash.id());

        PaymentView partly = f.core.refundPayment().refund(f.owner, payment, new BigDecimal("25.00"), "broken part");
        assertThat(partly.amountRefunded()).isEqualTo(usd("25.00"));
        assertThat(partly.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        InvoiceView afterPart = f.core.invoiceQueries().get(f.owner, invoice);
        assertThat(afterPart.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(afterPart.amountDue()).isEqualTo(usd("25.00"));

        PaymentView rest = f.core.refundPayment().refund(f.owner, payment, null, null);
        assertThat(rest.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(rest.allowedActions()).isEmpty();
        assertThat(f.core.invoiceQueries().get(f.owner, invoice).status()).isEqualTo(InvoiceStatus.SENT);
        assertThat(f.gateway.refunds).isEmpty();
        assertThatThrownBy(() -> f.core.refundPayment().refund(f.owner, payment, BigDecimal.ONE, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
    }

    @Test
    @DisplayName("a refund above what is left changes nothing; staff without payment rights are refused")
    void refundRefusals() {
        InvoiceId invoice = sentInvoice("50.00");
        PaymentView cash = f.core.recordPayment().record(f.owner, new RecordPaymentCommand(invoice, PaymentProvider.BANK,
                new BigDecimal("50.00"), null, null, null, null));
        PaymentId payment = new PaymentId(cash.id());
        assertThatThrownBy(() -> f.core.refundPayment().refund(f.owner, payment, new BigDecimal("50.01"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
        assertThatThrownBy(() -> f.core.refundPayment().refund(f.member(Role.VIEWER), payment, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(f.core.paymentQueries().get(f.owner, payment).amountRefunded()).isEqualTo(usd("0"));
        assertThat(f.core.invoiceQueries().get(f.owner, invoice).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    @DisplayName("a link expires: near its expiry a new checkout is made")
    void expiredLinkReplaced() {
        InvoiceId invoice = sentInvoice("80.00");
        f.core.paymentLinks().create(f.owner, invoice);
        f.hub.clock().advance(Duration.ofHours(24));
        assertThat(f.core.paymentLinks().create(f.owner, invoice).reused()).isFalse();
        assertThat(f.gateway.checkouts).hasSize(2);
    }
}
