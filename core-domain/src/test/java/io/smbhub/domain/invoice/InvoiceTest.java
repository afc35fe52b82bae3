package io.smbhub.domain.invoice;

import io.smbhub.domain.shared.InvoiceId;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate ISSUE = LocalDate.of(2026, 3, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 15);

    private static Invoice draft(ContactId contact, List<LineItem> lines, LocalDate issue, LocalDate due) {
        return Invoice.create(new InvoiceId(UUID.randomUUID()), new TenantId(UUID.randomUUID()), "INV-000001",
                new InvoiceDetails(contact, "USD", issue, due, lines, null, null), null, null, new UserId(UUID.randomUUID()), NOW);
    }

    private static Invoice sendable(String rate) {
        return draft(new ContactId(UUID.randomUUID()), List.of(new LineItem("Repair", BigDecimal.ONE,
                Money.of(new BigDecimal(rate), "USD"), BigDecimal.ZERO, null)), ISSUE, DUE);
    }

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), "USD");
    }

    @Test
    @DisplayName("sending needs contact, dates, a line and a positive total — all reported at once")
    void sendValidatesEverything() {
        Invoice empty = draft(null, List.of(), null, null);
        assertThatThrownBy(() -> empty.send(NOW)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(e.details()).extracting(FieldError::field)
                    .containsExactlyInAnyOrder("contact_id", "issue_date", "due_date", "line_items");
        });
        assertThat(empty.status()).isEqualTo(InvoiceStatus.DRAFT);

        Invoice zero = sendable("0");
        assertThatThrownBy(() -> zero.send(NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.details()).extracting(FieldError::field).containsExactly("total"));
    }

    @Test
    void dueDateBeforeIssueDateIsRefused() {
        assertThatThrownBy(() -> draft(null, List.of(), DUE, ISSUE)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.details()).extracting(FieldError::field).containsExactly("due_date"));
    }

    @Test
    @DisplayName("payments move SENT → PARTIALLY_PAID → PAID and amount due follows")
    void paymentsSettleTheInvoice() {
        Invoice invoice = sendable("200");
        invoice.send(NOW);
        invoice.applyPayment(usd("50"), NOW);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.amountDue()).isEqualTo(usd("150"));
        invoice.applyPayment(usd("150"), NOW);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.amountDue().isZero()).isTrue();
        assertThat(invoice.pullEvents()).extracting(InvoiceEvent::action)
                .containsExactly("invoice.created", "invoice.sent", "invoice.partially_paid", "invoice.paid");
    }

    @Test
    void overpaymentIsRefusedAndChangesNothing() {
        Invoice invoice = sendable("200");
        invoice.send(NOW);
        assertThatThrownBy(() -> invoice.applyPayment(usd("200.01"), NOW)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(e.details()).extracting(FieldError::field).containsExactly("amount");
            assertThat(e.getMessage()).contains("200.01 USD exceeds the amount due 200.00 USD on invoice INV-000001");
        });
        assertThat(invoice.amountPaid().isZero()).isTrue();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.SENT);
    }

    @Test
    void aVoidInvoiceTakesNoPayment() {
        Invoice invoice = sendable("200");
        invoice.send(NOW);
        invoice.voidInvoice("duplicate", NOW);
        assertThatThrownBy(() -> invoice.applyPayment(usd("10"), NOW)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION);
            assertThat(e.getMessage()).isEqualTo("Invoice INV-000001 is VOID: a void invoice takes no payment");
        });
    }

    @Test
    void aDraftMustBeSentBeforeTakingPayment() {
        assertThatThrownBy(() -> sendable("10").applyPayment(usd("10"), NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
    }

    @Test
    void paymentInAnotherCurrencyIsRefused() {
        Invoice invoice = sendable("10");
        invoice.send(NOW);
        assertThatThrownBy(() -> invoice.applyPayment(Money.of(BigDecimal.TEN, "EUR"), NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.details()).extracting(FieldError::field).containsExactly("currency"));
    }

    @Test
    void anInvoiceWithPaymentsCannotBeVoided() {
        Invoice invoice = sendable("100");
        invoice.send(NOW);
        invoice.applyPayment(usd("10"), NOW);
        assertThatThrownBy(() -> invoice.voidInvoice(null, NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
    }

    @Test
    @DisplayName("OVERDUE is derived from today, due date and amount due — never stored")
    void overdueIsDerived() {
        Invoice invoice = sendable("100");
        assertThat(invoice.isOverdue(DUE.plusDays(1))).as("a draft is never overdue").isFalse();
        invoice.send(NOW);
        assertThat(invoice.isOverdue(DUE)).as("due today is not yet overdue").isFalse();
        assertThat(invoice.isOverdue(DUE.plusDays(1))).isTrue();
        invoice.applyPayment(usd("40"), NOW);
        assertThat(invoice.isOverdue(DUE.plusDays(1))).as("partially paid and late").isTrue();
        invoice.applyPayment(usd("60"), NOW);
        assertThat(invoice.isOverdue(DUE.plusDays(1))).as("paid").isFalse();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void onlyDraftsCanBeEdited() {
        Invoice invoice = sendable("100");
        invoice.send(NOW);
        assertThatThrownBy(() -> invoice.revise(invoice.details(), NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
    }

    @Test
    void resendingKeepsTheStatus() {
        Invoice invoice = sendable("100");
        invoice.send(NOW);
        invoice.applyPayment(usd("10"), NOW);
        invoice.send(NOW.plusSeconds(60));
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.lastSentAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    @DisplayName("settling from payments: part → PARTIALLY_PAID, all → PAID, refunds walk back to SENT")
    void settlementFollowsPayments() {
        Invoice invoice = sendable("100.00");
        invoice.send(NOW);
        assertThat(invoice.settlePayments(usd("40.00"), NOW)).isTrue();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.amountDue()).isEqualTo(usd("60.00"));
        invoice.settlePayments(usd("100.00"), NOW);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.settlePayments(usd("100.00"), NOW)).isFalse();
        invoice.settlePayments(usd("70.00"), NOW);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        invoice.settlePayments(usd("0.00"), NOW);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.SENT);
        assertThat(invoice.pullEvents()).extracting(InvoiceEvent::action).containsSubsequence(
                "invoice.partially_paid", "invoice.paid", "invoice.refunded", "invoice.refunded");
    }

    @Test
    @DisplayName("money that arrives before the invoice is sent still counts: DRAFT → PAID; an overpayment leaves nothing due")
    void paymentBeforeSendAndOverpayment() {
        Invoice invoice = sendable("100.00");
        invoice.settlePayments(usd("150.00"), NOW);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.amountDue()).isEqualTo(usd("0.00"));
        assertThat(invoice.amountPaid()).isEqualTo(usd("150.00"));
    }

    @Test
    @DisplayName("a VOID invoice keeps its status when money arrives; it only records the amount (to refund)")
    void voidStaysVoid() {
        Invoice invoice = sendable("100.00");
        invoice.voidInvoice("duplicate", NOW);
        invoice.settlePayments(usd("100.00"), NOW);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(invoice.amountPaid()).isEqualTo(usd("100.00"));
    }

    @Test
    @DisplayName("payment links: only for open invoices with money due; reused only for the same amount and while valid")
    void paymentLinks() {
        Invoice invoice = sendable("100.00");
        assertThat(invoice.refusalToCreatePaymentLink()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
        invoice.send(NOW);
        invoice.attachPaymentLink(new PaymentLink("https://checkout.stripe.com/c/pay/cs_1", "cs_1", usd("100.00"),
                NOW.plusSeconds(86_400)), NOW);
        assertThat(invoice.reusablePaymentLink(NOW)).isPresent();
        assertThat(invoice.reusablePaymentLink(NOW.plusSeconds(86_000))).isEmpty();
        invoice.settlePayments(usd("30.00"), NOW);
        assertThat(invoice.reusablePaymentLink(NOW)).isEmpty();
        invoice.settlePayments(usd("100.00"), NOW);
        assertThat(invoice.refusalToCreatePaymentLink()).isPresent();
    }
}
