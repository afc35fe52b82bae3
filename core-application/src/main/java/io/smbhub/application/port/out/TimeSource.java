package io.smbhub.application.port.out;

import java.time.Instant;

/** The clock. The core never reads the system clock itself. */
public interface TimeSource {
    /** Now, in UTC. */
    Instant now();
}
