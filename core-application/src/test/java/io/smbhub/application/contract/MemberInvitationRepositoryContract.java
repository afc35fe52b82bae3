package io.smbhub.application.contract;

import io.smbhub.application.port.out.MemberInvitationRepository;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.tenant.InvitationId;
import io.smbhub.domain.tenant.InvitationStatus;
import io.smbhub.domain.tenant.MemberInvitation;
import io.smbhub.domain.tenant.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link MemberInvitationRepository} (a tenant table: every call inside {@code inTenant}). A concrete
 * class supplies the repository on the same store and transaction runner as {@link #adapters()}.
 */
public abstract class MemberInvitationRepositoryContract extends PortContract {

    private MemberInvitationRepository invitations;

    /** The repository under test, sharing {@code adapters.tx()} and its store. */
    protected abstract MemberInvitationRepository createInvitations(PortAdapters adapters);

    @BeforeAll
    final void openInvitations() {
        invitations = createInvitations(adapters());
    }

    private MemberInvitation invitation(TenantId tenant, String email, Duration afterT0) {
        return MemberInvitation.create(new InvitationId(newId()), tenant, email, Role.STAFF, "hash-" + newId(),
                newUserId(), at(afterT0));
    }

    /** {@code invitation} saved; returns it as loaded back. */
    private MemberInvitation saved(MemberInvitation invitation) {
        TenantId tenant = invitation.tenantId();
        return in(tenant, () -> {
            invitations.save(invitation);
            return invitations.findById(tenant, invitation.id()).orElseThrow();
        });
    }

    private static void assertSameState(MemberInvitation actual, MemberInvitation expected, long version) {
        assertThat(actual).usingRecursiveComparison().ignoringFields("version", "events").isEqualTo(expected);
        assertThat(actual.version()).isEqualTo(version);
    }

    @Test
    void aSavedInvitationRoundTripsWithEveryFieldAtVersionOne() {
        TenantId tenant = newTenant();
        MemberInvitation invitation = invitation(tenant, "new.person@example.com", Duration.ofMinutes(3));

        MemberInvitation loaded = saved(invitation);

        assertSameState(loaded, invitation, 1);
        assertThat(loaded.expiresAt()).isEqualTo(at(Duration.ofMinutes(3)).plus(MemberInvitation.VALIDITY));
        assertThat(loaded.acceptedBy()).isNull();
        assertThat(in(tenant, () -> invitations.findById(tenant, new InvitationId(newId())))).isEmpty();
    }

    @Test
    void anInvitationIsFoundByTokenHashOnlyInItsOwnTenant() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        MemberInvitation invitation = saved(invitation(tenant, "hash.lookup@example.com", Duration.ZERO));

        assertThat(in(tenant, () -> invitations.findByTokenHash(tenant, invitation.tokenHash())))
                .map(MemberInvitation::id).contains(invitation.id());
        assertThat(in(other, () -> invitations.findByTokenHash(other, invitation.tokenHash()))).isEmpty();
        assertThat(in(other, () -> invitations.findById(other, invitation.id()))).isEmpty();
        assertThat(in(tenant, () -> invitations.findByTokenHash(tenant, "no-such-hash"))).isEmpty();
    }

    @Test
    void aTokenHashIsUniqueInATenantButMayRepeatInAnother() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        MemberInvitation first = saved(invitation(tenant, "first@example.com", Duration.ZERO));
        MemberInvitation sameHash = MemberInvitation.create(new InvitationId(newId()), tenant, "second@example.com",
                Role.VIEWER, first.tokenHash(), null, T0);
        MemberInvitation elsewhere = MemberInvitation.create(new InvitationId(newId()), other, "second@example.com",
                Role.VIEWER, first.tokenHash(), null, T0);

        assertConflict(() -> in(tenant, () -> invitations.save(sameHash)));
        saved(elsewhere);

        assertThat(in(tenant, () -> invitations.findById(tenant, sameHash.id()))).isEmpty();
        assertThat(in(other, () -> invitations.findByTokenHash(other, first.tokenHash()))).map(MemberInvitation::id)
                .contains(elsewhere.id());
    }

    @Test
    void acceptingAndSavingBumpsTheVersionAndAStaleSaveIsAConflict() {
        TenantId tenant = newTenant();
        MemberInvitation loaded = saved(invitation(tenant, "accept@example.com", Duration.ZERO));
        MemberInvitation stale = in(tenant, () -> invitations.findById(tenant, loaded.id())).orElseThrow();
        loaded.accept(newUserId(), at(Duration.ofHours(1)));

        long version = in(tenant, () -> invitations.save(loaded));

        assertThat(version).isEqualTo(2);
        MemberInvitation reloaded = in(tenant, () -> invitations.findById(tenant, loaded.id())).orElseThrow();
        assertSameState(reloaded, loaded, 2);
        assertThat(reloaded.status()).isEqualTo(InvitationStatus.ACCEPTED);
        stale.revoke(at(Duration.ofHours(2)));
        assertConflict(() -> in(tenant, () -> invitations.save(stale)));
        assertThat(in(tenant, () -> invitations.findById(tenant, loaded.id()))).map(MemberInvitation::status)
                .contains(InvitationStatus.ACCEPTED);
    }

    @Test
    void pendingInvitationsOfAnEmailExcludeOtherStatusesEmailsAndTenants() {
        TenantId tenant = newTenant();
        MemberInvitation pending = saved(invitation(tenant, "pending@example.com", Duration.ZERO));
        MemberInvitation revoked = invitation(tenant, "pending@example.com", Duration.ofMinutes(1));
        revoked.revoke(at(Duration.ofMinutes(2)));
        saved(revoked);
        saved(invitation(tenant, "someone.else@example.com", Duration.ZERO));
        TenantId other = newTenant();
        saved(invitation(other, "pending@example.com", Duration.ZERO));

        assertThat(in(tenant, () -> invitations.findPending(tenant, "pending@example.com")))
                .extracting(MemberInvitation::id).containsExactly(pending.id());
    }

    @Test
    void listIsNewestFirstFilteredByStatusPagedAndScopedToTheTenant() {
        TenantId tenant = newTenant();
        List<UUID> all = new ArrayList<>();
        List<UUID> revokedIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            MemberInvitation invitation = invitation(tenant, "list" + i + "@example.com", Duration.ofMinutes(i));
            if (i % 2 == 0) {
                invitation.revoke(at(Duration.ofMinutes(i + 1)));
                revokedIds.add(invitation.id().value());
            }
            saved(invitation);
            all.add(invitation.id().value());
        }
        saved(invitation(newTenant(), "list0@example.com", Duration.ZERO));

        List<UUID> served = walkPages((after, limit) -> in(tenant, () -> invitations.list(tenant, null, after, limit)),
                i -> i.id().value(), 2, () -> { });
        List<UUID> revoked = walkPages((after, limit) -> in(tenant,
                        () -> invitations.list(tenant, InvitationStatus.REVOKED, after, limit)),
                i -> i.id().value(), 2, () -> { });

        assertThat(served).containsExactlyElementsOf(newestFirst(all));
        assertThat(revoked).containsExactlyElementsOf(newestFirst(revokedIds));
    }

    @Test
    void aRolledBackSaveLeavesNoInvitation() {
        TenantId tenant = newTenant();
        MemberInvitation invitation = invitation(tenant, "rolled@example.com", Duration.ZERO);

        runAndRollBack(tenant, () -> invitations.save(invitation));

        assertThat(in(tenant, () -> invitations.findById(tenant, invitation.id()))).isEmpty();
    }
}
