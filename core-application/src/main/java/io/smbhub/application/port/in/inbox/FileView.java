package io.smbhub.application.port.in.inbox;

import java.time.Instant;
import java.util.UUID;

/** A stored file as clients see it (spec smb-hub-prd.md 2.1 File): name, media type, size in bytes, SHA-256 hex. */
public record FileView(UUID id, String fileName, String mimeType, long sizeBytes, String checksumSha256,
                       Instant createdAt) {
}
