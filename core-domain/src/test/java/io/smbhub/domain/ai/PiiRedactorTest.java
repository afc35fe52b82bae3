package io.smbhub.domain.ai;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PiiRedactorTest {

    private final PiiRedactor redactor = PiiRedactor.builtIn();

    @Test
    @DisplayName("placeholders are numbered per type, and a value seen again gets its first placeholder")
    void numbersPerTypeAndReusesPlaceholders() {
        PiiRedactor.Session session = redactor.session();

        String out = session.redact("Kirim ke a.budi@gmail.com dan finance@maju.co.id, cc A.Budi@Gmail.com."
                + " HP 0812-3456-7890 atau 081234567890, kantor (021) 5551234");

        assertThat(out).isEqualTo("Kirim ke [REDACTED_EMAIL_1] dan [REDACTED_EMAIL_2], cc [REDACTED_EMAIL_1]."
                + " HP [REDACTED_PHONE_1] atau [REDACTED_PHONE_1], kantor [REDACTED_PHONE_2]");
        assertThat(session.found()).extracting(Redaction::placeholder, Redaction::value, Redaction::occurrences)
                .containsExactly(
                        tuple("[REDACTED_EMAIL_1]", "a.budi@gmail.com", 2),
                        tuple("[REDACTED_EMAIL_2]", "finance@maju.co.id", 1),
                        tuple("[REDACTED_PHONE_1]", "0812-3456-7890", 2),
                        tuple("[REDACTED_PHONE_2]", "(021) 5551234", 1));
    }

    @Test
    @DisplayName("numbering continues across the texts of one session and restarts in a new session")
    void numberingSpansTheSession() {
        PiiRedactor.Session session = redactor.session();
        assertThat(session.redact("System: reply to ops@acme.com")).isEqualTo("System: reply to [REDACTED_EMAIL_1]");
        assertThat(session.redact("from jane@acme.com, cc ops@acme.com"))
                .isEqualTo("from [REDACTED_EMAIL_2], cc [REDACTED_EMAIL_1]");

        assertThat(redactor.session().redact("from jane@acme.com")).isEqualTo("from [REDACTED_EMAIL_1]");
    }

    @Test
    @DisplayName("restore puts values back, also when the model changed the placeholder's case, brackets or spacing")
    void restoresPlaceholdersInTheAnswer() {
        PiiRedactor.Session session = redactor.session();
        session.redact("Budi budi@tokobudi.id, WA +62 812-3456-7890, NIK 3174051208900001");

        String answer = "Email [REDACTED_EMAIL_1]; call REDACTED_PHONE_1 or [ redacted_phone_1 ]. ID [REDACTED_NIK_1]."
                + " Unknown [REDACTED_EMAIL_7] stays.";

        assertThat(session.restore(answer)).isEqualTo("Email budi@tokobudi.id; call +62 812-3456-7890 or"
                + " +62 812-3456-7890. ID 3174051208900001. Unknown [REDACTED_EMAIL_7] stays.");
        assertThat(session.restore("nothing to restore")).isEqualTo("nothing to restore");
        assertThat(session.restore(null)).isNull();
        assertThat(session.redact(null)).isNull();
    }

    @Test
    @DisplayName("a custom pattern masks matches under its own name and is restored like a built-in type")
    void customPatterns() {
        PiiRedactor custom = new PiiRedactor(List.of(
                new AiSettings.CustomPattern("MEMBER_NO", "MBR-\\d{6}"),
                new AiSettings.CustomPattern("ZONE_5", "Z5/[A-Z]{3}")));
        PiiRedactor.Session session = custom.session();

        String out = session.redact("Member MBR-004512 and MBR-009999 at Z5/ABC, again MBR-004512");

        assertThat(out).isEqualTo("Member [REDACTED_MEMBER_NO_1] and [REDACTED_MEMBER_NO_2] at [REDACTED_ZONE_5_1],"
                + " again [REDACTED_MEMBER_NO_1]");
        assertThat(session.restore("[REDACTED_ZONE_5_1] / [REDACTED_MEMBER_NO_2]")).isEqualTo("Z5/ABC / MBR-009999");
        assertThat(PiiRedactor.detect("Member MBR-004512")).isEmpty();
    }

    @Test
    @DisplayName("a custom pattern never splits a built-in finding: what a built-in type took stays that type")
    void customPatternsComeAfterBuiltIns() {
        PiiRedactor custom = new PiiRedactor(List.of(new AiSettings.CustomPattern("DIGITS", "\\d{4,}")));

        List<PiiRedactor.Span> spans = custom.find("NIK 3174051208900001, kode 98765");

        assertThat(spans).extracting(PiiRedactor.Span::type, PiiRedactor.Span::value)
                .containsExactly(tuple("NIK", "3174051208900001"), tuple("DIGITS", "98765"));
    }

    @Test
    @DisplayName("a custom pattern that backtracks without end fails the redaction instead of hanging or leaking")
    void runawayCustomPatternFailsClosed() {
        PiiRedactor custom = new PiiRedactor(List.of(new AiSettings.CustomPattern("SLOW", "(.*a){12}$")));

        assertThatThrownBy(() -> custom.session().redact("a".repeat(40) + "!"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details()).extracting(FieldError::field).containsExactly("custom_patterns.regex");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Kartu 3578051208900018 ya                 | CARD | 3578051208900018",
            "NIK 3578051208900018                      | NIK  | 3578051208900018",
            "No. KTP: 3578051208900018                 | NIK  | 3578051208900018",
            "id 3174051208900001 (fails Luhn)          | NIK  | 3174051208900001",
            "pay 4111 1111 1111 1111 now               | CARD | 4111 1111 1111 1111",
            "card 4111-1111-1111-1111 2026             | CARD | 4111-1111-1111-1111",
            "IBAN DE89 3704 0044 0532 0130 00 thanks   | IBAN | DE89 3704 0044 0532 0130 00",
            "IBAN DE89370400440532013000               | IBAN | DE89370400440532013000",
            "mail budi081234567890@gmail.com           | EMAIL | budi081234567890@gmail.com",
            "kartu BCA 4111 1111 1111 1111             | CARD | 4111 1111 1111 1111",
            "NPWP 3174051208900001 (personal NPWP)     | NIK  | 3174051208900001",
            "email ani.w @ gmail.com ya                | EMAIL | ani.w @ gmail.com",
            "budi (at) tokobudi (dot) com              | EMAIL | budi (at) tokobudi (dot) com",
            "write budi at gmail dot com               | EMAIL | budi at gmail dot com",
    })
    @DisplayName("overlapping shapes resolve to one span of the right type")
    void overlapsResolveToOneSpan(String text, String type, String value) {
        assertThat(PiiRedactor.detect(text)).extracting(PiiRedactor.Span::type, PiiRedactor.Span::value)
                .containsExactly(tuple(type, value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "WA +62 812-3456-7890 ya         | +62 812-3456-7890",
            "hp 0812 3456 7890, makasih      | 0812 3456 7890",
            "nomor 081234567890.             | 081234567890",
            "wa.me/6281234567890             | 6281234567890",
            "(+62) 812 3456 7890             | (+62) 812 3456 7890",
            "kantor (021) 5551234 ext 2      | (021) 5551234",
            "telp 0274-512345                | 0274-512345",
            "call +1 (415) 555-0132          | +1 (415) 555-0132",
            "London +44 20 7946 0958         | +44 20 7946 0958",
            "SG office +65 6123 4567         | +65 6123 4567",
            "text me at 415-555-0199         | 415-555-0199",
            "UK 07700 900123                 | 07700 900123",
            "HP 9123 4567 (Singapore)        | 9123 4567",
            "(0812-3456-7890)                | 0812-3456-7890",
            "WA 0812 3456 7890 2 pcs         | 0812 3456 7890",
            "Mr Wong 9876 5432               | 9876 5432",
    })
    @DisplayName("phone numbers in international, Indonesian and North American formats are found whole")
    void phoneFormats(String text, String value) {
        assertThat(PiiRedactor.detect(text)).extracting(PiiRedactor.Span::type, PiiRedactor.Span::value)
                .containsExactly(tuple("PHONE", value));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Invoice INV-000123 and quote Q-000045",
            "Total Rp 1.500.000, IDR 2,500,000.00, $1,234.56, harga 1.5jt",
            "Due 2026-11-21 or 21/11/2026 at 14:30, 08.00-17.00 WIB",
            "12 pcs, PPN 11%, diskon 12,5%",
            "PO-2026-00123 / order #100234 / SO 4500012345",
            "job 3f2b8c1e-9a4d-4b7e-8f21-6c5d4e3a2b10 failed",
            "Jakarta 12190, Singapore 018956",
            "Rek BCA 5270123498, Mandiri 137-00-1234567-8, BNI 0234567891",
            "NPWP 01.234.567.8-901.000",
            "No. transaksi 4111 1111 1111 1112",
            "IBAN DE89 3704 0044 0532 0130 01 (typo)",
            "Ref 7403192855612094 and 5432198765432101",
            "Rek BCA 0812345678 (nomor rekening, bukan HP)",
            "Dial-in code 847 293 1156",
            "foto_produk@2x.png",
            "TikTok @berkah.store",
            "VA 4111 1111 1111 1111 berlaku 24 jam",
            "rek BCA 4111111111111111",
            "Order ID #3174051208900001",
            "VA 8808 1234 5678 9012",
    })
    @DisplayName("amounts, dates, document numbers, UUIDs, accounts and bad checksums are not PII")
    void hardNegatives(String text) {
        assertThat(PiiRedactor.detect(text)).isEmpty();
    }

    @Test
    @DisplayName("spans and redactions never print the value they hold")
    void toStringLeavesValuesOut() {
        PiiRedactor.Session session = redactor.session();
        session.redact("mail budi@tokobudi.id");

        assertThat(PiiRedactor.detect("mail budi@tokobudi.id").get(0).toString()).doesNotContain("budi");
        assertThat(session.found().get(0).toString()).doesNotContain("budi").contains("[REDACTED_EMAIL_1]");
    }
}
