package io.smbhub.application.contract;

import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.domain.tenant.MemberStatus;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Contract of {@link UserAccountRepository} (global tables: called in {@code withoutTenant} transactions). */
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

    private UserAccount newAccount() {
        UserId id = newUserId();
        UserAccount account = new UserAccount(id, "user." + id + "@example.com", "pbkdf2$1$c2FsdA==$aGFzaA==",
                at(Duration.ofSeconds(42)));
        globally(() -> users().insert(account));
        return account;
    }

    @Test
    void insertedAccountIsFoundByEmailWithEveryField() {
        UserAccount account = newAccount();

        UserAccount loaded = global(() -> users().findByEmail(account.email())).orElseThrow();

        assertThat(loaded).isEqualTo(account);
        assertThat(loaded.createdAt()).isEqualTo(at(Duration.ofSeconds(42)));
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
    void membershipRoundTripsAndIsScopedToItsTenant() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        UserAccount account = newAccount();
        TenantMember member = new TenantMember(tenant, account.id(), Role.AGENT, MemberStatus.INVITED,
                at(Duration.ofHours(1)));

        globally(() -> users().insertMember(member));

        assertThat(global(() -> users().findMember(tenant, account.id()))).contains(member);
        assertThat(global(() -> users().findMember(other, account.id()))).isEmpty();
        assertThat(global(() -> users().findMember(tenant, newUserId()))).isEmpty();
    }

    @Test
    void sameUserTwiceInOneTenantIsAConflict() {
        TenantId tenant = newTenant();
        UserAccount account = newAccount();
        globally(() -> users().insertMember(new TenantMember(tenant, account.id(), Role.OWNER, MemberStatus.ACTIVE, T0)));

        assertConflict(() -> globally(() -> users().insertMember(
                new TenantMember(tenant, account.id(), Role.VIEWER, MemberStatus.ACTIVE, T0))));

        assertThat(global(() -> users().findMember(tenant, account.id()))).map(TenantMember::role).contains(Role.OWNER);
    }

    @Test
    void membershipsOfAUserAreListedOldestFirst() {
        UserAccount account = newAccount();
        TenantId newer = newTenant();
        TenantId older = newTenant();
        TenantId unrelated = newTenant();
        TenantMember newerMember = new TenantMember(newer, account.id(), Role.STAFF, MemberStatus.ACTIVE, at(Duration.ofDays(2)));
        TenantMember olderMember = new TenantMember(older, account.id(), Role.OWNER, MemberStatus.DISABLED, at(Duration.ofDays(1)));
        UserAccount someoneElse = newAccount();
        globally(() -> {
            users().insertMember(newerMember);
            users().insertMember(olderMember);
            users().insertMember(new TenantMember(unrelated, someoneElse.id(), Role.OWNER, MemberStatus.ACTIVE, T0));
        });

        assertThat(global(() -> users().membershipsOf(account.id()))).containsExactly(olderMember, newerMember);
        assertThat(global(() -> users().membershipsOf(newUserId()))).isEmpty();
    }

    @Test
    void aRolledBackSignUpLeavesNoAccountAndNoMembership() {
        TenantId tenant = newTenant();
        UserId id = newUserId();
        UserAccount account = new UserAccount(id, "rolled." + id + "@example.com", "hash", T0);

        Throwable thrown = catchThrowable(() -> globally(() -> {
            users().insert(account);
            users().insertMember(new TenantMember(tenant, id, Role.OWNER, MemberStatus.ACTIVE, T0));
            throw new IllegalStateException("roll back");
        }));

        assertThat(thrown).hasMessage("roll back");
        assertThat(global(() -> users().findByEmail(account.email()))).isEmpty();
        assertThat(global(() -> users().findMember(tenant, id))).isEmpty();
    }
}
