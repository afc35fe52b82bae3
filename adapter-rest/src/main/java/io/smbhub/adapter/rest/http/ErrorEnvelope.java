package io.smbhub.adapter.rest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;

/**
 * The error envelope (spec smb-hub-prd.md 12.1 "Error Format"):
 * {@code {"error": {"code", "message", "details": [{"field", "message"}]}, "meta": {"request_id"}}}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ErrorEnvelope(Error error, ErrorMeta meta) {

    /** Code, human message and field details (possibly empty). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Error(String code, String message, List<Detail> details) {
    }

    /** One field-level reason: {@code field} in request terms ({@code line_items[0].qty}). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Detail(String field, String message) {
    }

    /** The request id, for support and log correlation. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ErrorMeta(String requestId) {
    }
}
