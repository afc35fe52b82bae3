package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

@DisplayName("Team rules: owners guard ownership, the last owner stays, nobody changes their own membership")
class TeamPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final TenantId TENANT = new TenantId(UUID.randomUUID());
    private static final UserId ME = new UserId(UUID.randomUUID());
    private static final UserId OTHER = new UserId(UUID.randomUUID());

    private static TenantMember member(UserId user, Role role, MemberStatus status) {
        return new TenantMember(TENANT, user, role, status, NOW, NOW, 3);
    }

    /** "ok", or the error code the change is refused with. */
    private static String outcome(UserId target, Role acting, Role targetRole, MemberStatus targetStatus,
                                  Role newRole, MemberStatus newStatus, long activeOwners) {
        Throwable thrown = catchThrowable(() -> TeamPolicy.checkChange(ME, acting,
                member(target, targetRole, targetStatus), newRole, newStatus, activeOwners));
        return thrown == null ? "ok" : ((DomainException) thrown).code().name();
    }

    @ParameterizedTest(name = "{0} changes another {1}/{2} to {3}/{4} with {5} active owners: {6}")
    @CsvSource(nullValues = "-", value = {
            // ADMIN manages everyone below OWNER
            "ADMIN, STAFF, ACTIVE, VIEWER, -, 1, ok",
            "ADMIN, VIEWER, ACTIVE, ADMIN, -, 1, ok",
            "ADMIN, AGENT, ACTIVE, -, DISABLED, 1, ok",
            "ADMIN, AGENT, DISABLED, -, ACTIVE, 1, ok",
            // ... but never creates, demotes or disables an OWNER
            "ADMIN, STAFF, ACTIVE, OWNER, -, 1, FORBIDDEN",
            "ADMIN, OWNER, ACTIVE, ADMIN, -, 2, FORBIDDEN",
            "ADMIN, OWNER, ACTIVE, -, DISABLED, 2, FORBIDDEN",
            "ADMIN, OWNER, DISABLED, -, ACTIVE, 1, FORBIDDEN",
            // an OWNER may do all of that while another active owner remains
            "OWNER, STAFF, ACTIVE, OWNER, -, 1, ok",
            "OWNER, OWNER, ACTIVE, ADMIN, -, 2, ok",
            "OWNER, OWNER, ACTIVE, -, DISABLED, 2, ok",
            "OWNER, OWNER, DISABLED, -, ACTIVE, 1, ok",
            "OWNER, OWNER, DISABLED, VIEWER, -, 1, ok",
            // the last active owner stays an active owner
            "OWNER, OWNER, ACTIVE, ADMIN, -, 1, CONFLICT",
            "OWNER, OWNER, ACTIVE, -, DISABLED, 1, CONFLICT",
            "OWNER, OWNER, ACTIVE, VIEWER, DISABLED, 1, CONFLICT",
            // nothing changes: always fine
            "ADMIN, OWNER, ACTIVE, OWNER, ACTIVE, 1, ok",
            "ADMIN, STAFF, ACTIVE, -, -, 1, ok",
    })
    void changesOfAnotherMember(Role acting, Role targetRole, MemberStatus targetStatus, Role newRole,
                                MemberStatus newStatus, long activeOwners, String expected) {
        assertThat(outcome(OTHER, acting, targetRole, targetStatus, newRole, newStatus, activeOwners)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} changes own membership to {1}/{2} with {3} active owners: {4}")
    @CsvSource(nullValues = "-", value = {
            "OWNER, ADMIN, -, 2, ok",
            "OWNER, STAFF, -, 3, ok",
            "OWNER, ADMIN, -, 1, CONFLICT",
            "OWNER, -, DISABLED, 2, FORBIDDEN",
            "OWNER, -, DISABLED, 1, CONFLICT",
            "ADMIN, STAFF, -, 1, FORBIDDEN",
            "ADMIN, OWNER, -, 1, FORBIDDEN",
            "ADMIN, -, DISABLED, 1, FORBIDDEN",
            "ADMIN, ADMIN, ACTIVE, 1, ok",
    })
    void changesOfOnesOwnMembership(Role acting, Role newRole, MemberStatus newStatus, long activeOwners, String expected) {
        assertThat(outcome(ME, acting, acting, MemberStatus.ACTIVE, newRole, newStatus, activeOwners)).isEqualTo(expected);
    }

    @Test
    void theLastOwnerRefusalSaysWhatToDoInstead() {
        assertThatThrownBy(() -> TeamPolicy.checkChange(OTHER, Role.OWNER, member(ME, Role.OWNER, MemberStatus.ACTIVE),
                Role.ADMIN, null, 1))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage())
                        .contains("last active OWNER").contains("make another member OWNER first"));
    }

    @ParameterizedTest(name = "{0} invites {1}: {2}")
    @CsvSource({"OWNER, OWNER, ok", "OWNER, ADMIN, ok", "ADMIN, ADMIN, ok", "ADMIN, VIEWER, ok", "ADMIN, OWNER, FORBIDDEN"})
    void onlyAnOwnerInvitesAnOwner(Role acting, Role invited, String expected) {
        Throwable thrown = catchThrowable(() -> TeamPolicy.checkInvite(acting, invited));
        assertThat(thrown == null ? "ok" : ((DomainException) thrown).code().name()).isEqualTo(expected);
    }

    @Test
    void aChangeRecordsOneEventPerChangedAttributeAndKeepsTheLoadedVersion() {
        TenantMember before = member(OTHER, Role.STAFF, MemberStatus.ACTIVE);

        MemberChange change = before.change(Role.VIEWER, MemberStatus.DISABLED, NOW.plusSeconds(30));

        assertThat(change.after()).isEqualTo(new TenantMember(TENANT, OTHER, Role.VIEWER, MemberStatus.DISABLED, NOW,
                NOW.plusSeconds(30), 3));
        assertThat(change.events()).extracting(MemberEvent::action).containsExactly("member.role_changed", "member.disabled");
        assertThat(change.events().get(0)).isEqualTo(new MemberEvent.MemberRoleChanged(OTHER, Role.STAFF, Role.VIEWER, NOW.plusSeconds(30)));
        assertThat(before.change(Role.STAFF, MemberStatus.ACTIVE, NOW).changed()).isFalse();
        assertThat(change.after().change(null, MemberStatus.ACTIVE, NOW).events()).extracting(MemberEvent::action)
                .containsExactly("member.enabled");
    }

    @Test
    void aMembershipCannotGoBackToInvited() {
        assertThatThrownBy(() -> member(OTHER, Role.STAFF, MemberStatus.ACTIVE).change(null, MemberStatus.INVITED, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
    }

    @Test
    void joiningMakesAnActiveMemberAndRecordsMemberJoined() {
        MemberChange joined = TenantMember.join(TENANT, OTHER, Role.AGENT, NOW);

        assertThat(joined.before()).isNull();
        assertThat(joined.after().isActive()).isTrue();
        assertThat(joined.after().version()).isZero();
        assertThat(joined.events()).containsExactly(new MemberEvent.MemberJoined(OTHER, Role.AGENT, NOW));
    }
}
