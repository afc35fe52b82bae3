package io.smbhub.application.service;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.audit.AuditEntryView;
import io.smbhub.application.port.in.audit.AuditQueries;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.application.port.in.identity.LogInCommand;
import io.smbhub.application.port.in.identity.SignUpCommand;
import io.smbhub.application.port.in.member.AcceptInvitationCommand;
import io.smbhub.application.port.in.member.InvitationView;
import io.smbhub.application.port.in.member.InviteMemberCommand;
import io.smbhub.application.port.in.member.IssuedInvitation;
import io.smbhub.application.port.in.member.MemberView;
import io.smbhub.application.port.in.member.UpdateMemberCommand;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.InvitationId;
import io.smbhub.domain.tenant.InvitationStatus;
import io.smbhub.domain.tenant.MemberInvitation;
import io.smbhub.domain.tenant.MemberStatus;
import io.smbhub.domain.tenant.Role;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

@DisplayName("Team management: invitations, live roles and the rules of who may change whom (spec 2.2, 4.2.3)")
class TeamManagementTest {

    private final CoreFixture f = new CoreFixture();

    private static DomainException refused(ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        DomainException e = (DomainException) thrown;
        assertThat(e.code()).as("code of: %s", e.getMessage()).isEqualTo(code);
        return e;
    }

    private IssuedInvitation invite(Actor by, String email, Role role) {
        return f.core.inviteMember().invite(by, new InviteMemberCommand(email, role));
    }

    private Identity accept(IssuedInvitation invitation, String password) {
        return f.core.acceptInvitation().accept(new AcceptInvitationCommand(invitation.token(), password, "req_accept"));
    }

    private MemberView change(Actor by, UserId user, Role role, MemberStatus status) {
        return f.core.updateMember().update(by, new UpdateMemberCommand(user, role, status, null));
    }

    private List<String> auditActions(String entityType, UUID entityId) {
        return audit(entityType, entityId).stream().map(AuditEntryView::action).toList();
    }

    private List<AuditEntryView> audit(String entityType, UUID entityId) {
        return f.core.auditQueries().list(f.owner, new AuditQueries.ListQuery(entityType, entityId, null, null, null, null,
                PageRequest.first())).items();
    }

    private static Actor actor(Identity id) {
        return new Actor(id.tenantId(), id.userId(), id.role(), "req_test");
    }

    @Test
    void anInviteeWithoutAnAccountAcceptsWithANewPasswordAndCanLogIn() {
        IssuedInvitation issued = invite(f.owner, "New.Hire@Plumbing.test", Role.STAFF);

        assertThat(issued.token()).startsWith(f.owner.tenantId() + ".").hasSize(36 + 1 + 43);
        assertThat(issued.invitation().status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(issued.invitation().email()).isEqualTo("new.hire@plumbing.test");
        assertThat(issued.invitation().expiresAt()).isEqualTo(f.hub.clock().now().plus(Duration.ofDays(7)));

        Identity joined = accept(issued, "new-hire-pass");

        assertThat(joined.tenantId()).isEqualTo(f.owner.tenantId());
        assertThat(joined.role()).isEqualTo(Role.STAFF);
        Identity login = f.core.logIn().logIn("new.hire@plumbing.test", "new-hire-pass");
        assertThat(login).isEqualTo(joined);
        assertThat(f.core.currentMember().current(joined.tenantId(), joined.userId())).isEqualTo(joined);
        assertThat(f.core.memberQueries().list(f.owner, PageRequest.first()).items())
                .extracting(MemberView::email, MemberView::role, MemberView::status)
                .contains(tuple("new.hire@plumbing.test", Role.STAFF, MemberStatus.ACTIVE));
        InvitationView after = f.core.invitationQueries().get(f.owner, new InvitationId(issued.invitation().id()));
        assertThat(after.status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(after.acceptedBy()).isEqualTo(joined.userId().value());
        assertThat(auditActions("invitation", issued.invitation().id())).containsExactly("invitation.accepted", "member.invited");
        List<AuditEntryView> memberAudit = audit("member", joined.userId().value());
        assertThat(memberAudit).extracting(AuditEntryView::action).containsExactly("member.joined");
        assertThat(memberAudit.get(0).actorUserId()).isEqualTo(joined.userId().value());
        assertThat(memberAudit.get(0).requestId()).isEqualTo("req_accept");
        assertThat(memberAudit.get(0).after()).containsEntry("role", "STAFF").containsEntry("status", "ACTIVE");
    }

    @Test
    void anInviteeWithAnAccountProvesItWithItsPasswordAndThenChoosesTheBusinessAtLogin() {
        Identity elsewhere = f.core.signUp().signUp(new SignUpCommand("Other Co", "general", "consultant@other.test",
                "consultant-pass", "UTC", "USD"));
        f.hub.clock().advance(Duration.ofMinutes(1));
        IssuedInvitation issued = invite(f.owner, "consultant@other.test", Role.AGENT);

        DomainException wrong = refused(() -> accept(issued, "not-the-password"), ErrorCode.UNAUTHORIZED);
        assertThat(wrong.getMessage()).contains("already exists").contains("enter its password");
        Identity joined = accept(issued, "consultant-pass");

        assertThat(joined.userId()).isEqualTo(elsewhere.userId());
        assertThat(joined).isEqualTo(new Identity(f.owner.tenantId(), elsewhere.userId(), Role.AGENT));
        assertThat(f.core.logIn().logIn("consultant@other.test", "consultant-pass"))
                .as("the oldest active membership by default").isEqualTo(elsewhere);
        assertThat(f.core.logIn().logIn(new LogInCommand("consultant@other.test", "consultant-pass", f.owner.tenantId())))
                .isEqualTo(joined);
        refused(() -> f.core.logIn().logIn(new LogInCommand("consultant@other.test", "consultant-pass",
                new TenantId(UUID.randomUUID()))), ErrorCode.UNAUTHORIZED);
    }

    @Test
    void everyUnusableTokenGetsTheSameNotFoundAnswer() {
        IssuedInvitation accepted = invite(f.owner, "accepted@plumbing.test", Role.VIEWER);
        accept(accepted, "viewer-pass-1");
        IssuedInvitation revoked = invite(f.owner, "revoked@plumbing.test", Role.VIEWER);
        f.core.revokeInvitation().revoke(f.owner, new InvitationId(revoked.invitation().id()));
        IssuedInvitation expired = invite(f.owner, "late@plumbing.test", Role.VIEWER);
        IssuedInvitation stillValid = invite(f.owner, "fine@plumbing.test", Role.VIEWER);
        String secret = stillValid.token().substring(37);
        f.hub.clock().advance(Duration.ofDays(7));

        List<String> tokens = List.of(accepted.token(), revoked.token(), expired.token(), stillValid.token(),
                "", "garbage", f.owner.tenantId() + ".", f.owner.tenantId() + "." + "A".repeat(43),
                UUID.randomUUID() + "." + secret, f.owner.tenantId() + "." + secret + "x", "../" + stillValid.token());
        for (String token : tokens) {
            DomainException e = refused(() -> f.core.acceptInvitation().accept(new AcceptInvitationCommand(token,
                    "whatever-pass", null)), ErrorCode.NOT_FOUND);
            assertThat(e.getMessage()).as(token).isEqualTo("This invitation link is invalid or has expired");
        }
        refused(() -> f.core.acceptInvitation().accept(new AcceptInvitationCommand(null, "whatever-pass", null)),
                ErrorCode.NOT_FOUND);
        refused(() -> f.core.logIn().logIn("late@plumbing.test", "whatever-pass"), ErrorCode.UNAUTHORIZED);
    }

    @Test
    void reinvitingAPendingEmailRevokesTheOldInvitationAndInvitingAMemberIsAConflict() {
        IssuedInvitation first = invite(f.owner, "twice@plumbing.test", Role.VIEWER);
        IssuedInvitation second = invite(f.owner, "twice@plumbing.test", Role.STAFF);

        assertThat(f.core.invitationQueries().get(f.owner, new InvitationId(first.invitation().id())).status())
                .isEqualTo(InvitationStatus.REVOKED);
        assertThat(auditActions("invitation", first.invitation().id())).containsExactly("invitation.revoked", "member.invited");
        refused(() -> accept(first, "twice-pass-1"), ErrorCode.NOT_FOUND);
        assertThat(accept(second, "twice-pass-1").role()).isEqualTo(Role.STAFF);

        DomainException conflict = refused(() -> invite(f.owner, "twice@plumbing.test", Role.ADMIN), ErrorCode.CONFLICT);
        assertThat(conflict.getMessage()).isEqualTo("twice@plumbing.test is already a member of this business");
        refused(() -> invite(f.owner, "owner@plumbing.test", Role.ADMIN), ErrorCode.CONFLICT);
    }

    @Test
    void invitationsCarryNoTokenWhenListedAndOnlyOwnersAndAdminsManageThem() {
        invite(f.owner, "listed@plumbing.test", Role.VIEWER);
        Actor admin = f.member(Role.ADMIN);
        Actor staff = f.member(Role.STAFF);

        assertThat(f.core.invitationQueries().list(admin, InvitationStatus.PENDING, PageRequest.first()).items())
                .extracting(InvitationView::email).containsExactly("listed@plumbing.test");
        for (Actor refusedActor : List.of(staff, f.member(Role.AGENT), f.member(Role.VIEWER))) {
            refused(() -> invite(refusedActor, "x@plumbing.test", Role.VIEWER), ErrorCode.FORBIDDEN);
            refused(() -> f.core.memberQueries().list(refusedActor, PageRequest.first()), ErrorCode.FORBIDDEN);
            refused(() -> change(refusedActor, staff.userId(), Role.VIEWER, null), ErrorCode.FORBIDDEN);
        }
    }

    @Test
    void theLastActiveOwnerCanNeitherBeDemotedNorDisabledUntilAnotherOwnerExists() {
        Actor admin = f.member(Role.ADMIN);

        DomainException demote = refused(() -> change(f.owner, f.owner.userId(), Role.ADMIN, null), ErrorCode.CONFLICT);
        assertThat(demote.getMessage()).contains("last active OWNER");
        refused(() -> change(f.owner, f.owner.userId(), null, MemberStatus.DISABLED), ErrorCode.CONFLICT);

        change(f.owner, admin.userId(), Role.OWNER, null);
        MemberView steppedDown = change(f.owner, f.owner.userId(), Role.ADMIN, null);

        assertThat(steppedDown.role()).isEqualTo(Role.ADMIN);
        assertThat(f.core.currentMember().current(f.owner.tenantId(), f.owner.userId()).role()).isEqualTo(Role.ADMIN);
        Actor newOwner = new Actor(admin.tenantId(), admin.userId(), Role.OWNER, "req");
        refused(() -> change(newOwner, newOwner.userId(), Role.ADMIN, null), ErrorCode.CONFLICT);
    }

    @Test
    void anAdminCannotCreateChangeOrRemoveOwners() {
        Actor admin = f.member(Role.ADMIN);
        Actor staff = f.member(Role.STAFF);

        refused(() -> invite(admin, "boss@plumbing.test", Role.OWNER), ErrorCode.FORBIDDEN);
        refused(() -> change(admin, staff.userId(), Role.OWNER, null), ErrorCode.FORBIDDEN);
        refused(() -> change(admin, f.owner.userId(), null, MemberStatus.DISABLED), ErrorCode.FORBIDDEN);
        refused(() -> change(admin, admin.userId(), Role.STAFF, null), ErrorCode.FORBIDDEN);
        assertThat(change(admin, staff.userId(), Role.ADMIN, null).role()).isEqualTo(Role.ADMIN);
        assertThat(f.core.memberQueries().get(f.owner, f.owner.userId()).role()).isEqualTo(Role.OWNER);
    }

    @Test
    void aDisabledMemberIsRefusedOnTheNextCallAndAtLoginUntilEnabledAgain() {
        Identity joined = accept(invite(f.owner, "temp@plumbing.test", Role.STAFF), "temp-pass-1");

        MemberView disabled = change(f.owner, joined.userId(), null, MemberStatus.DISABLED);

        assertThat(disabled.status()).isEqualTo(MemberStatus.DISABLED);
        refused(() -> f.core.currentMember().current(joined.tenantId(), joined.userId()), ErrorCode.UNAUTHORIZED);
        refused(() -> f.core.logIn().logIn("temp@plumbing.test", "temp-pass-1"), ErrorCode.UNAUTHORIZED);
        DomainException again = refused(() -> invite(f.owner, "temp@plumbing.test", Role.STAFF), ErrorCode.CONFLICT);
        assertThat(again.getMessage()).contains("DISABLED member");

        change(f.owner, joined.userId(), null, MemberStatus.ACTIVE);
        assertThat(f.core.currentMember().current(joined.tenantId(), joined.userId()).role()).isEqualTo(Role.STAFF);
        assertThat(auditActions("member", joined.userId().value()))
                .containsExactly("member.enabled", "member.disabled", "member.joined");
        refused(() -> f.core.currentMember().current(joined.tenantId(), new UserId(UUID.randomUUID())), ErrorCode.UNAUTHORIZED);
    }

    @Test
    void aRoleChangeIsAuditedWithBeforeAndAfterAndEffectiveOnTheNextCall() {
        Actor staff = f.member(Role.STAFF);
        MemberView before = f.core.memberQueries().get(f.owner, staff.userId());

        MemberView after = f.core.updateMember().update(f.owner,
                new UpdateMemberCommand(staff.userId(), Role.VIEWER, null, before.version()));

        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.updatedAt()).isEqualTo(f.hub.clock().now());
        assertThat(f.core.currentMember().current(staff.tenantId(), staff.userId()).role()).isEqualTo(Role.VIEWER);
        AuditEntryView entry = audit("member", staff.userId().value()).get(0);
        assertThat(entry.action()).isEqualTo("member.role_changed");
        assertThat(entry.actorUserId()).isEqualTo(f.owner.userId().value());
        assertThat(entry.before()).containsEntry("role", "STAFF");
        assertThat(entry.after()).containsEntry("role", "VIEWER");
        assertThat(entry.changedFields()).contains("role", "version");
        refused(() -> f.core.updateMember().update(f.owner,
                new UpdateMemberCommand(staff.userId(), Role.STAFF, null, before.version())), ErrorCode.CONFLICT);
        refused(() -> change(f.owner, new UserId(UUID.randomUUID()), Role.STAFF, null), ErrorCode.NOT_FOUND);
    }

    @Test
    void anInvitationExpiresSevenDaysAfterItWasCreated() {
        IssuedInvitation issued = invite(f.owner, "soon@plumbing.test", Role.VIEWER);
        f.hub.clock().advance(MemberInvitation.VALIDITY.minusSeconds(1));

        assertThat(f.core.invitationQueries().get(f.owner, new InvitationId(issued.invitation().id())).expired()).isFalse();
        assertThat(accept(issued, "soon-pass-1").role()).isEqualTo(Role.VIEWER);
    }
}
