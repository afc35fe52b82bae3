package io.smbhub.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The 32-byte key that seals credentials at rest (tenants' payment provider keys): from configuration
 * {@code smbhub.secrets.key} (base64; set it on every instance of a deployment), else from the key file
 * {@code smbhub.secrets.key-file} (default {@code ./data/secrets-key}), created with fresh random bytes and
 * owner-only permissions on first start. Losing the key makes stored credentials unreadable (they must be entered
 * again); it never goes to the database or the logs.
 */
final class SecretsKey {

    private SecretsKey() {
    }

    static byte[] load(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            return decode(configured.trim(), "smbhub.secrets.key");
        }
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Path parent = file.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                try {
                    Files.writeString(Files.createFile(file), Base64.getEncoder().encodeToString(key) + "\n",
                            StandardCharsets.UTF_8);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException notPosix) {
                        // Windows: the data directory's own permissions apply.
                    }
                    return key;
                } catch (FileAlreadyExistsException anotherInstanceWroteIt) {
                    // fall through and read it
                }
            }
            return decode(Files.readString(file, StandardCharsets.UTF_8).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secrets key file " + file, e);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The secrets key in " + source + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("The secrets key in " + source + " must be 32 bytes (base64 of 32 random bytes), got "
                    + key.length);
        }
        return key;
    }
}
