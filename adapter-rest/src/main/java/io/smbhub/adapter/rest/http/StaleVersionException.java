package io.smbhub.adapter.rest.http;

import io.smbhub.domain.shared.DomainException;

/**
 * A PATCH whose {@code if_match_version} was stale: carries the core's {@code CONFLICT} and the object as it
 * is now, so the client can merge and retry (spec smb-hub-prd.md 12.8 "If mismatch → 409 CONFLICT and
 * return latest object"). Rendered by {@link StaleVersionHandler}.
 */
public final class StaleVersionException extends RuntimeException {

    private final transient DomainException conflict;
    private final transient Object latest;

    StaleVersionException(DomainException conflict, Object latest) {
        super(conflict.getMessage(), null, false, false);
        this.conflict = conflict;
        this.latest = latest;
    }

    public DomainException conflict() {
        return conflict;
    }

    public Object latest() {
        return latest;
    }
}
