package io.smbhub.application.service.identity;

import io.smbhub.domain.shared.Validation;

import java.nio.charset.StandardCharsets;

/**
 * The password rules of every account (sign-up and accepting an invitation): 8 characters at least and 72 UTF-8
 * bytes at most (bcrypt reads no further).
 */
public final class PasswordRules {

    private PasswordRules() {
    }

    /** Adds a {@code VALIDATION_ERROR} on {@code password} to {@code v} for each rule {@code password} breaks. */
    public static void check(Validation v, String password) {
        String p = password == null ? "" : password;
        v.check(p.length() < 8, "password", "Password must have at least 8 characters")
                .check(p.getBytes(StandardCharsets.UTF_8).length > 72, "password", "Password must be at most 72 bytes");
    }
}
