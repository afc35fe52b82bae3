package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.TenantMembers;
import io.smbhub.adapter.postgres.Tables.UserAccounts;
import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.MemberStatus;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;
import org.jooq.Record;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link UserAccountRepository} on PostgreSQL ({@code user_accounts}, global, and {@code tenant_members}, a tenant
 * table under row-level security that a user's own rows also show through inside {@code forUser}).
 */
public final class JooqUserAccountRepository implements UserAccountRepository {

    private final JdbcTransactionRunner tx;

    public JooqUserAccountRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public void insert(UserAccount account) {
        String duplicate = "An account with email " + account.email() + " already exists";
        int inserted = SqlSupport.write("Account " + account.email(), () -> tx.dsl()
                .insertInto(UserAccounts.TABLE)
                .set(UserAccounts.ID, account.id().value())
                .set(UserAccounts.EMAIL, account.email())
                .set(UserAccounts.PASSWORD_HASH, account.passwordHash())
                .set(UserAccounts.CREATED_AT, SqlSupport.micros(account.createdAt()))
                .onConflictDoNothing()
                .execute());
        if (inserted == 0) {
            throw new DomainException(ErrorCode.CONFLICT, duplicate);
        }
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return tx.dsl().select(UserAccounts.ALL).from(UserAccounts.TABLE).where(UserAccounts.EMAIL.eq(email))
                .fetchOptional().map(JooqUserAccountRepository::toAccount);
    }

    @Override
    public Optional<UserAccount> findById(UserId id) {
        return tx.dsl().select(UserAccounts.ALL).from(UserAccounts.TABLE).where(UserAccounts.ID.eq(id.value()))
                .fetchOptional().map(JooqUserAccountRepository::toAccount);
    }

    @Override
    public List<UserAccount> findByIds(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return tx.dsl().select(UserAccounts.ALL).from(UserAccounts.TABLE)
                .where(UserAccounts.ID.in(ids.stream().map(UserId::value).toList()))
                .fetch(JooqUserAccountRepository::toAccount);
    }

    @Override
    public void insertMember(TenantMember member) {
        if (member.version() != 0) {
            throw new IllegalArgumentException("a new membership has version 0, got " + member.version());
        }
        String duplicate = "User " + member.userId() + " is already a member";
        int inserted = SqlSupport.write("Membership of user " + member.userId(), () -> tx.dsl()
                .insertInto(TenantMembers.TABLE)
                .set(TenantMembers.TENANT_ID, member.tenantId().value())
                .set(TenantMembers.USER_ID, member.userId().value())
                .set(TenantMembers.ROLE, member.role().name())
                .set(TenantMembers.STATUS, member.status().name())
                .set(TenantMembers.CREATED_AT, SqlSupport.micros(member.createdAt()))
                .set(TenantMembers.UPDATED_AT, SqlSupport.micros(member.updatedAt()))
                .set(TenantMembers.VERSION, 1L)
                .onConflictDoNothing()
                .execute());
        if (inserted == 0) {
            throw new DomainException(ErrorCode.CONFLICT, duplicate);
        }
    }

    @Override
    public long updateMember(TenantMember member) {
        long next = member.version() + 1;
        String label = "Membership of user " + member.userId();
        int updated = SqlSupport.write(label, () -> tx.dsl().update(TenantMembers.TABLE)
                .set(TenantMembers.ROLE, member.role().name())
                .set(TenantMembers.STATUS, member.status().name())
                .set(TenantMembers.UPDATED_AT, SqlSupport.micros(member.updatedAt()))
                .set(TenantMembers.VERSION, next)
                .where(TenantMembers.TENANT_ID.eq(member.tenantId().value()),
                        TenantMembers.USER_ID.eq(member.userId().value()),
                        TenantMembers.VERSION.eq(member.version()))
                .execute());
        if (updated == 0) {
            throw SqlSupport.staleVersion(label);
        }
        return next;
    }

    @Override
    public List<TenantMember> membershipsOf(UserId user) {
        return tx.dsl().select(TenantMembers.ALL).from(TenantMembers.TABLE).where(TenantMembers.USER_ID.eq(user.value()))
                .orderBy(TenantMembers.CREATED_AT, TenantMembers.TENANT_ID)
                .fetch(JooqUserAccountRepository::toMember);
    }

    @Override
    public Optional<TenantMember> findMember(TenantId tenant, UserId user) {
        return tx.dsl().select(TenantMembers.ALL).from(TenantMembers.TABLE)
                .where(TenantMembers.TENANT_ID.eq(tenant.value()), TenantMembers.USER_ID.eq(user.value()))
                .fetchOptional().map(JooqUserAccountRepository::toMember);
    }

    @Override
    public List<TenantMember> listMembers(TenantId tenant, UUID afterUserId, int limit) {
        return tx.dsl().select(TenantMembers.ALL).from(TenantMembers.TABLE)
                .where(TenantMembers.TENANT_ID.eq(tenant.value()), SqlSupport.before(TenantMembers.USER_ID, afterUserId))
                .orderBy(TenantMembers.USER_ID.desc())
                .limit(limit)
                .fetch(JooqUserAccountRepository::toMember);
    }

    @Override
    public List<TenantMember> lockActiveOwners(TenantId tenant) {
        return tx.dsl().select(TenantMembers.ALL).from(TenantMembers.TABLE)
                .where(TenantMembers.TENANT_ID.eq(tenant.value()), TenantMembers.ROLE.eq(Role.OWNER.name()),
                        TenantMembers.STATUS.eq(MemberStatus.ACTIVE.name()))
                .orderBy(TenantMembers.USER_ID)
                .forUpdate()
                .fetch(JooqUserAccountRepository::toMember);
    }

    private static UserAccount toAccount(Record r) {
        return new UserAccount(new UserId(r.get(UserAccounts.ID)), r.get(UserAccounts.EMAIL),
                r.get(UserAccounts.PASSWORD_HASH), r.get(UserAccounts.CREATED_AT));
    }

    private static TenantMember toMember(Record r) {
        return new TenantMember(new TenantId(r.get(TenantMembers.TENANT_ID)), new UserId(r.get(TenantMembers.USER_ID)),
                Role.valueOf(r.get(TenantMembers.ROLE)), MemberStatus.valueOf(r.get(TenantMembers.STATUS)),
                r.get(TenantMembers.CREATED_AT), r.get(TenantMembers.UPDATED_AT), r.get(TenantMembers.VERSION));
    }
}
