package io.smbhub.domain.ai;

import java.util.Objects;
import java.util.UUID;

/**
 * The object an applied AI draft created: {@code type} is {@code work_item}, {@code quote}, {@code invoice} or
 * {@code expense}; {@code id} its id. Applying the same draft again answers this same target (spec 12.2 E).
 */
public record AppliedTarget(String type, UUID id) {
    public AppliedTarget {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
