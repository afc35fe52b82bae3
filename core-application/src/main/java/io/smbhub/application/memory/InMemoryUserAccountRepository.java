package io.smbhub.application.memory;

import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;
import io.smbhub.domain.shared.UserId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link UserAccountRepository} in memory. */
public final class InMemoryUserAccountRepository implements UserAccountRepository {

    private record MemberKey(TenantId tenant, UserId user) {
    }

    private final InMemoryMap<String, UserAccount> accounts;
    private final InMemoryMap<MemberKey, TenantMember> members;

    public InMemoryUserAccountRepository(InMemoryTransactionRunner tx) {
        accounts = new InMemoryMap<>(tx);
        members = new InMemoryMap<>(tx);
    }

    @Override
    public void insert(UserAccount account) {
        if (!accounts.putIfAbsent(account.email(), account)) {
            throw new DomainException(ErrorCode.CONFLICT, "An account with email " + account.email() + " already exists");
        }
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return accounts.get(email);
    }

    @Override
    public void insertMember(TenantMember member) {
        if (!members.putIfAbsent(new MemberKey(member.tenantId(), member.userId()), member)) {
            throw new DomainException(ErrorCode.CONFLICT, "User " + member.userId() + " is already a member");
        }
    }

    @Override
    public List<TenantMember> membershipsOf(UserId user) {
        return members.where(m -> m.userId().equals(user)).stream()
                .sorted(Comparator.comparing(TenantMember::createdAt)).toList();
    }

    @Override
    public Optional<TenantMember> findMember(TenantId tenant, UserId user) {
        return members.get(new MemberKey(tenant, user));
    }
}
