package io.smbhub.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UuidV7IdGeneratorTest {

    @Test
    void idsAreVersion7StrictlyIncreasingAndUnique() {
        UuidV7IdGenerator ids = new UuidV7IdGenerator();
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            made.add(ids.newId());
        }
        assertThat(made).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
        for (int i = 1; i < made.size(); i++) {
            assertThat(made.get(i)).isGreaterThan(made.get(i - 1));
        }
        assertThat(new HashSet<>(made)).hasSize(made.size());
    }

    @Test
    void theTimestampIsTheCurrentTime() {
        long before = System.currentTimeMillis();
        UUID id = new UuidV7IdGenerator().newId();
        long millis = id.getMostSignificantBits() >>> 16;
        assertThat(millis).isBetween(before, System.currentTimeMillis() + 5);
    }
}
