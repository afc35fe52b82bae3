package io.smbhub.application.service.support;

import io.smbhub.domain.profile.EffectiveProfile;
import io.smbhub.domain.tenant.Tenant;

import java.time.LocalDate;

/**
 * What a use case knows about the actor's tenant for one request: the tenant, its effective profile
 * (spec smb-hub-prd.md 9.1), today's date in the tenant's timezone, and whether online payments (a payment
 * provider) are configured on this server.
 */
public record TenantContext(Tenant tenant, EffectiveProfile profile, LocalDate today, boolean onlinePayments) {
}
