package io.smbhub.adapter.rest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.ConversionResult;
import io.smbhub.domain.workitem.ConversionTarget;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** Outcome of a conversion: the document id ({@code quote_id} or {@code invoice_id}) and whether it was created now. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Conversion")
public record ConversionDto(ConversionTarget target, @Nullable UUID quoteId, @Nullable UUID invoiceId, boolean created) {

    public static ConversionDto of(ConversionResult r) {
        return new ConversionDto(r.target(), r.target() == ConversionTarget.QUOTE ? r.documentId() : null,
                r.target() == ConversionTarget.INVOICE ? r.documentId() : null, r.created());
    }

    /** The idempotency result text of a conversion: {@code <target>:<uuid>:<created>}. */
    public static String encode(ConversionResult r) {
        return r.target() + ":" + r.documentId() + ":" + r.created();
    }

    public static ConversionDto decode(String text) {
        String[] parts = text.split(":");
        return of(new ConversionResult(ConversionTarget.valueOf(parts[0]), UUID.fromString(parts[1]),
                Boolean.parseBoolean(parts[2])));
    }
}
