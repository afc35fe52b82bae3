package io.smbhub.application.port.out;

import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in accounts (global, one per email) and their tenant memberships. Accounts are global: any transaction
 * reads them. Memberships are tenant rows: they are written and listed inside {@code inTenant(tenant)}, and a
 * user's own memberships across tenants are read inside {@code forUser(user)} (row-level security hides them
 * anywhere else).
 */
public interface UserAccountRepository {
    /** Inserts an account. Errors: {@code CONFLICT} when the email is taken. */
    void insert(UserAccount account);

    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> findById(UserId id);

    /** The accounts of {@code ids} that exist, in no particular order. */
    List<UserAccount> findByIds(Collection<UserId> ids);

    /**
     * Inserts a membership at version 1 (its {@code version} must be 0). Errors: {@code CONFLICT} when the user
     * is already a member of the tenant.
     */
    void insertMember(TenantMember member);

    /**
     * Saves a changed membership whose stored version still equals {@code member.version()}, and returns the
     * new version. Errors: {@code CONFLICT} when the stored version differs or the membership does not exist.
     */
    long updateMember(TenantMember member);

    /** The user's memberships, oldest first (inside {@code forUser(user)}). */
    List<TenantMember> membershipsOf(UserId user);

    Optional<TenantMember> findMember(TenantId tenant, UserId user);

    /** Members of {@code tenant} by user id descending, user ids below {@code afterUserId} when given, at most {@code limit}. */
    List<TenantMember> listMembers(TenantId tenant, UUID afterUserId, int limit);

    /**
     * The ACTIVE OWNER memberships of {@code tenant} by user id (a consistent lock order), locked until the
     * transaction ends (PostgreSQL {@code FOR UPDATE}), so that two concurrent demotions cannot each count the
     * other owner and leave the tenant without one.
     */
    List<TenantMember> lockActiveOwners(TenantId tenant);
}
