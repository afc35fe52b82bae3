package io.smbhub.application.service.timeline;

import io.smbhub.application.port.out.ContactTimelineReadModel.Kind;
import io.smbhub.application.port.out.ContactTimelineReadModel.Position;
import io.smbhub.domain.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque cursor of a contact timeline: the base64url of the last row's position ({@code at} to the
 * nanosecond, kind, id), so the next page starts right after it whatever was added meanwhile.
 */
final class TimelineCursor {

    private TimelineCursor() {
    }

    static String encode(Position p) {
        String text = p.at().getEpochSecond() + "." + p.at().getNano() + "|" + p.kind().name() + "|" + p.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code null} for no cursor. Errors: {@code VALIDATION_ERROR} on {@code cursor} when it was not made by {@link #encode}. */
    static Position decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\|", -1);
            String[] time = parts[0].split("\\.", -1);
            if (parts.length != 3 || time.length != 2) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1]));
            return new Position(at, Kind.valueOf(parts[1]), UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw DomainException.invalid("cursor", "cursor is not valid; use the cursor from the previous page");
        }
    }
}
