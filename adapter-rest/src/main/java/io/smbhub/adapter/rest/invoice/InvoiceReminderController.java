package io.smbhub.adapter.rest.invoice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.IdempotentRequests;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.invoice.RemindInvoiceUseCase;
import io.smbhub.application.port.in.invoice.RemindInvoiceUseCase.ReminderView;
import io.smbhub.domain.shared.InvoiceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;

/** The manual payment reminder of an invoice (spec smb-hub-prd.md 3.11 "Manual reminder button always"; issue 5). */
@Controller("/v1/invoices")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Invoices")
public class InvoiceReminderController {

    private final RemindInvoiceUseCase reminders;
    private final IdempotentRequests idempotent;

    public InvoiceReminderController(RemindInvoiceUseCase reminders, IdempotentRequests idempotent) {
        this.reminders = reminders;
        this.idempotent = idempotent;
    }

    /** The queued reminder: its message and conversation, the job that sends it ({@code GET /v1/jobs/{id}}), when (UTC). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "InvoiceReminder")
    public record ReminderDto(UUID invoiceId, UUID messageId, UUID conversationId, @Nullable UUID jobId, Instant remindedAt) {
        static ReminderDto of(ReminderView v) {
            return new ReminderDto(v.invoiceId(), v.messageId(), v.conversationId(), v.jobId(), v.remindedAt());
        }
    }

    @Post("/{id}/remind")
    @Operation(operationId = "remindInvoice", summary = "Send a payment reminder for the invoice now (queued; ar_stage unchanged)",
            description = "The reminder email (template ar_reminder_manual, invoice PDF attached, portal link) is queued in "
                    + "the outbox and sent in the background. Errors: INVALID_TRANSITION unless SENT or PARTIALLY_PAID with "
                    + "money due; VALIDATION_ERROR on contact.email; RATE_LIMITED when the invoice was reminded less than "
                    + RemindInvoiceUseCase.MIN_INTERVAL_MINUTES + " minutes ago.")
    @ApiResponse(responseCode = "202", description = "Queued", useReturnTypeSchema = true)
    public HttpResponse<Envelope<ReminderDto>> remind(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                      @PathVariable String id, @Nullable @Body String body) {
        InvoiceId invoiceId = new InvoiceId(PathIds.parse("Invoice", id));
        JsonInput.object(body);
        return idempotent.respond(actor, request, body, HttpStatus.ACCEPTED,
                () -> encode(reminders.remind(actor, invoiceId)), InvoiceReminderController::decode);
    }

    /** The replayable result text: one field per line. */
    private static String encode(ReminderView v) {
        return String.join("\n", String.valueOf(v.invoiceId()), String.valueOf(v.messageId()),
                String.valueOf(v.conversationId()), String.valueOf(v.jobId()), String.valueOf(v.remindedAt()));
    }

    private static ReminderDto decode(String text) {
        String[] f = text.split("\n", -1);
        return ReminderDto.of(new ReminderView(uuid(f[0]), uuid(f[1]), uuid(f[2]), uuid(f[3]),
                f[4].equals("null") ? null : Instant.parse(f[4])));
    }

    @Nullable
    private static UUID uuid(String text) {
        return text.equals("null") ? null : UUID.fromString(text);
    }
}
