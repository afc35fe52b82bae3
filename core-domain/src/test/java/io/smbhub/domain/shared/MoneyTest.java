package io.smbhub.domain.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @ParameterizedTest(name = "{0} {1} is stored as {2}")
    @CsvSource({
            "12,      USD, 12.00",
            "12.5,    USD, 12.50",
            "0.01,    USD, 0.01",
            "1000,    JPY, 1000",
            "1.234,   BHD, 1.234",
            "120.500, USD, 120.50",
            "15000,   IDR, 15000.00",
    })
    @DisplayName("user amounts are held at exactly the currency's minor-unit scale")
    void scalesToMinorUnits(String amount, String currency, String stored) {
        assertThat(Money.of(new BigDecimal(amount), currency).toPlainString()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({"12.345, USD", "1.5, JPY", "1.2345, BHD", "0.001, EUR"})
    @DisplayName("user amounts with more decimals than the currency allows are refused, not rounded")
    void refusesExtraPrecision(String amount, String currency) {
        assertThatThrownBy(() -> Money.of(new BigDecimal(amount), currency))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details()).extracting(FieldError::field).containsExactly("amount");
                });
    }

    @ParameterizedTest(name = "{0} {1} rounds half-up to {2}")
    @CsvSource({
            "1.005,   USD, 1.01",
            "1.0049,  USD, 1.00",
            "-1.005,  USD, -1.01",
            "2.5,     JPY, 3",
            "2.4999,  JPY, 2",
            "0.0005,  BHD, 0.001",
    })
    @DisplayName("computed amounts round half-up (away from zero on a tie) to the minor unit")
    void roundsHalfUp(String amount, String currency, String expected) {
        assertThat(Money.rounded(new BigDecimal(amount), currency).toPlainString()).isEqualTo(expected);
    }

    @Test
    void arithmeticRefusesMixedCurrencies() {
        Money usd = Money.of(new BigDecimal("10"), "USD");
        Money eur = Money.of(new BigDecimal("10"), "EUR");
        assertThatThrownBy(() -> usd.plus(eur)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
        assertThatThrownBy(() -> usd.minus(eur)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> usd.compareTo(eur)).isInstanceOf(DomainException.class);
    }

    @ParameterizedTest
    @CsvSource({"usd", "US", "XXX", "ABC", "''"})
    void refusesUnknownCurrencies(String code) {
        assertThatThrownBy(() -> Money.zero(code)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.details()).extracting(FieldError::field).containsExactly("currency"));
    }

    @Test
    void equalityIgnoresTrailingZerosButNotCurrency() {
        assertThat(Money.of(new BigDecimal("5"), "USD")).isEqualTo(Money.of(new BigDecimal("5.00"), "USD"));
        assertThat(Money.of(new BigDecimal("5"), "USD")).isNotEqualTo(Money.of(new BigDecimal("5"), "EUR"));
    }
}
