package io.smbhub.application.service.support;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.tenant.Permission;

import java.util.Locale;
import java.util.Optional;

/** Permission checks of the role matrix (spec smb-hub-prd.md 2.2), made in the application layer. */
public final class Access {

    private Access() {
    }

    /** Errors: {@code FORBIDDEN} naming the role and the permission. */
    public static void require(Actor actor, Permission permission) {
        refusal(actor, permission).ifPresent(Refusal::raise);
    }

    /** The {@code FORBIDDEN} refusal {@link #require} would throw, or empty when the role has the permission. */
    public static Optional<Refusal> refusal(Actor actor, Permission permission) {
        if (actor.role().allows(permission)) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(ErrorCode.FORBIDDEN,
                "Role " + actor.role() + " may not " + permission.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    }
}
