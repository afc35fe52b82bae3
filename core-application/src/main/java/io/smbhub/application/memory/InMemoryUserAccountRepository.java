package io.smbhub.application.memory;

import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
    public Optional<UserAccount> findById(UserId id) {
        return accounts.where(a -> a.id().equals(id)).stream().findFirst();
    }

    @Override
    public List<UserAccount> findByIds(Collection<UserId> ids) {
        Set<UserId> wanted = Set.copyOf(ids);
        return accounts.where(a -> wanted.contains(a.id()));
    }

    @Override
    public void insertMember(TenantMember member) {
        if (member.version() != 0) {
            throw new IllegalArgumentException("a new membership has version 0, got " + member.version());
        }
        if (!members.putIfAbsent(new MemberKey(member.tenantId(), member.userId()), withVersion(member, 1))) {
            throw new DomainException(ErrorCode.CONFLICT, "User " + member.userId() + " is already a member");
        }
    }

    @Override
    public synchronized long updateMember(TenantMember member) {
        MemberKey key = new MemberKey(member.tenantId(), member.userId());
        TenantMember current = members.get(key).orElse(null);
        if (current == null || current.version() != member.version()) {
            throw new DomainException(ErrorCode.CONFLICT, "Membership of user " + member.userId()
                    + " was changed by someone else; reload it and apply your change again");
        }
        long next = member.version() + 1;
        members.put(key, withVersion(member, next));
        return next;
    }

    @Override
    public List<TenantMember> membershipsOf(UserId user) {
        return members.where(m -> m.userId().equals(user)).stream()
                .sorted(Comparator.comparing(TenantMember::createdAt)
                        .thenComparing(m -> m.tenantId().value(), InMemoryTable.UNSIGNED)).toList();
    }

    @Override
    public Optional<TenantMember> findMember(TenantId tenant, UserId user) {
        return members.get(new MemberKey(tenant, user));
    }

    @Override
    public List<TenantMember> listMembers(TenantId tenant, UUID afterUserId, int limit) {
        return members.where(m -> m.tenantId().equals(tenant)
                        && (afterUserId == null || InMemoryTable.UNSIGNED.compare(m.userId().value(), afterUserId) < 0))
                .stream()
                .sorted(Comparator.comparing((TenantMember m) -> m.userId().value(), InMemoryTable.UNSIGNED).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public List<TenantMember> lockActiveOwners(TenantId tenant) {
        return members.where(m -> m.tenantId().equals(tenant) && m.isActiveOwner()).stream()
                .sorted(Comparator.comparing((TenantMember m) -> m.userId().value(), InMemoryTable.UNSIGNED))
                .toList();
    }

    private static TenantMember withVersion(TenantMember m, long version) {
        return new TenantMember(m.tenantId(), m.userId(), m.role(), m.status(), m.createdAt(), m.updatedAt(), version);
    }
}
