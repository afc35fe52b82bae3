package io.smbhub.application.port.out;

import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

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
     * Runs {@code work} in a transaction not yet bound to a tenant: only for identity lookups that
     * precede knowing the tenant (an account by email, a tenant by external organisation id). Tenant
     * tables read nothing here under row-level security.
     */
    <T> T withoutTenant(Supplier<T> work);

    /**
     * Runs {@code work} in a transaction bound to one user instead of a tenant: it may read that user's
     * memberships in every tenant (login, choosing a tenant) and nothing else of any tenant. Nested in an
     * open transaction it binds the user to it.
     */
    <T> T forUser(UserId user, Supplier<T> work);
}
