package io.smbhub.application.port.out;

/**
 * A rendered message to deliver: sender display name, one recipient, subject and plain-text body. The
 * {@code reference} (e.g. {@code INV-000123}) identifies the document for logs and headers.
 */
public record OutgoingMessage(String fromName, String toAddress, String toName, String subject, String body,
                              String reference) {
}
