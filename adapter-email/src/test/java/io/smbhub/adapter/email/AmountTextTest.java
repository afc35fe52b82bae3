package io.smbhub.adapter.email;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AmountTextTest {

    @ParameterizedTest(name = "{0} {1} prints as \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            CAD | 1234.5      | CAD 1,234.50
            CAD | 0           | CAD 0.00
            CAD | -12.345     | CAD -12.35
            USD | 1234567.891 | USD 1,234,567.89
            JPY | 12000       | JPY 12,000
            JPY | 12000.4     | JPY 12,000
            BHD | 1.5         | BHD 1.500
            IDR | 9435000     | IDR 9,435,000.00
            XXX | 3           | XXX 3.00
            """)
    void amountsUseTheCurrencyScaleAndFixedSeparators(String currency, BigDecimal amount, String printed) {
        assertThat(new AmountText(currency).amount(amount)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} unit price {1} prints as \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            USD | 8.125   | USD 8.125
            USD | 8.1     | USD 8.10
            USD | 8.12500 | USD 8.125
            JPY | 150     | JPY 150
            """)
    void unitPricesKeepTheirExtraPrecision(String currency, BigDecimal price, String printed) {
        assertThat(new AmountText(currency).unitPrice(price)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource({"2.000, 2", "1.50, 1.5", "1E+1, 10", "0.00, 0"})
    void quantitiesPrintWithoutTrailingZeros(BigDecimal quantity, String printed) {
        assertThat(AmountText.plain(quantity)).isEqualTo(printed);
    }
}
