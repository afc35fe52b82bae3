package io.smbhub.domain.ai;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Recall beyond the corpus: many generated valid cards, NIKs and IBANs, written the usual ways inside a sentence, are
 * each found whole with the right type; random 16-digit numbers that fail both checks are not. Fixed seeds.
 */
class PiiGeneratedValuesTest {

    private static final List<String> CARD_PREFIXES = List.of("4", "51", "55", "2221", "2720", "34", "37", "6011",
            "65", "3528", "3589", "62", "36", "5018", "2200");
    private static final List<String> NIK_REGIONS = List.of("1101", "1271", "3174", "3273", "3578", "3671", "5171",
            "6271", "6471", "7371", "8171", "9471");
    private static final List<String> IBAN_COUNTRIES = List.of("DE", "GB", "NL", "FR", "ES", "IT", "CH", "AE", "SA",
            "TR", "BE", "AT", "PL", "NO", "IE", "DK", "PT", "LU", "SE", "FI");

    @Test
    @DisplayName("generated Luhn-valid cards of every scheme are found in contiguous, spaced and dashed form")
    void cards() {
        Random random = new Random(11);
        for (int n = 0; n < 600; n++) {
            String prefix = CARD_PREFIXES.get(random.nextInt(CARD_PREFIXES.size()));
            int length = prefix.startsWith("3") && (prefix.equals("34") || prefix.equals("37")) ? 15
                    : prefix.equals("36") ? 14 : 16;
            String digits = luhnComplete(prefix, length, random);
            String written = switch (n % 3) {
                case 0 -> digits;
                case 1 -> grouped(digits, length == 15 || length == 14 ? new int[]{4, 6} : new int[]{4, 4, 4}, " ");
                default -> grouped(digits, length == 15 || length == 14 ? new int[]{4, 6} : new int[]{4, 4, 4}, "-");
            };
            assertThat(PiiRedactor.detect("Tolong charge ke " + written + " ya, makasih"))
                    .extracting(PiiRedactor.Span::type, PiiRedactor.Span::value)
                    .as("card %s", written).containsExactly(tuple("CARD", written));
        }
    }

    @Test
    @DisplayName("generated NIKs (men and women, any birth date) are found after a NIK/KTP label")
    void niks() {
        Random random = new Random(12);
        for (int n = 0; n < 600; n++) {
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(28) + (random.nextBoolean() ? 40 : 0);
            String nik = NIK_REGIONS.get(random.nextInt(NIK_REGIONS.size()))
                    + String.format("%02d%02d%02d%02d%04d", 1 + random.nextInt(40), day, month, random.nextInt(100),
                    1 + random.nextInt(9999));
            String written = n % 4 == 3 ? grouped(nik, new int[]{4, 4, 4}, " ") : nik;
            assertThat(PiiRedactor.detect((n % 2 == 0 ? "NIK: " : "No KTP ") + written + ", mohon dicek"))
                    .extracting(PiiRedactor.Span::type, PiiRedactor.Span::value)
                    .as("nik %s", written).containsExactly(tuple("NIK", written));
        }
    }

    @Test
    @DisplayName("generated IBANs of many countries are found compact and in groups of four")
    void ibans() {
        Random random = new Random(13);
        for (int n = 0; n < 400; n++) {
            String country = IBAN_COUNTRIES.get(random.nextInt(IBAN_COUNTRIES.size()));
            StringBuilder bban = new StringBuilder();
            for (int k = 0; k < PiiChecks.ibanLength(country) - 4; k++) {
                bban.append(random.nextInt(10));
            }
            String iban = withCheckDigits(country, bban.toString());
            String written = n % 2 == 0 ? iban : grouped(iban, new int[]{4, 4, 4, 4, 4, 4, 4}, " ");
            assertThat(PiiRedactor.detect("Please pay to " + written + ". Thanks"))
                    .extracting(PiiRedactor.Span::type, PiiRedactor.Span::value)
                    .as("iban %s", written).containsExactly(tuple("IBAN", written));
        }
    }

    @Test
    @DisplayName("random 16-digit reference numbers that fail Luhn and the NIK structure are left alone")
    void randomNumbersFailingTheChecks() {
        Random random = new Random(14);
        int tested = 0;
        while (tested < 600) {
            StringBuilder sb = new StringBuilder();
            sb.append(1 + random.nextInt(9));
            for (int k = 1; k < 16; k++) {
                sb.append(random.nextInt(10));
            }
            String digits = sb.toString();
            if (PiiChecks.luhn(digits) || PiiChecks.nik(digits)) {
                continue;
            }
            tested++;
            String written = tested % 2 == 0 ? digits : grouped(digits, new int[]{4, 4, 4}, " ");
            assertThat(PiiRedactor.detect("Nomor referensi " + written + " sudah diproses")).as(written).isEmpty();
        }
    }

    @Test
    @DisplayName("very long inputs are scanned without running out of stack")
    void longInputs() {
        assertThat(PiiRedactor.detect("budi.".repeat(40_000))).isEmpty();
        assertThat(PiiRedactor.detect("1 ".repeat(50_000))).isEmpty();
        assertThat(PiiRedactor.detect("x".repeat(200_000) + " budi@tokobudi.id")).hasSize(1);
    }

    private static String luhnComplete(String prefix, int length, Random random) {
        StringBuilder sb = new StringBuilder(prefix);
        while (sb.length() < length - 1) {
            sb.append(random.nextInt(10));
        }
        for (char c = '0'; c <= '9'; c++) {
            if (PiiChecks.luhn(sb.toString() + c)) {
                return sb.toString() + c;
            }
        }
        throw new IllegalStateException("no Luhn digit for " + sb);
    }

    private static String withCheckDigits(String country, String bban) {
        int mod = 0;
        for (char c : (bban + country + "00").toCharArray()) {
            mod = Character.isDigit(c) ? (mod * 10 + (c - '0')) % 97 : (mod * 100 + (c - 'A' + 10)) % 97;
        }
        return country + String.format("%02d", 98 - mod) + bban;
    }

    /** {@code digits} split after the given group sizes (the rest is the last group), joined by {@code sep}. */
    private static String grouped(String digits, int[] sizes, String sep) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int size : sizes) {
            if (at + size >= digits.length()) {
                break;
            }
            sb.append(digits, at, at + size).append(sep);
            at += size;
        }
        return sb.append(digits.substring(at)).toString();
    }
}
