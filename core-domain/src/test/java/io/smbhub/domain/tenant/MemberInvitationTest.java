package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A member invitation expires after 7 days, is accepted at most once, and can be revoked while pending")
class MemberInvitationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final UserId INVITER = new UserId(UUID.randomUUID());
    private static final UserId INVITEE = new UserId(UUID.randomUUID());

    private static MemberInvitation invitation() {
        return MemberInvitation.create(new InvitationId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                " New.Person@Example.COM ", Role.STAFF, "ab12", INVITER, NOW);
    }

    @Test
    void aNewInvitationIsPendingForSevenDaysWithTheEmailNormalisedAndRecordsMemberInvited() {
        MemberInvitation i = invitation();

        assertThat(i.status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(i.email()).isEqualTo("new.person@example.com");
        assertThat(i.expiresAt()).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
        assertThat(i.invitedBy()).isEqualTo(INVITER);
        assertThat(i.pullEvents()).singleElement().isInstanceOfSatisfying(InvitationEvent.MemberInvited.class, e -> {
            assertThat(e.action()).isEqualTo("member.invited");
            assertThat(e.role()).isEqualTo(Role.STAFF);
            assertThat(e.email()).isEqualTo("new.person@example.com");
        });
    }

    @Test
    void missingOrMalformedEmailAndMissingRoleAreReportedTogether() {
        assertThatThrownBy(() -> MemberInvitation.create(new InvitationId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                "not-an-email", null, "ab12", INVITER, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details()).extracting(FieldError::field).containsExactlyInAnyOrder("email", "role");
                });
        assertThatThrownBy(() -> MemberInvitation.create(new InvitationId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                "  ", Role.VIEWER, "ab12", INVITER, NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.details()).extracting(FieldError::field).containsExactly("email"));
    }

    @ParameterizedTest(name = "{0} after creation: acceptable = {1}")
    @CsvSource({"PT0S, true", "PT1H, true", "P6DT23H59M59S, true", "P7D, false", "P30D, false"})
    void expiresExactlySevenDaysAfterCreation(Duration after, boolean acceptable) {
        MemberInvitation i = invitation();

        assertThat(i.isAcceptable(NOW.plus(after))).isEqualTo(acceptable);
        assertThat(i.isExpired(NOW.plus(after))).isEqualTo(!acceptable);
    }

    @Test
    void acceptingMarksItAcceptedByTheInviteeOnce() {
        MemberInvitation i = invitation();
        i.pullEvents();

        i.accept(INVITEE, NOW.plusSeconds(60));

        assertThat(i.status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(i.acceptedBy()).isEqualTo(INVITEE);
        assertThat(i.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(i.isAcceptable(NOW.plusSeconds(61))).isFalse();
        assertThat(i.pullEvents()).singleElement().extracting(InvitationEvent::action).isEqualTo("invitation.accepted");
        assertThatThrownBy(() -> i.accept(new UserId(UUID.randomUUID()), NOW.plusSeconds(120)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
        assertThat(i.acceptedBy()).isEqualTo(INVITEE);
    }

    @Test
    void anExpiredInvitationCannotBeAccepted() {
        MemberInvitation i = invitation();

        assertThatThrownBy(() -> i.accept(INVITEE, NOW.plus(MemberInvitation.VALIDITY)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION);
                    assertThat(e.getMessage()).contains("expired at 2026-03-09T09:00:00Z");
                });
        assertThat(i.status()).isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void aRevokedInvitationCannotBeAcceptedNorRevokedAgain() {
        MemberInvitation i = invitation();
        i.pullEvents();

        i.revoke(NOW.plusSeconds(5));

        assertThat(i.status()).isEqualTo(InvitationStatus.REVOKED);
        assertThat(i.pullEvents()).singleElement().extracting(InvitationEvent::action).isEqualTo("invitation.revoked");
        assertThatThrownBy(() -> i.accept(INVITEE, NOW.plusSeconds(10))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> i.revoke(NOW.plusSeconds(10)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
    }

    @Test
    void anExpiredPendingInvitationCanStillBeRevokedButAnAcceptedOneCannot() {
        MemberInvitation expired = invitation();
        expired.revoke(NOW.plus(Duration.ofDays(10)));
        assertThat(expired.status()).isEqualTo(InvitationStatus.REVOKED);

        MemberInvitation accepted = invitation();
        accepted.accept(INVITEE, NOW);
        assertThatThrownBy(() -> accepted.revoke(NOW.plusSeconds(1))).isInstanceOf(DomainException.class);
        assertThat(accepted.status()).isEqualTo(InvitationStatus.ACCEPTED);
    }

    @ParameterizedTest(name = "invitation {0} → {1}: {2}")
    @CsvSource({"PENDING, ACCEPTED, true", "PENDING, REVOKED, true", "ACCEPTED, REVOKED, false",
            "REVOKED, ACCEPTED, false", "ACCEPTED, PENDING, false", "REVOKED, PENDING, false"})
    void transitionTable(InvitationStatus from, InvitationStatus to, boolean allowed) {
        assertThat(InvitationStatus.TRANSITIONS.allows(from, to)).isEqualTo(allowed);
    }
}
