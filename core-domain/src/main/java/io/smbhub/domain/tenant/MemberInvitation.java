package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.AggregateRoot;
import io.smbhub.domain.shared.ContactPoints;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.shared.Validation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An invitation to join a tenant with a role, sent by email (spec smb-hub-prd.md 2.2 "Manage team & roles").
 * It carries only the SHA-256 hash of its one-time token (the token itself is shown once, to the inviter), is
 * valid for {@link #VALIDITY} from creation, and moves PENDING → ACCEPTED (once) or PENDING → REVOKED through
 * {@link InvitationStatus#TRANSITIONS}. Times are UTC.
 */
public final class MemberInvitation extends AggregateRoot<InvitationEvent> {

    /** How long an invitation can be accepted after it was created. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    private final InvitationId id;
    private final TenantId tenantId;
    private final String email;
    private final Role role;
    private final String tokenHash;
    private InvitationStatus status;
    private final Instant expiresAt;
    private final UserId invitedBy;
    private UserId acceptedBy;
    private final Instant createdAt;
    private Instant updatedAt;

    private MemberInvitation(InvitationId id, TenantId tenantId, String email, Role role, String tokenHash,
                             InvitationStatus status, Instant expiresAt, UserId invitedBy, UserId acceptedBy,
                             Instant createdAt, Instant updatedAt, long version) {
        super(version);
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.email = Objects.requireNonNull(email, "email");
        this.role = Objects.requireNonNull(role, "role");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.status = Objects.requireNonNull(status, "status");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.invitedBy = invitedBy;
        this.acceptedBy = acceptedBy;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A new PENDING invitation of {@code email} (normalised to lower case) as {@code role}, expiring
     * {@link #VALIDITY} after {@code at}; records {@code member.invited}. Errors: {@code VALIDATION_ERROR} on
     * {@code email} (missing or malformed) or {@code role} (missing).
     *
     * @param tokenHash SHA-256 of the one-time token, as the application encodes it (e.g. lower-case hex)
     */
    public static MemberInvitation create(InvitationId id, TenantId tenantId, String email, Role role, String tokenHash,
                                          UserId invitedBy, Instant at) {
        Validation v = new Validation();
        String[] normalised = new String[1];
        v.capture("", () -> normalised[0] = ContactPoints.email(email, "email"));
        v.check(normalised[0] == null && !v.hasErrors(), "email", "Email of the person to invite is required")
                .check(role == null, "role", "Role is required; choose one of OWNER, ADMIN, STAFF, AGENT, VIEWER")
                .throwIfAny("Invitation details are invalid");
        if (tokenHash == null || tokenHash.isBlank()) {
            throw new IllegalArgumentException("tokenHash is required");
        }
        MemberInvitation invitation = new MemberInvitation(id, tenantId, normalised[0], role, tokenHash,
                InvitationStatus.PENDING, at.plus(VALIDITY), invitedBy, null, at, at, 0);
        invitation.record(new InvitationEvent.MemberInvited(id, normalised[0], role, at));
        return invitation;
    }

    /** Reloads a stored invitation at {@code version}. */
    public static MemberInvitation rehydrate(InvitationId id, TenantId tenantId, String email, Role role, String tokenHash,
                                             InvitationStatus status, Instant expiresAt, UserId invitedBy,
                                             UserId acceptedBy, Instant createdAt, Instant updatedAt, long version) {
        return new MemberInvitation(id, tenantId, email, role, tokenHash, status, expiresAt, invitedBy, acceptedBy,
                createdAt, updatedAt, version);
    }

    /** True from {@code expiresAt} on. */
    public boolean isExpired(Instant at) {
        return !at.isBefore(expiresAt);
    }

    /** True while the invitation is PENDING and not expired at {@code at}. */
    public boolean isAcceptable(Instant at) {
        return status == InvitationStatus.PENDING && !isExpired(at);
    }

    /**
     * The invitee {@code user} accepts (PENDING → ACCEPTED); records {@code invitation.accepted}. The membership
     * itself is the caller's to create with {@link TenantMember#join}. Errors: {@code INVALID_TRANSITION} when the
     * invitation is not PENDING or has expired.
     */
    public void accept(UserId user, Instant at) {
        Objects.requireNonNull(user, "user");
        InvitationStatus.TRANSITIONS.check(label(), status, InvitationStatus.ACCEPTED,
                "only a PENDING invitation can be accepted, and only once");
        if (isExpired(at)) {
            throw new DomainException(ErrorCode.INVALID_TRANSITION,
                    label() + " cannot be accepted: it expired at " + expiresAt + "; ask for a new invitation");
        }
        this.status = InvitationStatus.ACCEPTED;
        this.acceptedBy = user;
        this.updatedAt = at;
        record(new InvitationEvent.InvitationAccepted(id, at));
    }

    /**
     * Withdraws the invitation (PENDING → REVOKED), expired or not; records {@code invitation.revoked}. Errors:
     * {@code INVALID_TRANSITION} when it was already accepted or revoked.
     */
    public void revoke(Instant at) {
        InvitationStatus.TRANSITIONS.check(label(), status, InvitationStatus.REVOKED,
                "only a PENDING invitation can be revoked");
        this.status = InvitationStatus.REVOKED;
        this.updatedAt = at;
        record(new InvitationEvent.InvitationRevoked(id, at));
    }

    private String label() {
        return "Invitation " + id + " of " + email;
    }

    public InvitationId id() { return id; }
    public TenantId tenantId() { return tenantId; }
    public String email() { return email; }
    public Role role() { return role; }
    public String tokenHash() { return tokenHash; }
    public InvitationStatus status() { return status; }
    public Instant expiresAt() { return expiresAt; }
    public UserId invitedBy() { return invitedBy; }
    public UserId acceptedBy() { return acceptedBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
