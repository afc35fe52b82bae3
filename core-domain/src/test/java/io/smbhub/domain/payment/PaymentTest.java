package io.smbhub.domain.payment;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.PaymentId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), "USD");
    }

    private static Payment stripe(boolean succeeded, String amount) {
        return Payment.fromProvider(new PaymentId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                new InvoiceId(UUID.randomUUID()), PaymentProvider.STRIPE, "pi_123", succeeded, usd(amount), T0, "Card",
                null, succeeded ? null : "Your card was declined.", T0);
    }

    private static Payment cash(String amount) {
        return Payment.manual(new PaymentId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                new InvoiceId(UUID.randomUUID()), PaymentProvider.CASH, null, usd(amount), T0, null,
                new UserId(UUID.randomUUID()), T0);
    }

    @Test
    @DisplayName("partial refunds add up; the last one makes the payment REFUNDED and nothing counts as paid")
    void refundsAddUp() {
        Payment payment = cash("100.00");
        payment.refund(usd("30.00"), "damaged item", T0);
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.netAmount()).isEqualTo(usd("70.00"));
        payment.refund(usd("70.00"), null, T0);
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.amountRefunded()).isEqualTo(usd("100.00"));
        assertThat(payment.netAmount()).isEqualTo(usd("0.00"));
        assertThat(payment.pullEvents()).extracting(PaymentEvent::action)
                .containsExactly("payment.succeeded", "payment.refunded", "payment.refunded");
    }

    @Test
    @DisplayName("a refund above what is left, of zero, or in another currency is refused and changes nothing")
    void refundValidation() {
        Payment payment = cash("50.00");
        assertThatThrownBy(() -> payment.refund(usd("50.01"), null, T0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
        assertThatThrownBy(() -> payment.refund(usd("0"), null, T0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> payment.refund(Money.of(BigDecimal.TEN, "EUR"), null, T0)).isInstanceOf(DomainException.class);
        assertThat(payment.amountRefunded()).isEqualTo(usd("0"));
        payment.refund(usd("50.00"), null, T0);
        assertThatThrownBy(() -> payment.refund(usd("1.00"), null, T0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
    }

    @Test
    @DisplayName("provider refund totals are cumulative: replays and stale totals change nothing")
    void cumulativeRefundTotals() {
        Payment payment = stripe(true, "80.00");
        assertThat(payment.syncRefundedTotal(usd("20.00"), T0)).isTrue();
        assertThat(payment.syncRefundedTotal(usd("20.00"), T0)).isFalse();
        assertThat(payment.syncRefundedTotal(usd("10.00"), T0)).isFalse();
        assertThat(payment.amountRefunded()).isEqualTo(usd("20.00"));
        assertThat(payment.syncRefundedTotal(usd("500.00"), T0)).isTrue();
        assertThat(payment.amountRefunded()).isEqualTo(usd("80.00"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    @DisplayName("a failed attempt becomes SUCCEEDED when the same provider payment later succeeds; a late failure is ignored")
    void failedThenSucceeded() {
        Payment payment = stripe(false, "80.00");
        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.netAmount()).isEqualTo(usd("0"));
        assertThat(payment.confirmCaptured(usd("80.00"), T0, "Card", "https://pay.stripe.com/receipts/x", T0)).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.failureMessage()).isEmpty();
        assertThat(payment.confirmCaptured(usd("80.00"), T0, "Card", null, T0)).isFalse();
        assertThat(payment.recordFailure("Your card was declined.", T0)).isFalse();
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    @DisplayName("a provider payment needs the provider's payment id")
    void providerIdRequired() {
        assertThatThrownBy(() -> Payment.fromProvider(new PaymentId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                new InvoiceId(UUID.randomUUID()), PaymentProvider.STRIPE, " ", true, usd("1.00"), T0, null, null, null, T0))
                .isInstanceOf(DomainException.class);
    }
}
