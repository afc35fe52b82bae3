package io.smbhub.application.service.idempotency;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.idempotency.IdempotencyUseCase;
import io.smbhub.application.port.out.IdempotencyStore;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Idempotency keys (spec smb-hub-prd.md 12.1): the key is claimed, the operation run and its result stored
 * in one transaction (the operation's own transaction joins it). A concurrent duplicate waits on the
 * claim and then replays the committed result; a failed operation leaves no claim, so a retry runs again.
 */
public final class IdempotencyService implements IdempotencyUseCase {

    private final IdempotencyStore store;
    private final TransactionRunner tx;
    private final TimeSource clock;

    public IdempotencyService(IdempotencyStore store, TransactionRunner tx, TimeSource clock) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Outcome run(Actor actor, String operationName, String key, String fingerprint, Supplier<String> operation) {
        if (key == null) {
            return new Outcome(operation.get(), false);
        }
        if (key.isBlank() || key.length() > 255) {
            throw DomainException.invalid("Idempotency-Key", "Idempotency-Key must be 1 to 255 characters");
        }
        return tx.inTenant(actor.tenantId(), () -> {
            if (!store.reserve(actor.tenantId(), operationName, key, fingerprint, clock.now())) {
                IdempotencyStore.Entry entry = store.find(actor.tenantId(), operationName, key)
                        .orElseThrow(() -> new DomainException(ErrorCode.CONFLICT, "Idempotency-Key " + key + " is in use; retry shortly"));
                if (!Objects.equals(entry.fingerprint(), fingerprint)) {
                    throw new DomainException(ErrorCode.CONFLICT,
                            "Idempotency-Key " + key + " was already used with a different request; use a new key");
                }
                if (entry.result() == null) {
                    throw new DomainException(ErrorCode.CONFLICT, "Idempotency-Key " + key + " is in use; retry shortly");
                }
                return new Outcome(entry.result(), true);
            }
            String result = operation.get();
            store.complete(actor.tenantId(), operationName, key, result);
            return new Outcome(result, false);
        });
    }
}
