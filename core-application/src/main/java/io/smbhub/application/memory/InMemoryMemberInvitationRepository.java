package io.smbhub.application.memory;

import io.smbhub.application.port.out.MemberInvitationRepository;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.tenant.InvitationId;
import io.smbhub.domain.tenant.InvitationStatus;
import io.smbhub.domain.tenant.MemberInvitation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link MemberInvitationRepository} in memory, for tests and embedders. */
public final class InMemoryMemberInvitationRepository implements MemberInvitationRepository {

    private final InMemoryTable<MemberInvitation> table;

    public InMemoryMemberInvitationRepository(InMemoryTransactionRunner tx) {
        table = new InMemoryTable<>(tx, "Invitation", (i, v) -> MemberInvitation.rehydrate(i.id(), i.tenantId(),
                i.email(), i.role(), i.tokenHash(), i.status(), i.expiresAt(), i.invitedBy(), i.acceptedBy(),
                i.createdAt(), i.updatedAt(), v));
    }

    @Override
    public synchronized long save(MemberInvitation invitation) {
        boolean hashTaken = table.all(invitation.tenantId().value()).stream()
                .anyMatch(i -> i.tokenHash().equals(invitation.tokenHash()) && !i.id().equals(invitation.id()));
        if (hashTaken) {
            throw new DomainException(ErrorCode.CONFLICT,
                    "Invitation " + invitation.id() + " conflicts with an existing invitation (same id or token)");
        }
        return table.save(invitation.tenantId().value(), invitation.id().value(), invitation, invitation.version(),
                MemberInvitation::version);
    }

    @Override
    public Optional<MemberInvitation> findById(TenantId tenant, InvitationId id) {
        return table.find(tenant.value(), id.value());
    }

    @Override
    public Optional<MemberInvitation> findByTokenHash(TenantId tenant, String tokenHash) {
        return table.all(tenant.value()).stream().filter(i -> i.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public List<MemberInvitation> findPending(TenantId tenant, String email) {
        return table.all(tenant.value()).stream()
                .filter(i -> i.status() == InvitationStatus.PENDING && i.email().equals(email))
                .sorted(InMemoryTable.byId(i -> i.id().value()))
                .toList();
    }

    @Override
    public List<MemberInvitation> list(TenantId tenant, InvitationStatus status, UUID afterId, int limit) {
        return table.list(tenant.value(), i -> status == null || i.status() == status, i -> i.id().value(), afterId, limit);
    }
}
