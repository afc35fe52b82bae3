package io.smbhub.bootstrap;

import io.smbhub.application.port.out.TimeSource;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@link TimeSource} on the system UTC clock, truncated to microseconds (PostgreSQL's {@code timestamptz} precision). */
public final class SystemTimeSource implements TimeSource {

    private final Clock clock = Clock.systemUTC();

    @Override
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
