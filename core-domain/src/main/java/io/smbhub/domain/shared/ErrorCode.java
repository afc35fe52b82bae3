package io.smbhub.domain.shared;

/**
 * Stable, client-visible error codes (spec smb-hub-prd.md 12.1 "Error Format"). The name is the wire
 * value; never rename one, only add.
 */
public enum ErrorCode {
    /** Input breaks a rule; details name the fields. */
    VALIDATION_ERROR(ErrorCategory.VALIDATION),
    /** The object does not exist in the caller's tenant (another tenant's object answers the same). */
    NOT_FOUND(ErrorCategory.NOT_FOUND),
    /** The caller's role may not do this. */
    FORBIDDEN(ErrorCategory.FORBIDDEN),
    /** No valid credential, or wrong email/password. */
    UNAUTHORIZED(ErrorCategory.UNAUTHENTICATED),
    /** A state machine refused the move; the message names from, to and why. */
    INVALID_TRANSITION(ErrorCategory.CONFLICT),
    /** Stale version, duplicate, or an idempotency key reused with another request. */
    CONFLICT(ErrorCategory.CONFLICT),
    /** The tenant's profile switches this capability off. */
    CAPABILITY_DISABLED(ErrorCategory.CAPABILITY_DISABLED),
    /** An outside provider (mail, payments, model) failed; nothing was changed. */
    PROVIDER_ERROR(ErrorCategory.PROVIDER),
    /** Too many requests; retry later. */
    RATE_LIMITED(ErrorCategory.RATE_LIMITED),
    /** A dependency is down; the rest of the product keeps working. */
    UNAVAILABLE(ErrorCategory.UNAVAILABLE),
    /** The mail server refused an email for good (unknown recipient, sender not allowed, bad login); not retried. */
    EMAIL_REJECTED(ErrorCategory.PROVIDER),
    /**
     * The language model is not configured, down, slow or its circuit is open (issue 6, enterprise-business-os.md
     * feature 15): the AI feature is unavailable for now; everything else works. Retry later.
     */
    AI_UNAVAILABLE(ErrorCategory.UNAVAILABLE),
    /** The tenant used its monthly AI token budget (hard limit of its plan; issue 6); resets next month (UTC). */
    QUOTA_EXCEEDED(ErrorCategory.RATE_LIMITED);

    private final ErrorCategory category;

    ErrorCode(ErrorCategory category) {
        this.category = category;
    }

    /** The family used to pick a transport status. */
    public ErrorCategory category() {
        return category;
    }
}
