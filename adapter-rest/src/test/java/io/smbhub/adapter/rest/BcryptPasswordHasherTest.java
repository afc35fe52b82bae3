package io.smbhub.adapter.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BcryptPasswordHasherTest {

    @Test
    void hashesWithCost12ByDefaultAndVerifies() {
        BcryptPasswordHasher hasher = new BcryptPasswordHasher();
        String hash = hasher.hash("correct-horse-1");
        assertThat(hash).startsWith("$2a$12$").hasSize(60);
        assertThat(hasher.verify("correct-horse-1", hash)).isTrue();
        assertThat(hasher.verify("correct-horse-2", hash)).isFalse();
        assertThat(hasher.verify("correct-horse-1", "garbage")).isFalse();
        assertThat(new BcryptPasswordHasher(4).hash("x")).startsWith("$2a$04$");
        assertThat(new BcryptPasswordHasher(4).hash("same")).isNotEqualTo(new BcryptPasswordHasher(4).hash("same"));
        assertThatThrownBy(() -> new BcryptPasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
