package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.DomainEvent;
import io.smbhub.domain.shared.TenantId;

import java.time.Instant;

/** What happened to a tenant's settings; {@link #action()} is the audit action name. */
public sealed interface TenantEvent extends DomainEvent {

    TenantId tenantId();

    /** The tenant selected another profile; its data is kept (spec smb-hub-prd.md 8.2.2). */
    record ProfileChanged(TenantId tenantId, String from, String to, Instant occurredAt) implements TenantEvent {
        public String action() { return "tenant.profile_changed"; }
    }

    /** The tenant's profile overrides were replaced (spec 9.8). */
    record ProfileOverridesChanged(TenantId tenantId, Instant occurredAt) implements TenantEvent {
        public String action() { return "tenant.profile_overrides_changed"; }
    }
}
