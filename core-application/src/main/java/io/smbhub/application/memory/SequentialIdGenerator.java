package io.smbhub.application.memory;

import io.smbhub.application.port.out.IdGenerator;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deterministic, strictly increasing version-7-layout UUIDs for tests: the counter stands in for the
 * timestamp and random bits, so ids sort in creation order exactly as production ids do.
 */
public final class SequentialIdGenerator implements IdGenerator {

    private final AtomicLong counter = new AtomicLong();

    @Override
    public UUID newId() {
        long n = counter.incrementAndGet();
        long msb = ((n >>> 12) << 16) | 0x7000L | (n & 0xFFFL);
        long lsb = 0x8000_0000_0000_0000L | n;
        return new UUID(msb, lsb);
    }
}
