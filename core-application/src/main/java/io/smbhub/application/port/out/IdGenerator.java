package io.smbhub.application.port.out;

import java.util.UUID;

/**
 * Makes new ids: time-ordered UUIDs (version 7 layout), so ids sort by creation time and keyset
 * pagination on id is stable under inserts.
 */
public interface IdGenerator {
    UUID newId();
}
