package io.smbhub.application.port.out;

import java.util.List;
import java.util.Objects;

/**
 * One email to send (spec smb-hub-prd.md 2.1 Message, 3.5, 12.4 {@code EMAIL_SEND}): RFC 5322 shaped, ready for
 * any transport.
 *
 * <ul>
 *   <li>{@code messageId}: the {@code Message-ID} to use, without angle brackets (e.g.
 *       {@code 0193…@smbhub.example}). Chosen by the core and stored before sending, so a reply's
 *       {@code In-Reply-To} can be matched to this message and a resend keeps the same id.</li>
 *   <li>{@code from}: display name and address; a null address means "the transport's default sender"
 *       ({@code MAIL_FROM}). {@code replyTo} may be null.</li>
 *   <li>{@code to} (at least one), {@code cc} (may be empty).</li>
 *   <li>{@code subject}, {@code text} (plain-text body, required), {@code html} (optional alternative).</li>
 *   <li>{@code inReplyTo} (bare id or null) and {@code references} (bare ids, oldest first) for threading.</li>
 *   <li>{@code attachments}: files attached in order (e.g. the invoice PDF).</li>
 *   <li>{@code reference}: what the email is about, for logs and the {@code X-SMBHub-Reference} header
 *       (e.g. {@code INV-000123}); may be null.</li>
 * </ul>
 */
public record OutgoingEmail(String messageId, Address from, Address replyTo, List<Address> to, List<Address> cc,
                            String subject, String text, String html, String inReplyTo, List<String> references,
                            List<Attachment> attachments, String reference) {

    public OutgoingEmail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("An email needs at least one recipient");
        }
        cc = cc == null ? List.of() : List.copyOf(cc);
        references = references == null ? List.of() : List.copyOf(references);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        Objects.requireNonNull(text, "text");
    }

    /** An address with an optional display name; {@code address} may be null only in {@code from}. */
    public record Address(String address, String name) {
    }

    /** One attached file: name shown to the recipient, media type, bytes. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
