package io.smbhub.application.contract;

import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.MemberStatus;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Contract of {@link UserAccountRepository}. Accounts are global ({@code withoutTenant}); memberships are tenant
 * rows, written and read inside {@code inTenant}, and a user's own memberships across tenants are read inside
 * {@code forUser} — as the application calls them under row-level security.
 */
public abstract class UserAccountRepositoryContract extends PortContract {

    private UserAccountRepository users() {
        return adapters().users();
    }

    private <T> T global(Supplier<T> work) {
        return tx().withoutTenant(work);
    }

    private void globally(Runnable work) {
        tx().withoutTenant(() -> {
            work.run();
            return null;
        });
    }

    private <T> T asUser(UserId user, Supplier<T> work) {
        return tx().forUser(user, work);
    }

    private UserAccount newAccount() {
        UserId id = newUserId();
        UserAccount account = new UserAccount(id, "user." + id + "@example.com", "pbkdf2$1$c2FsdA==$aGFzaA==",
                at(Duration.ofSeconds(42)));
        globally(() -> users().insert(account));
        return account;
    }

    /** {@code member} as stored: at version 1. */
    private static TenantMember stored(TenantMember m) {
        return new TenantMember(m.tenantId(), m.userId(), m.role(), m.status(), m.createdAt(), m.updatedAt(), 1);
    }

    private TenantMember join(TenantId tenant, UserAccount account, Role role, MemberStatus status, Duration after) {
        TenantMember member = new TenantMember(tenant, account.id(), role, status, at(after));
        run(tenant, () -> users().insertMember(member));
        return stored(member);
    }

    @Test
    void insertedAccountIsFoundByEmailAndByIdWithEveryField() {
        UserAccount account = newAccount();

        UserAccount loaded = global(() -> users().findByEmail(account.email())).orElseThrow();

        assertThat(loaded).isEqualTo(account);
        assertThat(loaded.createdAt()).isEqualTo(at(Duration.ofSeconds(42)));
        assertThat(global(() -> users().findById(account.id()))).contains(account);
        assertThat(global(() -> users().findById(newUserId()))).isEmpty();
    }

    @Test
    void accountsAreFoundByIdsInAnyTenantTransaction() {
        UserAccount a = newAccount();
        UserAccount b = newAccount();
        TenantId tenant = newTenant();

        assertThat(in(tenant, () -> users().findByIds(List.of(a.id(), b.id(), newUserId())))).containsExactlyInAnyOrder(a, b);
        assertThat(in(tenant, () -> users().findByIds(List.of()))).isEmpty();
    }

    @Test
    void unknownEmailIsNotFound() {
        assertThat(global(() -> users().findByEmail("nobody." + newId() + "@example.com"))).isEmpty();
    }

    @Test
    void secondAccountWithTheSameEmailIsAConflictAndTheFirstStays() {
        UserAccount first = newAccount();
        UserAccount second = new UserAccount(newUserId(), first.email(), "other-hash", T0);

        assertConflict(() -> globally(() -> users().insert(second)));

        assertThat(global(() -> users().findByEmail(first.email()))).contains(first);
    }

    @Test
    void membershipRoundTripsAtVersionOneAndIsScopedToItsTenant() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        UserAccount account = newAccount();

        TenantMember member = join(tenant, account, Role.AGENT, MemberStatus.INVITED, Duration.ofHours(1));

        assertThat(in(tenant, () -> users().findMember(tenant, account.id()))).contains(member);
        assertThat(member.version()).isEqualTo(1);
        assertThat(member.updatedAt()).isEqualTo(at(Duration.ofHours(1)));
        assertThat(in(other, () -> users().findMember(other, account.id()))).isEmpty();
        assertThat(in(tenant, () -> users().findMember(tenant, newUserId()))).isEmpty();
    }

    @Test
    void sameUserTwiceInOneTenantIsAConflict() {
        TenantId tenant = newTenant();
        UserAccount account = newAccount();
        join(tenant, account, Role.OWNER, MemberStatus.ACTIVE, Duration.ZERO);

        assertConflict(() -> run(tenant, () -> users().insertMember(
                new TenantMember(tenant, account.id(), Role.VIEWER, MemberStatus.ACTIVE, T0))));

        assertThat(in(tenant, () -> users().findMember(tenant, account.id()))).map(TenantMember::role).contains(Role.OWNER);
    }

    @Test
    void membershipsOfAUserAreListedOldestFirstInsideForUser() {
        UserAccount account = newAccount();
        TenantId newer = newTenant();
        TenantId older = newTenant();
        TenantId unrelated = newTenant();
        TenantMember newerMember = join(newer, account, Role.STAFF, MemberStatus.ACTIVE, Duration.ofDays(2));
        TenantMember olderMember = join(older, account, Role.OWNER, MemberStatus.DISABLED, Duration.ofDays(1));
        join(unrelated, newAccount(), Role.OWNER, MemberStatus.ACTIVE, Duration.ZERO);

        assertThat(asUser(account.id(), () -> users().membershipsOf(account.id()))).containsExactly(olderMember, newerMember);
        UserId stranger = newUserId();
        assertThat(asUser(stranger, () -> users().membershipsOf(stranger))).isEmpty();
    }

    @Test
    void updatingAMembershipBumpsItsVersionAndAStaleOrMissingOneIsAConflict() {
        TenantId tenant = newTenant();
        UserAccount account = newAccount();
        TenantMember member = join(tenant, account, Role.STAFF, MemberStatus.ACTIVE, Duration.ZERO);
        TenantMember demoted = member.change(Role.VIEWER, MemberStatus.DISABLED, at(Duration.ofMinutes(5))).after();

        long version = in(tenant, () -> users().updateMember(demoted));

        assertThat(version).isEqualTo(2);
        TenantMember loaded = in(tenant, () -> users().findMember(tenant, account.id())).orElseThrow();
        assertThat(loaded).isEqualTo(new TenantMember(tenant, account.id(), Role.VIEWER, MemberStatus.DISABLED,
                member.createdAt(), at(Duration.ofMinutes(5)), 2));
        TenantMember stale = member.change(Role.ADMIN, null, at(Duration.ofMinutes(6))).after();
        assertConflict(() -> in(tenant, () -> users().updateMember(stale)));
        TenantMember missing = new TenantMember(tenant, newUserId(), Role.STAFF, MemberStatus.ACTIVE, T0, T0, 1);
        assertConflict(() -> in(tenant, () -> users().updateMember(missing)));
        assertThat(in(tenant, () -> users().findMember(tenant, account.id()))).contains(loaded);
    }

    @Test
    void membersOfATenantArePagedByUserIdDescendingAndScopedToTheTenant() {
        TenantId tenant = newTenant();
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(join(tenant, newAccount(), Role.STAFF, MemberStatus.ACTIVE, Duration.ofMinutes(i)).userId().value());
        }
        join(newTenant(), newAccount(), Role.OWNER, MemberStatus.ACTIVE, Duration.ZERO);

        List<UUID> served = walkPages((after, limit) -> in(tenant, () -> users().listMembers(tenant, after, limit)),
                m -> m.userId().value(), 2, () -> { });

        assertThat(served).containsExactlyElementsOf(newestFirst(created));
    }

    @Test
    void activeOwnersAreOnlyTheActiveOwnersOfTheTenant() {
        TenantId tenant = newTenant();
        TenantMember first = join(tenant, newAccount(), Role.OWNER, MemberStatus.ACTIVE, Duration.ZERO);
        TenantMember second = join(tenant, newAccount(), Role.OWNER, MemberStatus.ACTIVE, Duration.ofMinutes(1));
        join(tenant, newAccount(), Role.OWNER, MemberStatus.DISABLED, Duration.ofMinutes(2));
        join(tenant, newAccount(), Role.ADMIN, MemberStatus.ACTIVE, Duration.ofMinutes(3));
        join(newTenant(), newAccount(), Role.OWNER, MemberStatus.ACTIVE, Duration.ZERO);

        List<TenantMember> owners = in(tenant, () -> users().lockActiveOwners(tenant));

        assertThat(owners).containsExactlyInAnyOrder(first, second);
        assertThat(owners).isSortedAccordingTo(Comparator.comparing(m -> m.userId().value().toString()));
    }

    @Test
    void aRolledBackSignUpLeavesNoAccountAndNoMembership() {
        TenantId tenant = newTenant();
        UserId id = newUserId();
        UserAccount account = new UserAccount(id, "rolled." + id + "@example.com", "hash", T0);

        Throwable thrown = catchThrowable(() -> run(tenant, () -> {
            users().insert(account);
            users().insertMember(new TenantMember(tenant, id, Role.OWNER, MemberStatus.ACTIVE, T0));
            throw new IllegalStateException("roll back");
        }));

        assertThat(thrown).hasMessage("roll back");
        assertThat(global(() -> users().findByEmail(account.email()))).isEmpty();
        assertThat(in(tenant, () -> users().findMember(tenant, id))).isEmpty();
    }
}
