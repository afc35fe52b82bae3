package io.smbhub.application.port.out;

import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;
import io.smbhub.domain.shared.UserId;

import java.util.List;
import java.util.Optional;

/** Sign-in accounts (global, one per email) and their tenant memberships. */
public interface UserAccountRepository {
    /** Inserts an account. Errors: {@code CONFLICT} when the email is taken. */
    void insert(UserAccount account);

    Optional<UserAccount> findByEmail(String email);

    /** Inserts a membership. Errors: {@code CONFLICT} when the user is already a member of the tenant. */
    void insertMember(TenantMember member);

    /** The user's memberships, oldest first. */
    List<TenantMember> membershipsOf(UserId user);

    Optional<TenantMember> findMember(TenantId tenant, UserId user);
}
