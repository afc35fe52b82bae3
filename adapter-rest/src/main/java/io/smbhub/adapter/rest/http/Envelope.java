package io.smbhub.adapter.rest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The success envelope of every {@code /v1} response (spec smb-hub-prd.md 12.1): {@code {"data": …, "meta": {…}}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Envelope<T>(T data, Meta meta) {
}
