package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.DomainEvent;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;

/** What happened to a tenant membership; {@link #action()} is the audit action name (spec smb-hub-prd.md 4.2.3). */
public sealed interface MemberEvent extends DomainEvent {

    UserId userId();

    /** The user became an ACTIVE member with {@code role}. */
    record MemberJoined(UserId userId, Role role, Instant occurredAt) implements MemberEvent {
        public String action() { return "member.joined"; }
    }

    /** The member's role changed from {@code from} to {@code to}. */
    record MemberRoleChanged(UserId userId, Role from, Role to, Instant occurredAt) implements MemberEvent {
        public String action() { return "member.role_changed"; }
    }

    /** The member may no longer sign in to the tenant. */
    record MemberDisabled(UserId userId, Instant occurredAt) implements MemberEvent {
        public String action() { return "member.disabled"; }
    }

    /** A disabled member may sign in again. */
    record MemberEnabled(UserId userId, Instant occurredAt) implements MemberEvent {
        public String action() { return "member.enabled"; }
    }
}
