package io.smbhub.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects field errors so one request reports every broken rule at once, then throws a single
 * {@code VALIDATION_ERROR} {@link DomainException}.
 */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    /** Records {@code message} for {@code field} when {@code broken} is true; returns this. */
    public Validation check(boolean broken, String field, String message) {
        if (broken) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /** Records an error unconditionally. */
    public Validation add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** Runs {@code step}; a VALIDATION_ERROR it throws is folded in (field names prefixed), others propagate. */
    public Validation capture(String prefix, Runnable step) {
        try {
            step.run();
        } catch (DomainException e) {
            if (e.code() != ErrorCode.VALIDATION_ERROR) {
                throw e;
            }
            for (FieldError error : e.details()) {
                errors.add(new FieldError(prefix.isEmpty() ? error.field() : prefix + "." + error.field(), error.message()));
            }
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws {@code VALIDATION_ERROR} with {@code summary} and all collected details if any were recorded. */
    public void throwIfAny(String summary) {
        refusal(summary).ifPresent(Refusal::raise);
    }

    /** The {@code VALIDATION_ERROR} refusal {@link #throwIfAny} would throw, or empty when nothing was recorded. */
    public Optional<Refusal> refusal(String summary) {
        return errors.isEmpty() ? Optional.empty() : Optional.of(new Refusal(ErrorCode.VALIDATION_ERROR, summary, errors));
    }
}
