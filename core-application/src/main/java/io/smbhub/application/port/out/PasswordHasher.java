package io.smbhub.application.port.out;

/** One-way password hashing with a well-kept algorithm (bcrypt or Argon2id); the hash string is self-describing. */
public interface PasswordHasher {
    String hash(String password);

    boolean verify(String password, String hash);
}
