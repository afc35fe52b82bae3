package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.UserId;

import io.smbhub.domain.shared.ContactPoints;
import io.smbhub.domain.shared.DomainException;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who signs in with email and password. The password is never held: only the hash made by
 * the application's password hasher (an opaque string such as a bcrypt or Argon2id encoding).
 */
public record UserAccount(UserId id, String email, String passwordHash, Instant createdAt) {
    public UserAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(passwordHash, "passwordHash");
        email = ContactPoints.email(email, "email");
        if (email == null) {
            throw DomainException.invalid("email", "Email is required");
        }
    }
}
