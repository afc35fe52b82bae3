package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.Validation;

/**
 * How a tenant's emails look and leave (issue 5; enterprise-business-os.md feature 17 "White-Labeling"):
 * {@code fromName} (display name of the sender, ≤ 100 chars; null = the business name), {@code replyTo} (where
 * replies go; null = the tenant's inbound address, so answers land in the inbox), {@code brandColor}
 * ({@code #RRGGBB} for PDFs and HTML, may be null), {@code signature} (≤ 2000 chars, appended to every email, may be
 * null), and {@code smtp}: the tenant's own mail server (white-label custom SMTP) or null for the platform's.
 * Errors: {@code VALIDATION_ERROR} with field details.
 */
public record EmailSettings(String fromName, EmailAddress replyTo, String brandColor, String signature, CustomSmtp smtp) {

    /** Security of a custom SMTP connection: NONE, STARTTLS (port 587) or TLS (implicit, port 465). */
    public enum SmtpSecurity { NONE, STARTTLS, TLS }

    /**
     * A tenant's own SMTP server: host, port (1–65535), security, username and password (both null for a server
     * without login; the password is write-only — views never show it — and stored sealed), and {@code fromAddress},
     * the address this server may send as (required).
     */
    public record CustomSmtp(String host, int port, SmtpSecurity security, String username, String password,
                             EmailAddress fromAddress) {
        public CustomSmtp {
            host = Text.clean(host);
            username = Text.clean(username);
            new Validation()
                    .check(host == null, "smtp.host", "SMTP host is required")
                    .check(host != null && !host.matches("[A-Za-z0-9.-]{1,253}"), "smtp.host", "SMTP host must be a host name or IP address")
                    .check(port < 1 || port > 65535, "smtp.port", "SMTP port must be between 1 and 65535")
                    .check(security == null, "smtp.security", "SMTP security is required (NONE, STARTTLS or TLS)")
                    .check(username != null && password == null, "smtp.password", "A password is required with a username")
                    .check(username == null && password != null, "smtp.username", "A username is required with a password")
                    .check(fromAddress == null, "smtp.from_address", "The address this server sends as is required")
                    .throwIfAny("SMTP settings are invalid");
        }

        /** Never prints the password. */
        @Override
        public String toString() {
            return "CustomSmtp[" + host + ":" + port + ", " + security + ", user=" + username + ", from=" + fromAddress + "]";
        }
    }

    public EmailSettings {
        fromName = Text.clean(fromName);
        signature = signature == null || signature.isBlank() ? null : signature.strip();
        brandColor = Text.clean(brandColor);
        new Validation()
                .check(fromName != null && fromName.length() > 100, "from_name", "From name is longer than 100 characters")
                .check(fromName != null && java.util.regex.Pattern.compile("[\\r\\n<>\"]").matcher(fromName).find(), "from_name", "From name may not contain line breaks, quotes or angle brackets")
                .check(brandColor != null && !brandColor.matches("#[0-9A-Fa-f]{6}"), "brand_color", "Brand colour must look like #1A2B3C")
                .check(signature != null && signature.length() > 2000, "signature", "Signature is longer than 2000 characters")
                .throwIfAny("Email settings are invalid");
    }

    /** The settings of a tenant that has set nothing: business name, inbound reply-to, platform SMTP. */
    public static EmailSettings defaults() {
        return new EmailSettings(null, null, null, null, null);
    }
}
