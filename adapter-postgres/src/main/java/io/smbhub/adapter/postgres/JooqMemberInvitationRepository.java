package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.MemberInvitations;
import io.smbhub.application.port.out.MemberInvitationRepository;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.InvitationId;
import io.smbhub.domain.tenant.InvitationStatus;
import io.smbhub.domain.tenant.MemberInvitation;
import io.smbhub.domain.tenant.Role;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@link MemberInvitationRepository} on PostgreSQL ({@code member_invitations}, a tenant table). */
public final class JooqMemberInvitationRepository implements MemberInvitationRepository {

    private final JdbcTransactionRunner tx;

    public JooqMemberInvitationRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public long save(MemberInvitation invitation) {
        return SqlSupport.saveVersioned(tx.dsl(), MemberInvitations.TABLE, MemberInvitations.TENANT_ID, MemberInvitations.ID,
                MemberInvitations.VERSION, invitation.tenantId().value(), invitation.id().value(), invitation.version(),
                values(invitation), "Invitation " + invitation.id(),
                () -> "Invitation " + invitation.id() + " conflicts with an existing invitation (same id or token)");
    }

    @Override
    public Optional<MemberInvitation> findById(TenantId tenant, InvitationId id) {
        return tx.dsl().select(MemberInvitations.ALL).from(MemberInvitations.TABLE)
                .where(MemberInvitations.TENANT_ID.eq(tenant.value()), MemberInvitations.ID.eq(id.value()))
                .fetchOptional().map(JooqMemberInvitationRepository::toInvitation);
    }

    @Override
    public Optional<MemberInvitation> findByTokenHash(TenantId tenant, String tokenHash) {
        return tx.dsl().select(MemberInvitations.ALL).from(MemberInvitations.TABLE)
                .where(MemberInvitations.TENANT_ID.eq(tenant.value()), MemberInvitations.TOKEN_HASH.eq(tokenHash))
                .fetchOptional().map(JooqMemberInvitationRepository::toInvitation);
    }

    @Override
    public List<MemberInvitation> findPending(TenantId tenant, String email) {
        return tx.dsl().select(MemberInvitations.ALL).from(MemberInvitations.TABLE)
                .where(MemberInvitations.TENANT_ID.eq(tenant.value()), MemberInvitations.EMAIL.eq(email),
                        MemberInvitations.STATUS.eq(InvitationStatus.PENDING.name()))
                .orderBy(MemberInvitations.ID)
                .fetch(JooqMemberInvitationRepository::toInvitation);
    }

    @Override
    public List<MemberInvitation> list(TenantId tenant, InvitationStatus status, UUID afterId, int limit) {
        Condition where = MemberInvitations.TENANT_ID.eq(tenant.value()).and(SqlSupport.before(MemberInvitations.ID, afterId));
        if (status != null) {
            where = where.and(MemberInvitations.STATUS.eq(status.name()));
        }
        return tx.dsl().select(MemberInvitations.ALL).from(MemberInvitations.TABLE).where(where)
                .orderBy(MemberInvitations.ID.desc()).limit(limit)
                .fetch(JooqMemberInvitationRepository::toInvitation);
    }

    private static Map<Field<?>, Object> values(MemberInvitation i) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(MemberInvitations.EMAIL, i.email());
        v.put(MemberInvitations.ROLE, i.role().name());
        v.put(MemberInvitations.TOKEN_HASH, i.tokenHash());
        v.put(MemberInvitations.STATUS, i.status().name());
        v.put(MemberInvitations.EXPIRES_AT, SqlSupport.micros(i.expiresAt()));
        v.put(MemberInvitations.INVITED_BY, i.invitedBy() == null ? null : i.invitedBy().value());
        v.put(MemberInvitations.ACCEPTED_BY, i.acceptedBy() == null ? null : i.acceptedBy().value());
        v.put(MemberInvitations.CREATED_AT, SqlSupport.micros(i.createdAt()));
        v.put(MemberInvitations.UPDATED_AT, SqlSupport.micros(i.updatedAt()));
        return v;
    }

    private static MemberInvitation toInvitation(Record r) {
        UUID invitedBy = r.get(MemberInvitations.INVITED_BY);
        UUID acceptedBy = r.get(MemberInvitations.ACCEPTED_BY);
        return MemberInvitation.rehydrate(new InvitationId(r.get(MemberInvitations.ID)),
                new TenantId(r.get(MemberInvitations.TENANT_ID)), r.get(MemberInvitations.EMAIL),
                Role.valueOf(r.get(MemberInvitations.ROLE)), r.get(MemberInvitations.TOKEN_HASH),
                InvitationStatus.valueOf(r.get(MemberInvitations.STATUS)), r.get(MemberInvitations.EXPIRES_AT),
                invitedBy == null ? null : new UserId(invitedBy), acceptedBy == null ? null : new UserId(acceptedBy),
                r.get(MemberInvitations.CREATED_AT), r.get(MemberInvitations.UPDATED_AT), r.get(MemberInvitations.VERSION));
    }
}
