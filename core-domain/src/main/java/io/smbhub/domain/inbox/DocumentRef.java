package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.DocumentKind;

import java.util.Objects;
import java.util.UUID;

/** A quote or invoice an outbound message is about; its PDF is attached and its portal link offered when sent. */
public record DocumentRef(DocumentKind kind, UUID id) {
    public DocumentRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
