package io.smbhub.adapter.rest;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.smbhub.application.port.out.PasswordHasher;

import java.nio.charset.StandardCharsets;

/**
 * bcrypt password hashes ({@code $2a$12$…}), cost 12 by default. The core limits passwords to 72 bytes
 * (bcrypt's input limit) before they get here. A plain class: the bootstrap constructs it.
 */
public final class BcryptPasswordHasher implements PasswordHasher {

    public static final int DEFAULT_COST = 12;

    private final int cost;

    public BcryptPasswordHasher() {
        this(DEFAULT_COST);
    }

    /** @param cost log2 rounds, 4–31 (tests may use a low cost for speed) */
    public BcryptPasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be between 4 and 31, got " + cost);
        }
        this.cost = cost;
    }

    @Override
    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    @Override
    public boolean verify(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
