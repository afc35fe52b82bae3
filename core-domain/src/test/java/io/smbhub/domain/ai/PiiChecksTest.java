package io.smbhub.domain.ai;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PiiChecksTest {

    @ParameterizedTest(name = "{0} → Luhn {1}")
    @CsvSource({
            "4111111111111111, true",
            "4111111111111112, false",
            "79927398713,      true",
            "79927398710,      false",
            "0,                false",
            "4111-1111,        false",
    })
    @DisplayName("the Luhn check digit is verified over digits only")
    void luhn(String digits, boolean valid) {
        assertThat(PiiChecks.luhn(digits)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} ({1}) → card {2}")
    @CsvSource({
            "4111111111111111, Visa 16,                true",
            "4222222222222,    Visa 13,                true",
            "5555555555554444, Mastercard,             true",
            "2223003122003222, Mastercard 2-series,    true",
            "378282246310005,  Amex 15,                true",
            "6011111111111117, Discover,               true",
            "3530111333300000, JCB,                    true",
            "30569309025904,   Diners 14,              true",
            "6200000000000005, UnionPay,               true",
            "7000000000000005, Luhn-valid but no issuer, false",
            "1234567812345670, Luhn-valid but no issuer, false",
            "411111111111111,  Visa with 15 digits,    false",
            "37828224631000,   Amex with 14 digits,    false",
            "4111111111111112, fails Luhn,             false",
    })
    @DisplayName("a card needs a known issuer prefix for its length and a valid Luhn digit")
    void card(String digits, String what, boolean valid) {
        assertThat(PiiChecks.card(digits)).as(what).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} → IBAN {1}")
    @CsvSource({
            "DE89370400440532013000,  true",
            "GB82WEST12345698765432,  true",
            "NL91ABNA0417164300,      true",
            "de89370400440532013000,  true",
            "DE89370400440532013001,  false",
            "DE8937040044053201300,   false",
            "GB82WEST1234569876543,   false",
            "NL91ABNA04171643,        false",
            "8937040044053201300DE0,  false",
    })
    @DisplayName("an IBAN needs its country's registered length and mod-97 equal to 1")
    void iban(String compact, boolean valid) {
        assertThat(PiiChecks.iban(compact)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} ({1}) → NIK {2}")
    @CsvSource({
            "3174051208900003, man born 12-08-1990,           true",
            "3174055208900003, woman born 12-08-1990 (day+40), true",
            "3174052902000001, born 29 February,             true",
            "9474051208900003, province 94 (Papua Tengah),   true",
            "0074051208900003, province 00,                  false",
            "2274051208900003, province 22 not in use,       false",
            "3100051208900003, regency 00,                   false",
            "3174001208900003, district 00,                  false",
            "3174051213900003, month 13,                     false",
            "3174053208900003, day 32,                       false",
            "3174057208900003, woman's day 72 (= 32),        false",
            "3174053002900003, 30 February,                  false",
            "3174053104900003, 31 April,                     false",
            "3174051208900000, serial 0000,                  false",
            "317405120890003,  15 digits,                    false",
    })
    @DisplayName("a NIK needs a province in use, regency and district, a real birth date and a serial")
    void nik(String digits, String what, boolean valid) {
        assertThat(PiiChecks.nik(digits)).as(what).isEqualTo(valid);
    }
}
