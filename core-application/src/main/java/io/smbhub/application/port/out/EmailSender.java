package io.smbhub.application.port.out;

/**
 * Sends email (ARCHITECTURE.md port {@code EmailSender}; issue 5): SMTP in production (Angus Mail), a pickup
 * directory of {@code .eml} files when no SMTP is configured. Called by the {@code EMAIL_SEND} job after the change
 * that caused the email committed (transactional outbox), never inside a business transaction.
 *
 * <p>Errors: {@code EMAIL_REJECTED} when the server refused the message for good (5xx: unknown recipient, sender
 * not allowed, authentication failed) — retrying cannot help; {@code PROVIDER_ERROR} for anything that may pass
 * later (connection refused or timed out, 4xx). Either way the message was not accepted.
 */
public interface EmailSender {

    /**
     * Sends {@code email} through {@code server}, or through the platform's default transport when
     * {@code server} is null. Returns only once the server accepted the message.
     *
     * @return the {@code Message-ID} sent (without angle brackets), normally {@code email.messageId()}
     */
    String send(OutgoingEmail email, SmtpServer server);
}
