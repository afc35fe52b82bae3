package io.smbhub.domain.ai;

/**
 * The kinds of personal data the privacy layer finds by itself (issue 6 "PII masking";
 * enterprise-business-os.md feature 4). The name is the placeholder type: {@code [REDACTED_EMAIL_1]}. A tenant's
 * {@link AiSettings.CustomPattern}s add further types named after the pattern.
 */
public enum PiiType {
    /**
     * An email address, also written {@code name (at) host (dot) com}, {@code name @ host.com} or
     * {@code name at host dot com}.
     */
    EMAIL,
    /**
     * A phone number: E.164 ({@code +62 812 3456 7890}), Indonesian mobile/landline, North American, UK trunk-0,
     * Singapore/Hong Kong {@code 9123 4567}, or any 7–15 digits labelled as a phone.
     */
    PHONE,
    /**
     * An Indonesian population number (Dukcapil NIK, 16 digits with a valid region and birth date); family-card (KK)
     * numbers share the structure and are reported as NIK too.
     */
    NIK,
    /** A payment card number: 13–19 digits with a known issuer prefix and a valid Luhn check digit. */
    CARD,
    /** An International Bank Account Number: country code, check digits, BBAN; mod-97 checked. */
    IBAN
}
