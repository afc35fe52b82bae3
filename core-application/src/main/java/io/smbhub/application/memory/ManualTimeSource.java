package io.smbhub.application.memory;

import io.smbhub.application.port.out.TimeSource;

import java.time.Duration;
import java.time.Instant;

/** A clock tests set and advance by hand. Thread-safe. */
public final class ManualTimeSource implements TimeSource {

    private Instant now;

    public ManualTimeSource(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    public synchronized void set(Instant instant) {
        now = instant;
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }
}
