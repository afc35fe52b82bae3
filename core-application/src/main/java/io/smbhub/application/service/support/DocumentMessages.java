package io.smbhub.application.service.support;

import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.Refusal;

import java.util.List;
import java.util.Optional;

/**
 * Whether a quote or invoice can be emailed to its contact (spec smb-hub-prd.md 3.13). The email itself is written
 * from the tenant's templates by the email outbox (issue 5).
 */
public final class DocumentMessages {

    private DocumentMessages() {
    }

    /**
     * Why a {@code what} ("invoice", "quote") cannot be emailed to {@code contact}: {@code VALIDATION_ERROR} on
     * {@code contact.email} when it has no email address; empty when it can.
     */
    public static Optional<Refusal> emailRefusal(Contact contact, String what) {
        if (contact.details().email() != null) {
            return Optional.empty();
        }
        String message = "Contact " + contact.details().displayName() + " has no email address; add one to send this " + what + " by email";
        return Optional.of(new Refusal(ErrorCode.VALIDATION_ERROR, message, List.of(new FieldError("contact.email", message))));
    }
}
