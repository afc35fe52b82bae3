package io.smbhub.adapter.rest.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * A new client portal link (spec smb-hub-prd.md 3.13, 12.6): {@code url} carries the secret and is in the response
 * that created it only (null on an idempotent replay; only the secret's hash is kept, so it can never be read
 * again); {@code created_at} UTC.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "PortalLink")
public record PortalLinkDto(
        @Nullable @Schema(description = "The customer's portal page; only in the response that created the link")
        String url,
        Instant createdAt) {
}
