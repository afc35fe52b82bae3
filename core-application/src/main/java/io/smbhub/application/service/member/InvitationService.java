package io.smbhub.application.service.member;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.application.port.in.member.AcceptInvitationCommand;
import io.smbhub.application.port.in.member.AcceptInvitationUseCase;
import io.smbhub.application.port.in.member.InvitationQueries;
import io.smbhub.application.port.in.member.InvitationView;
import io.smbhub.application.port.in.member.InviteMemberCommand;
import io.smbhub.application.port.in.member.InviteMemberUseCase;
import io.smbhub.application.port.in.member.IssuedInvitation;
import io.smbhub.application.port.in.member.MemberView;
import io.smbhub.application.port.in.member.RevokeInvitationUseCase;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.MemberInvitationRepository;
import io.smbhub.application.port.out.PasswordHasher;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TokenGenerator;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.application.service.identity.PasswordRules;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Cursors;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.shared.Validation;
import io.smbhub.domain.tenant.InvitationId;
import io.smbhub.domain.tenant.InvitationStatus;
import io.smbhub.domain.tenant.MemberChange;
import io.smbhub.domain.tenant.MemberInvitation;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.tenant.TeamPolicy;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;

import java.time.Instant;

/**
 * Member invitations (spec smb-hub-prd.md 2.2 "Manage team & roles", 4.2.3): invite by email with a one-time
 * token valid for {@link MemberInvitation#VALIDITY}, list, revoke, and accept (public, the token is the
 * credential). The token is {@code <tenant uuid>.<secret>}: acceptance binds that tenant first and looks up the
 * SHA-256 hash there, so no lookup crosses tenants under row-level security. Managing requires
 * {@link Permission#MANAGE_TEAM}.
 */
public final class InvitationService implements InviteMemberUseCase, RevokeInvitationUseCase, InvitationQueries,
        AcceptInvitationUseCase {

    static final String ENTITY = "invitation";
    /** The one answer for every token that cannot be accepted, so tokens cannot be probed. */
    static final String INVALID_LINK = "This invitation link is invalid or has expired";

    private final MemberInvitationRepository invitations;
    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final TokenGenerator tokens;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;
    private final Auditor auditor;

    public InvitationService(MemberInvitationRepository invitations, UserAccountRepository users, PasswordHasher hasher,
                             TokenGenerator tokens, TransactionRunner tx, TimeSource clock, IdGenerator ids,
                             Auditor auditor) {
        this.invitations = invitations;
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
        this.auditor = auditor;
    }

    @Override
    public IssuedInvitation invite(Actor actor, InviteMemberCommand c) {
        Access.require(actor, Permission.MANAGE_TEAM);
        TeamPolicy.checkInvite(actor.role(), c.role());
        TenantId tenant = actor.tenantId();
        String token = InvitationTokens.token(tenant, tokens.newToken());
        Instant now = clock.now();
        MemberInvitation invitation = MemberInvitation.create(new InvitationId(ids.newId()), tenant, c.email(), c.role(),
                InvitationTokens.hash(token), actor.userId(), now);
        return tx.inTenant(tenant, () -> {
            users.findByEmail(invitation.email()).flatMap(a -> users.findMember(tenant, a.id()))
                    .ifPresent(m -> {
                        throw new DomainException(ErrorCode.CONFLICT, m.isActive()
                                ? invitation.email() + " is already a member of this business"
                                : invitation.email() + " is a " + m.status() + " member of this business; change their status instead of inviting them");
                    });
            for (MemberInvitation previous : invitations.findPending(tenant, invitation.email())) {
                InvitationView before = InvitationView.of(previous, previous.version(), now);
                previous.revoke(now);
                long version = invitations.save(previous);
                auditor.record(actor, ENTITY, previous.id().value(), before, InvitationView.of(previous, version, now),
                        previous.pullEvents());
            }
            long version = invitations.save(invitation);
            InvitationView view = InvitationView.of(invitation, version, now);
            auditor.record(actor, ENTITY, invitation.id().value(), null, view, invitation.pullEvents());
            return new IssuedInvitation(view, token);
        });
    }

    @Override
    public InvitationView revoke(Actor actor, InvitationId id) {
        Access.require(actor, Permission.MANAGE_TEAM);
        return tx.inTenant(actor.tenantId(), () -> {
            Instant now = clock.now();
            MemberInvitation invitation = load(actor, id);
            InvitationView before = InvitationView.of(invitation, invitation.version(), now);
            invitation.revoke(now);
            long version = invitations.save(invitation);
            InvitationView after = InvitationView.of(invitation, version, now);
            auditor.record(actor, ENTITY, id.value(), before, after, invitation.pullEvents());
            return after;
        });
    }

    @Override
    public Page<InvitationView> list(Actor actor, InvitationStatus status, PageRequest page) {
        Access.require(actor, Permission.MANAGE_TEAM);
        Instant now = clock.now();
        return tx.inTenant(actor.tenantId(), () -> Cursors.page(page,
                (after, limit) -> invitations.list(actor.tenantId(), status, after, limit),
                i -> i.id().value(), i -> InvitationView.of(i, i.version(), now)));
    }

    @Override
    public InvitationView get(Actor actor, InvitationId id) {
        Access.require(actor, Permission.MANAGE_TEAM);
        return tx.inTenant(actor.tenantId(), () -> {
            MemberInvitation invitation = load(actor, id);
            return InvitationView.of(invitation, invitation.version(), clock.now());
        });
    }

    /**
     * Two short transactions around the slow password work: the first finds the acceptable invitation and the
     * invitee's account, the second re-checks the invitation and commits account, membership, invitation and
     * audit together.
     */
    @Override
    public Identity accept(AcceptInvitationCommand c) {
        TenantId tenant = InvitationTokens.tenantOf(c.token()).orElseThrow(InvitationService::invalidLink);
        String hash = InvitationTokens.hash(c.token());
        UserAccount existing = tx.inTenant(tenant, () -> {
            MemberInvitation invitation = acceptable(tenant, hash, clock.now());
            return users.findByEmail(invitation.email()).orElse(null);
        });
        String newPasswordHash = null;
        if (existing != null) {
            if (c.password() == null || !hasher.verify(c.password(), existing.passwordHash())) {
                throw new DomainException(ErrorCode.UNAUTHORIZED, "An account with email " + existing.email()
                        + " already exists; enter its password to accept the invitation");
            }
        } else {
            Validation v = new Validation();
            PasswordRules.check(v, c.password());
            v.throwIfAny("Choose a password for your new account");
            newPasswordHash = hasher.hash(c.password());
        }
        String passwordHash = newPasswordHash;
        return tx.inTenant(tenant, () -> {
            Instant now = clock.now();
            MemberInvitation invitation = acceptable(tenant, hash, now);
            UserAccount account = users.findByEmail(invitation.email()).orElse(null);
            boolean sameAccount = existing == null ? account == null : account != null && account.id().equals(existing.id());
            if (!sameAccount) {
                throw new DomainException(ErrorCode.CONFLICT, "The account of " + invitation.email()
                        + " changed while the invitation was being accepted; try again");
            }
            if (account == null) {
                account = new UserAccount(new UserId(ids.newId()), invitation.email(), passwordHash, now);
                users.insert(account);
            }
            UserId user = account.id();
            if (users.findMember(tenant, user).isPresent()) {
                throw new DomainException(ErrorCode.CONFLICT,
                        "You are already a member of this business; log in instead");
            }
            Actor invitee = new Actor(tenant, user, invitation.role(), c.requestId());
            InvitationView before = InvitationView.of(invitation, invitation.version(), now);
            invitation.accept(user, now);
            long version = invitations.save(invitation);
            auditor.record(invitee, ENTITY, invitation.id().value(), before, InvitationView.of(invitation, version, now),
                    invitation.pullEvents());
            MemberChange joined = TenantMember.join(tenant, user, invitation.role(), now);
            users.insertMember(joined.after());
            auditor.record(invitee, MemberService.ENTITY, user.value(), null, MemberView.of(joined.after(), account, 1),
                    joined.events());
            return new Identity(tenant, user, invitation.role());
        });
    }

    private MemberInvitation acceptable(TenantId tenant, String hash, Instant now) {
        return invitations.findByTokenHash(tenant, hash).filter(i -> i.isAcceptable(now))
                .orElseThrow(InvitationService::invalidLink);
    }

    private MemberInvitation load(Actor actor, InvitationId id) {
        return invitations.findById(actor.tenantId(), id).orElseThrow(() -> DomainException.notFound("Invitation", id));
    }

    private static DomainException invalidLink() {
        return new DomainException(ErrorCode.NOT_FOUND, INVALID_LINK);
    }
}
