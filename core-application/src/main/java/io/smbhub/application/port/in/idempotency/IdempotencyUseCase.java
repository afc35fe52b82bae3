package io.smbhub.application.port.in.idempotency;

import io.smbhub.application.port.in.Actor;

import java.util.function.Supplier;

/**
 * Client idempotency keys (spec smb-hub-prd.md 12.1 "Idempotency"): runs {@code operation} once per
 * {@code (tenant, operationName, key)} in one transaction with it, remembers its result text (typically the
 * created object's id), and on a replay returns that result without running it again. Errors:
 * {@code CONFLICT} when the key was used with a different request ({@code fingerprint}), or is being used by
 * a request still running; {@code VALIDATION_ERROR} on {@code Idempotency-Key} for a key longer than 255.
 */
public interface IdempotencyUseCase {

    /** The result and whether it was replayed from an earlier request. */
    record Outcome(String result, boolean replayed) {
    }

    /** With a {@code null} key, just runs the operation. */
    Outcome run(Actor actor, String operationName, String key, String fingerprint, Supplier<String> operation);
}
