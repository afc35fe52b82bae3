package io.smbhub.application.port.out;

import java.util.List;

/**
 * A rendered message to deliver: sender display name, one recipient, subject, plain-text body and attached
 * files (e.g. the invoice PDF; may be empty). The {@code reference} (e.g. {@code INV-000123}) identifies the
 * document for logs and headers.
 */
public record OutgoingMessage(String fromName, String toAddress, String toName, String subject, String body,
                              String reference, List<Attachment> attachments) {

    public OutgoingMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A message without attachments. */
    public OutgoingMessage(String fromName, String toAddress, String toName, String subject, String body, String reference) {
        this(fromName, toAddress, toName, subject, body, reference, List.of());
    }

    /** One attached file: name shown to the recipient, media type, bytes. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
