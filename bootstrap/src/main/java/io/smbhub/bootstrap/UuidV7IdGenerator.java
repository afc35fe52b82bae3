package io.smbhub.bootstrap;

import io.smbhub.application.port.out.IdGenerator;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * RFC 9562 version-7 UUIDs: 48-bit Unix milliseconds, then 12 bits that count up within the same
 * millisecond (so one instance's ids are strictly increasing), then 62 random bits from a CSPRNG. Ids of
 * several instances interleave by time, which is what keyset pagination needs.
 */
public final class UuidV7IdGenerator implements IdGenerator {

    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private int sequence;

    @Override
    public synchronized UUID newId() {
        long millis = System.currentTimeMillis();
        if (millis <= lastMillis) {
            sequence++;
            if (sequence > 0xFFF) {
                lastMillis++;
                sequence = 0;
            }
            millis = lastMillis;
        } else {
            lastMillis = millis;
            sequence = random.nextInt(0x400);
        }
        long msb = (millis << 16) | 0x7000L | sequence;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
