package io.smbhub.adapter.rest.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.http.LineItemDto;
import io.smbhub.adapter.rest.http.MoneyDto;
import io.smbhub.application.port.in.quote.QuoteView;
import io.smbhub.domain.quote.QuoteStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A quote in responses (spec smb-hub-prd.md 2.1 "Quote"); money as {@code {amount, currency}}. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Quote")
public record QuoteDto(UUID id, String quoteNumber, QuoteStatus status, @Nullable UUID contactId,
                       @Nullable UUID workItemId, String currency, LocalDate issueDate, @Nullable LocalDate expiryDate,
                       List<LineItemDto> lineItems, MoneyDto subtotal, MoneyDto discountTotal, MoneyDto taxTotal,
                       MoneyDto total, @Nullable String notes, @Nullable String terms, @Nullable UUID convertedInvoiceId,
                       @Nullable String rejectionReason, @Nullable Instant sentAt, Instant createdAt, Instant updatedAt,
                       long version,
                         @Schema(description = "Actions the caller may take now (spec 12.7); any other action is refused with the reason that left it out")
                         List<String> allowedActions) {

    public static QuoteDto of(QuoteView v) {
        return new QuoteDto(v.id(), v.quoteNumber(), v.status(), v.contactId(), v.workItemId(), v.currency(),
                v.issueDate(), v.expiryDate(), v.lineItems().stream().map(LineItemDto::of).toList(),
                MoneyDto.of(v.subtotal()), MoneyDto.of(v.discountTotal()), MoneyDto.of(v.taxTotal()),
                MoneyDto.of(v.total()), v.notes(), v.terms(), v.convertedInvoiceId(), v.rejectionReason(), v.sentAt(),
                v.createdAt(), v.updatedAt(), v.version(),
                v.allowedActions());
    }

    /** Request body of POST /v1/quotes (documentation); PATCH: same fields optional (null clears contact_id/expiry_date), plus if_match_version. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "QuoteRequest")
    public record Request(@Nullable UUID contactId, @Nullable @Schema(example = "USD") String currency,
                          @Nullable LocalDate issueDate, @Nullable LocalDate expiryDate,
                          @Nullable List<LineItemRequest> lineItems, @Nullable String notes, @Nullable String terms,
                          @Nullable @Schema(description = "POST only: the originating work item") UUID workItemId,
                          @Nullable @Schema(description = "PATCH only") Long ifMatchVersion) {
    }

    /** A line item as sent: exact decimals as JSON numbers or strings ("120.50"); tax_rate in percent. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "LineItemRequest")
    public record LineItemRequest(@Schema(example = "Repair") String name,
                                  @Nullable @Schema(type = "string", example = "1", description = "default 1") String qty,
                                  @Schema(type = "string", example = "120.50") String rate,
                                  @Nullable @Schema(type = "string", example = "13", description = "percent, default 0") String taxRate,
                                  @Nullable @Schema(type = "string", example = "0", description = "default 0") String discount) {
    }

    /** Request body of POST …/send. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "SendRequest")
    public record SendRequest(@Nullable @Schema(example = "EMAIL") String channel, @Nullable String message) {
    }

    /** Request body of POST …/reject and POST …/void. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "ReasonRequest")
    public record ReasonRequest(@Nullable String reason) {
    }
}
