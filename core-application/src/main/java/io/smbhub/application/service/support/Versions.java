package io.smbhub.application.service.support;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

/** The {@code if_match_version} check of spec smb-hub-prd.md 12.8. */
public final class Versions {

    private Versions() {
    }

    /** Errors: {@code CONFLICT} when {@code expected} is given and differs from {@code actual}. */
    public static void requireExpected(String label, Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new DomainException(ErrorCode.CONFLICT,
                    label + " is at version " + actual + ", not " + expected + "; reload it and apply your change again");
        }
    }
}
