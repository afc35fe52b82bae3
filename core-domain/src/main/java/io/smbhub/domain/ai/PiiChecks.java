package io.smbhub.domain.ai;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checksums and structure rules behind the privacy layer's detectors (issue 6 "PII masking"): Luhn and issuer
 * prefixes for payment cards, ISO 13616 mod-97 and per-country lengths for IBANs, the Dukcapil layout for NIKs.
 * Pure functions over compact strings (digits only, or upper-case letters and digits for IBANs); any other input
 * answers {@code false}.
 */
public final class PiiChecks {

    private PiiChecks() {
    }

    /** Whether {@code digits} (only 0–9, at least 2) ends in a valid Luhn (mod 10) check digit. */
    public static boolean luhn(String digits) {
        if (digits == null || digits.length() < 2 || !allDigits(digits)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /**
     * Whether {@code digits} starts with the issuer prefix (IIN) of a card scheme that issues numbers of its length:
     * Visa, Mastercard, American Express, Discover, JCB, Diners Club, UnionPay, Maestro, Mir, RuPay (prefix 60).
     */
    public static boolean cardIssuer(String digits) {
        if (digits == null || !allDigits(digits)) {
            return false;
        }
        for (Iin iin : IINS) {
            if (iin.matches(digits)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code digits} is a plausible payment card number: 13–19 digits, known issuer, Luhn valid. */
    public static boolean card(String digits) {
        return digits != null && digits.length() >= 13 && digits.length() <= 19 && cardIssuer(digits) && luhn(digits);
    }

    /**
     * Whether {@code digits} has the structure of an Indonesian NIK: 16 digits = province (a code in use), regency
     * (01–99), district (01–99), birth date DDMMYY (women add 40 to the day; the day must exist in that month,
     * 29 February allowed), and a serial other than 0000.
     */
    public static boolean nik(String digits) {
        if (digits == null || digits.length() != 16 || !allDigits(digits)) {
            return false;
        }
        if (!PROVINCES.contains(digits.substring(0, 2)) || digits.startsWith("00", 2) || digits.startsWith("00", 4)) {
            return false;
        }
        int day = Integer.parseInt(digits.substring(6, 8));
        int month = Integer.parseInt(digits.substring(8, 10));
        if (day > 40) {
            day -= 40;
        }
        if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) {
            return false;
        }
        return !digits.endsWith("0000");
    }

    /**
     * Whether {@code compact} (letters and digits only, any case) is a valid IBAN: two letters, two check digits, a
     * BBAN of letters and digits, the registered length of that country (15–34 for a country not in the registry
     * table), and mod-97 of the rearranged number equal to 1.
     */
    public static boolean iban(String compact) {
        if (compact == null || compact.length() < 15 || compact.length() > 34) {
            return false;
        }
        String s = compact.toUpperCase(Locale.ROOT);
        if (!isAsciiLetter(s.charAt(0)) || !isAsciiLetter(s.charAt(1))
                || !isAsciiDigit(s.charAt(2)) || !isAsciiDigit(s.charAt(3))) {
            return false;
        }
        Integer registered = IBAN_LENGTHS.get(s.substring(0, 2));
        if (registered != null && registered != s.length()) {
            return false;
        }
        return ibanMod97(s) == 1;
    }

    /** The registered IBAN length of ISO 3166 {@code country} (upper case), or null when not in the table. */
    public static Integer ibanLength(String country) {
        return IBAN_LENGTHS.get(country);
    }

    /** ISO 7064 mod-97 of an IBAN moved to check order (first four characters last, letters as 10–35); -1 if invalid. */
    static int ibanMod97(String upper) {
        String rearranged = upper.substring(4) + upper.substring(0, 4);
        int mod = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (isAsciiDigit(c)) {
                mod = (mod * 10 + (c - '0')) % 97;
            } else if (isAsciiLetter(c)) {
                mod = (mod * 100 + (c - 'A' + 10)) % 97;
            } else {
                return -1;
            }
        }
        return mod;
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** An issuer range: prefixes {@code from..to} of {@code width} digits, for card lengths {@code min..max}. */
    private record Iin(int from, int to, int width, int min, int max, Set<Integer> only) {
        Iin(int from, int to, int min, int max) {
            this(from, to, String.valueOf(from).length(), min, max, Set.of());
        }

        boolean matches(String digits) {
            if (digits.length() < Math.max(min, width) || digits.length() > max
                    || (!only.isEmpty() && !only.contains(digits.length()))) {
                return false;
            }
            int prefix = Integer.parseInt(digits.substring(0, width));
            return prefix >= from && prefix <= to;
        }
    }

    private static final List<Iin> IINS = List.of(
            new Iin(4, 4, 1, 13, 19, Set.of(13, 16, 19)), // Visa
            new Iin(51, 55, 16, 16), new Iin(2221, 2720, 16, 16), // Mastercard
            new Iin(34, 34, 15, 15), new Iin(37, 37, 15, 15), // American Express
            new Iin(6011, 6011, 16, 19), new Iin(644, 649, 16, 19), new Iin(65, 65, 16, 19), // Discover
            new Iin(3528, 3589, 16, 19), // JCB
            new Iin(300, 305, 14, 19), new Iin(36, 36, 14, 19), new Iin(38, 39, 14, 19), // Diners Club
            new Iin(62, 62, 16, 19), // UnionPay
            new Iin(50, 50, 13, 19), new Iin(56, 58, 13, 19), // Maestro
            new Iin(6304, 6304, 13, 19), new Iin(67, 67, 13, 19), // Maestro
            new Iin(2200, 2204, 16, 19), // Mir
            new Iin(60, 60, 16, 19)); // RuPay

    /** Province codes in use (Dukcapil): Sumatra, Java, Bali–Nusa Tenggara, Kalimantan, Sulawesi, Maluku, Papua. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36", "51", "52", "53",
            "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
            "81", "82", "91", "92", "93", "94", "95", "96");

    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** IBAN lengths of the SWIFT IBAN registry. */
    private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BI", 27),
            Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28),
            Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DJ", 27), Map.entry("DK", 18), Map.entry("DO", 28),
            Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FK", 18),
            Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23),
            Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HN", 28), Map.entry("HR", 21),
            Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28),
            Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("LY", 25), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MN", 20), Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NI", 28),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("OM", 23), Map.entry("PK", 24), Map.entry("PL", 28),
            Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22),
            Map.entry("RU", 33), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SD", 18), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("SO", 23), Map.entry("ST", 25),
            Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29),
            Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("XK", 20), Map.entry("YE", 30));
}
