package io.smbhub.application.port.in.identity;

import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

/**
 * The live membership behind one of our own access tokens, checked on every request: the tenant and user come
 * from the verified token, the role and the ACTIVE status from the stored membership — so a demotion takes
 * effect on the next request and a disabled or removed member is refused at once, whatever the token says.
 * Errors: {@code UNAUTHORIZED} when the user is not an ACTIVE member of the tenant (any more).
 */
public interface CurrentMemberUseCase {
    Identity current(TenantId tenant, UserId user);
}
