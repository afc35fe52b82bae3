package io.smbhub.bootstrap;

import io.smbhub.application.port.out.TimeSource;

import java.time.Clock;
import java.time.Instant;

/** {@link TimeSource} on the system UTC clock. */
public final class SystemTimeSource implements TimeSource {

    private final Clock clock = Clock.systemUTC();

    @Override
    public Instant now() {
        return clock.instant();
    }
}
