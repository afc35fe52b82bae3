package io.smbhub.application.port.out;

import io.smbhub.domain.shared.TenantId;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: every repository write, audit entry and idempotency record made
 * inside {@code work} commits together or not at all (ARCHITECTURE.md, "Application rules").
 *
 * <p>Calls nest: a call made while a transaction is already open on the current thread joins it,
 * so a use case called from inside another unit of work (for example from the idempotency guard)
 * shares its transaction. Any exception thrown by {@code work} rolls the whole transaction back
 * and is rethrown unchanged.
 */
public interface TransactionRunner {

    /**
     * Runs {@code work} in a transaction scoped to {@code tenant}; adapters that enforce
     * row-level security bind the tenant to the transaction.
     *
     * @param tenant the tenant whose data the work touches, from the verified credential
     * @param work   the unit of work; its result is returned after commit
     */
    <T> T inTenant(TenantId tenant, Supplier<T> work);

    /**
     * Runs {@code work} in a transaction not yet bound to a tenant: only for sign-up and login,
     * which look up or create the tenant itself.
     */
    <T> T withoutTenant(Supplier<T> work);
}
