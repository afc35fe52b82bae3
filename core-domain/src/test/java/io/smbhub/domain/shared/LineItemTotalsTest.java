package io.smbhub.domain.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Line totals: tax per line rounded half-up to the minor unit, then summed")
class LineItemTotalsTest {

    private static LineItem line(String qty, String rate, String taxRate, String discount, String currency) {
        return new LineItem("Item", new BigDecimal(qty), Money.of(new BigDecimal(rate), currency), new BigDecimal(taxRate),
                discount == null ? null : Money.of(new BigDecimal(discount), currency));
    }

    @ParameterizedTest(name = "{0} x {1} @ {2}% - {3} {4}: amount {5}, tax {6}, total {7}")
    @CsvSource({
            // qty, rate, tax%, discount, cur, amount, tax, total
            "1,     120,    0,   ,      USD, 120.00, 0.00,  120.00",
            "3,     19.99,  10,  ,      USD, 59.97,  6.00,  65.97",
            "1,     0.05,   10,  ,      USD, 0.05,   0.01,  0.06",   // 0.005 rounds up
            "1,     0.04,   10,  ,      USD, 0.04,   0.00,  0.04",   // 0.004 rounds down
            "2.5,   10.01,  0,   ,      USD, 25.03,  0.00,  25.03",  // 25.025 rounds up
            "1,     100,    11,  10,    IDR, 100.00, 9.90,  99.90",
            "1.333, 3,      0,   ,      JPY, 4,      0,     4",
            "10,    1.111,  5,   0.111, BHD, 11.110, 0.550, 11.549", // (11.110-0.111)=10.999*5%=0.54995→0.550
    })
    void computesOneLine(String qty, String rate, String tax, String discount, String currency, String amount,
                         String taxAmount, String total) {
        LineItem item = line(qty, rate, tax, discount, currency);
        assertThat(item.gross().toPlainString()).isEqualTo(amount);
        assertThat(item.tax().toPlainString()).isEqualTo(taxAmount);
        assertThat(item.total().toPlainString()).isEqualTo(total);
    }

    @Test
    @DisplayName("tax is rounded per line then summed, not computed on the sum")
    void roundsPerLineThenSums() {
        // Three lines of 0.05 at 10%: per-line tax 0.005 → 0.01 each = 0.03; tax on the sum would be 0.015 → 0.02.
        List<LineItem> lines = List.of(line("1", "0.05", "10", null, "USD"), line("1", "0.05", "10", null, "USD"),
                line("1", "0.05", "10", null, "USD"));
        DocumentTotals totals = DocumentTotals.of(lines, "USD");
        assertThat(totals.subtotal().toPlainString()).isEqualTo("0.15");
        assertThat(totals.taxTotal().toPlainString()).isEqualTo("0.03");
        assertThat(totals.total().toPlainString()).isEqualTo("0.18");
    }

    @Test
    void totalsSubtractDiscountsBeforeTax() {
        DocumentTotals totals = DocumentTotals.of(List.of(line("2", "50", "10", "20", "USD"), line("1", "30", "0", "5", "USD")), "USD");
        assertThat(totals.subtotal().toPlainString()).isEqualTo("130.00");
        assertThat(totals.discountTotal().toPlainString()).isEqualTo("25.00");
        assertThat(totals.taxTotal().toPlainString()).isEqualTo("8.00");
        assertThat(totals.total().toPlainString()).isEqualTo("113.00");
    }

    @Test
    void totalsRefuseALineInAnotherCurrency() {
        assertThatThrownBy(() -> DocumentTotals.of(List.of(line("1", "5", "0", null, "EUR")), "USD"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.details()).extracting(FieldError::field).containsExactly("line_items[0]"));
    }

    @ParameterizedTest(name = "qty {0}, rate {1}, tax {2}, discount {3} → error on {4}")
    @CsvSource({
            "-1,   10,  0,   ,   qty",
            "0,    10,  0,   ,   qty",
            "1.00001, 10, 0, ,   qty",
            "1,    -5,  0,   ,   rate",
            "1,    10,  -1,  ,   tax_rate",
            "1,    10,  101, ,   tax_rate",
            "1,    10,  0,   11, discount",
            "1,    10,  0,   -1, discount",
    })
    void refusesInvalidLines(String qty, String rate, String tax, String discount, String field) {
        assertThatThrownBy(() -> line(qty, rate, tax, discount, "USD"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details()).extracting(FieldError::field).contains(field);
                });
    }

    @Test
    void requiresAName() {
        assertThatThrownBy(() -> new LineItem("  ", BigDecimal.ONE, Money.zero("USD"), null, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.details()).extracting(FieldError::field).containsExactly("name"));
    }
}
