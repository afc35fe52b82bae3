package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A user's membership of one tenant with a role (spec smb-hub-prd.md 2.1 "TenantMember", unique per tenant and
 * user). Immutable: {@link #change} answers the changed membership with the events that describe the change;
 * who may make which change is {@link TeamPolicy}'s decision. {@code version} is the optimistic-concurrency
 * version it was loaded at (0 before it is first stored); times are UTC.
 */
public record TenantMember(TenantId tenantId, UserId userId, Role role, MemberStatus status, Instant createdAt,
                           Instant updatedAt, long version) {
    public TenantMember {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        updatedAt = updatedAt == null ? createdAt : updatedAt;
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative, got " + version);
        }
    }

    /** A membership not stored yet (version 0), last changed when it was created. */
    public TenantMember(TenantId tenantId, UserId userId, Role role, MemberStatus status, Instant createdAt) {
        this(tenantId, userId, role, status, createdAt, createdAt, 0);
    }

    /** A new ACTIVE membership with {@code role}; records {@code member.joined}. */
    public static MemberChange join(TenantId tenant, UserId user, Role role, Instant at) {
        TenantMember member = new TenantMember(tenant, user, role, MemberStatus.ACTIVE, at);
        return new MemberChange(null, member, List.of(new MemberEvent.MemberJoined(user, role, at)));
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    /** True for an ACTIVE OWNER: one of those a tenant must always keep. */
    public boolean isActiveOwner() {
        return isActive() && role == Role.OWNER;
    }

    /**
     * This membership with {@code newRole} and {@code newStatus} ({@code null} = unchanged), updated at {@code at};
     * records {@code member.role_changed}, {@code member.disabled} or {@code member.enabled} for what actually
     * changed (nothing when both equal the current values). Errors: {@code INVALID_TRANSITION} for a status move
     * {@link MemberStatus#TRANSITIONS} does not allow (e.g. back to INVITED).
     */
    public MemberChange change(Role newRole, MemberStatus newStatus, Instant at) {
        Role nextRole = newRole == null ? role : newRole;
        MemberStatus nextStatus = newStatus == null ? status : newStatus;
        List<MemberEvent> events = new ArrayList<>();
        if (nextRole != role) {
            events.add(new MemberEvent.MemberRoleChanged(userId, role, nextRole, at));
        }
        if (nextStatus != status) {
            MemberStatus.TRANSITIONS.check("Membership of user " + userId, status, nextStatus,
                    "a membership can only be enabled or disabled");
            events.add(nextStatus == MemberStatus.DISABLED ? new MemberEvent.MemberDisabled(userId, at)
                    : new MemberEvent.MemberEnabled(userId, at));
        }
        if (events.isEmpty()) {
            return new MemberChange(this, this, List.of());
        }
        return new MemberChange(this, new TenantMember(tenantId, userId, nextRole, nextStatus, createdAt, at, version), events);
    }
}
