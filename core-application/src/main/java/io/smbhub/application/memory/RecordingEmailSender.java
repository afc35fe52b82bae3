package io.smbhub.application.memory;

import io.smbhub.application.port.out.EmailSender;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.application.port.out.SmtpServer;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link EmailSender} in memory for embedders' tests: keeps every accepted email (with the server it was sent through,
 * null = platform) in order. {@link #failNext} makes the next sends fail as a mail server would, to exercise retries.
 */
public final class RecordingEmailSender implements EmailSender {

    /** One accepted email and the server it went through (null = platform default). */
    public record Sent(OutgoingEmail email, SmtpServer server) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private int failures;
    private ErrorCode failWith = ErrorCode.PROVIDER_ERROR;

    @Override
    public synchronized String send(OutgoingEmail email, SmtpServer server) {
        if (failures > 0) {
            failures--;
            throw new DomainException(failWith, "Mail server refused the connection (simulated)");
        }
        sent.add(new Sent(email, server));
        return email.messageId();
    }

    /** The next {@code count} sends fail with {@code code} ({@code PROVIDER_ERROR} transient, {@code EMAIL_REJECTED} for good). */
    public synchronized void failNext(int count, ErrorCode code) {
        this.failures = count;
        this.failWith = code;
    }

    /** Every accepted email, oldest first. */
    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The accepted emails only. */
    public synchronized List<OutgoingEmail> emails() {
        return sent.stream().map(Sent::email).toList();
    }
}
