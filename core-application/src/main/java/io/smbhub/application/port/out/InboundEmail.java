package io.smbhub.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * A received email, parsed from raw MIME by {@link InboundMailParser} (issue 5 "Inbound"; spec smb-hub-prd.md
 * 2.1 Message):
 * <ul>
 *   <li>{@code messageId}: the {@code Message-ID} without angle brackets, or null when the mail had none.</li>
 *   <li>{@code inReplyTo}, {@code references}: bare message ids (oldest reference first) for threading.</li>
 *   <li>{@code from}: the sender (address lower-cased); {@code replyTo} may be null.</li>
 *   <li>{@code to}, {@code cc}: header recipients; {@code deliveredTo}: envelope recipients the receiving server
 *       recorded ({@code Delivered-To}, {@code X-Original-To}, {@code X-Envelope-To}), used to route mail that was
 *       forwarded or Bcc'd to a tenant's inbound address.</li>
 *   <li>{@code subject} (may be empty), {@code sentAt} ({@code Date} header, UTC; null if missing or invalid).</li>
 *   <li>{@code text}: the plain-text body (from text/plain, or derived from the HTML when only HTML was sent);
 *       {@code html} may be null.</li>
 *   <li>{@code attachments}: every attached or inline file with a name, in order.</li>
 * </ul>
 */
public record InboundEmail(String messageId, String inReplyTo, List<String> references, Address from, Address replyTo,
                           List<Address> to, List<Address> cc, List<String> deliveredTo, String subject,
                           Instant sentAt, String text, String html, List<Attachment> attachments) {

    public InboundEmail {
        references = references == null ? List.of() : List.copyOf(references);
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        deliveredTo = deliveredTo == null ? List.of() : List.copyOf(deliveredTo);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
    }

    /** An address (lower-case) with its display name (may be null). */
    public record Address(String address, String name) {
    }

    /** An attached file: filename as sent (never blank; a name is made up if missing), media type, bytes. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
