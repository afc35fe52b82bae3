package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.DomainEvent;

import java.time.Instant;

/** What happened to a member invitation; {@link #action()} is the audit action name. */
public sealed interface InvitationEvent extends DomainEvent {

    InvitationId invitationId();

    /** Someone was invited by email with a role. */
    record MemberInvited(InvitationId invitationId, String email, Role role, Instant occurredAt) implements InvitationEvent {
        public String action() { return "member.invited"; }
    }

    /** The invitee accepted; the membership itself is recorded as {@link MemberEvent.MemberJoined}. */
    record InvitationAccepted(InvitationId invitationId, Instant occurredAt) implements InvitationEvent {
        public String action() { return "invitation.accepted"; }
    }

    /** The invitation was withdrawn (explicitly, or replaced by a new invitation of the same email). */
    record InvitationRevoked(InvitationId invitationId, Instant occurredAt) implements InvitationEvent {
        public String action() { return "invitation.revoked"; }
    }
}
