package io.smbhub.adapter.stripe;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Stripe amounts follow Stripe's currency table, not only ISO 4217")
class StripeAmountsTest {

    @ParameterizedTest(name = "{1} {0} is {2} in Stripe minor units")
    @CsvSource({
            "120.50, USD, 12050",
            "0.01,   EUR, 1",
            "100.00, HUF, 10000",
            "500,    JPY, 500",
            "12000,  KRW, 12000",
            "250000, VND, 250000",
            "9990,   CLP, 9990",
            "5000,   XOF, 5000",
            "5.120,  KWD, 5120",
            "0.010,  BHD, 10",
            "12.340, JOD, 12340",
            "1.000,  OMR, 1000",
            "7.550,  TND, 7550",
            "40,     ISK, 4000",
            "0,      USD, 0"
    })
    void convertsMoneyToStripeMinorUnits(String amount, String currency, long minor) {
        Money money = Money.of(new BigDecimal(amount), currency);

        assertThat(StripeAmounts.toMinor(money)).isEqualTo(minor);
        assertThat(StripeAmounts.fromMinor(minor, currency.toLowerCase())).isEqualTo(money);
    }

    @ParameterizedTest(name = "{0} has exponent {1} at Stripe")
    @CsvSource({"usd, 2", "JPY, 0", "ugx, 0", "mga, 0", "kwd, 3", "isk, 2", "twd, 2", "iqd, 2"})
    void knowsStripeExponents(String currency, int exponent) {
        assertThat(StripeAmounts.exponent(currency)).isEqualTo(exponent);
    }

    @ParameterizedTest(name = "{1} {0} cannot be sent to Stripe")
    @CsvSource({
            "5.125, KWD, multiples of 0.010",
            "0.001, BHD, multiples of 0.010",
            "10.50, MGA, whole units only"
    })
    void refusesAmountsStripeCannotRepresent(String amount, String currency, String why) {
        Money money = Money.of(new BigDecimal(amount), currency);

        assertThatThrownBy(() -> StripeAmounts.toMinor(money))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR))
                .hasMessageContaining(currency)
                .hasMessageContaining(why);
    }

    @Test
    void lowerCasesTheCurrencyForStripe() {
        assertThat(StripeAmounts.stripeCurrency(Money.of(new BigDecimal("1.00"), "EUR"))).isEqualTo("eur");
    }

    @Test
    void readsWebhookAmountsInEitherCase() {
        assertThat(StripeAmounts.fromMinor(12050, "USD")).isEqualTo(Money.of(new BigDecimal("120.50"), "USD"));
        assertThat(StripeAmounts.fromMinor(1, "usd").toPlainString()).isEqualTo("0.01");
    }

    @Test
    void refusesAnUnknownCurrencyFromStripe() {
        assertThatThrownBy(() -> StripeAmounts.fromMinor(100, "zzz"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
    }
}
