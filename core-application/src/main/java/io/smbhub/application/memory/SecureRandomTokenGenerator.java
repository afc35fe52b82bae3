package io.smbhub.application.memory;

import io.smbhub.application.port.out.TokenGenerator;

import java.security.SecureRandom;
import java.util.Base64;

/** {@link TokenGenerator} on {@link SecureRandom}: 256 random bits, base64url without padding. */
public final class SecureRandomTokenGenerator implements TokenGenerator {

    private static final int BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String newToken() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
