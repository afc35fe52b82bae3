package io.smbhub.adapter.rest.invoice;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.http.LineItemDto;
import io.smbhub.adapter.rest.http.MoneyDto;
import io.smbhub.adapter.rest.quote.QuoteDto;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.domain.invoice.ArStage;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice in responses (spec smb-hub-prd.md 2.1 "Invoice"): stored {@code status} plus {@code overdue}
 * derived for the tenant's today; money as {@code {amount, currency}}; the collections stage {@code ar_stage} and
 * {@code last_reminded_at} (issue 5).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Invoice")
public record InvoiceDto(UUID id, String invoiceNumber, InvoiceStatus status, boolean overdue, @Nullable UUID contactId,
                         @Nullable UUID quoteId, @Nullable UUID workItemId, String currency, LocalDate issueDate,
                         LocalDate dueDate, List<LineItemDto> lineItems, MoneyDto subtotal, MoneyDto discountTotal,
                         MoneyDto taxTotal, MoneyDto total, MoneyDto amountPaid, MoneyDto amountDue,
                         @Nullable String notes, @Nullable String terms, @Nullable Instant lastSentAt,
                         @Nullable String voidReason, @Nullable String paymentLinkUrl, @Nullable Instant paymentLinkExpiresAt,
                         @Schema(description = "Collections stage reached by automated reminders: NONE, REMINDER_1, REMINDER_2, FINAL")
                         ArStage arStage,
                         @Nullable @Schema(description = "Last payment reminder (automated or manual), UTC") Instant lastRemindedAt,
                         Instant createdAt, Instant updatedAt, long version,
                         @Schema(description = "Actions the caller may take now (spec 12.7); any other action is refused with the reason that left it out")
                         List<String> allowedActions) {

    public static InvoiceDto of(InvoiceView v) {
        return new InvoiceDto(v.id(), v.invoiceNumber(), v.status(), v.overdue(), v.contactId(), v.quoteId(),
                v.workItemId(), v.currency(), v.issueDate(), v.dueDate(),
                v.lineItems().stream().map(LineItemDto::of).toList(), MoneyDto.of(v.subtotal()),
                MoneyDto.of(v.discountTotal()), MoneyDto.of(v.taxTotal()), MoneyDto.of(v.total()),
                MoneyDto.of(v.amountPaid()), MoneyDto.of(v.amountDue()), v.notes(), v.terms(), v.lastSentAt(),
                v.voidReason(), v.paymentLinkUrl(), v.paymentLinkExpiresAt(), v.arStage(), v.lastRemindedAt(), v.createdAt(), v.updatedAt(), v.version(),
                v.allowedActions());
    }

    /** Request body of POST /v1/invoices (documentation); PATCH: same fields optional (null clears contact_id), plus if_match_version. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "InvoiceRequest")
    public record Request(@Nullable UUID contactId, @Nullable @Schema(example = "USD") String currency,
                          @Nullable LocalDate issueDate, @Nullable @Schema(description = "default issue date + 14 days") LocalDate dueDate,
                          @Nullable List<QuoteDto.LineItemRequest> lineItems, @Nullable String notes, @Nullable String terms,
                          @Nullable @Schema(description = "PATCH only") Long ifMatchVersion) {
    }
}
