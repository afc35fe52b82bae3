package io.smbhub.adapter.rest.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.IdempotentRequests;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.adapter.rest.http.QueryParams;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.payment.PaymentQueries;
import io.smbhub.application.port.in.payment.RecordPaymentCommand;
import io.smbhub.application.port.in.payment.RecordPaymentUseCase;
import io.smbhub.application.port.in.payment.RefundPaymentUseCase;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.PaymentId;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.payment.PaymentStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Payments (spec smb-hub-prd.md 2.3 "Payments", 12.3.6): manual entry and reads. */
@Controller("/v1/payments")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Payments")
public class PaymentController {

    private final RecordPaymentUseCase record;
    private final PaymentQueries queries;
    private final IdempotentRequests idempotent;
    private final RefundPaymentUseCase refund;

    public PaymentController(RecordPaymentUseCase record, PaymentQueries queries, IdempotentRequests idempotent,
                             RefundPaymentUseCase refund) {
        this.refund = refund;
        this.record = record;
        this.queries = queries;
        this.idempotent = idempotent;
    }

    @Get
    @Operation(operationId = "listPayments", summary = "List payments, newest first")
    public HttpResponse<Envelope<List<PaymentDto>>> list(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @Nullable @QueryValue("invoice_id") @Parameter(schema = @Schema(format = "uuid")) String invoiceId,
            @Nullable @QueryValue @Parameter(schema = @Schema(implementation = PaymentStatus.class)) String status,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        UUID invoice = QueryParams.uuid("invoice_id", invoiceId);
        var query = new PaymentQueries.ListQuery(invoice == null ? null : new InvoiceId(invoice),
                QueryParams.enumValue("status", status, PaymentStatus.class), QueryParams.page(limit, cursor));
        return Responses.page(request, queries.list(actor, query), PaymentDto::of);
    }

    @Get("/{id}")
    @Operation(operationId = "getPayment", summary = "Get a payment")
    public HttpResponse<Envelope<PaymentDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                  @PathVariable String id) {
        return Responses.ok(request, PaymentDto.of(queries.get(actor, new PaymentId(PathIds.parse("Payment", id)))));
    }

    @Post
    @Operation(operationId = "recordPayment", summary = "Record a payment received outside SMB Hub (CASH, BANK, OTHER) and apply it to its invoice")
    @RequestBody(content = @Content(schema = @Schema(implementation = PaymentDto.Request.class)))
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    public HttpResponse<Envelope<PaymentDto>> create(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                     @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        UUID invoice = json.uuid("invoice_id");
        var command = new RecordPaymentCommand(invoice == null ? null : new InvoiceId(invoice),
                json.enumValue("provider", PaymentProvider.class), json.decimal("amount"), json.string("currency"),
                json.instant("paid_at"), json.string("reference"), json.string("method_label"));
        return idempotent.respond(actor, request, body, HttpStatus.CREATED,
                () -> record.record(actor, command).id().toString(),
                id -> PaymentDto.of(queries.get(actor, new PaymentId(UUID.fromString(id)))));
    }

    @Post("/{id}/refund")
    @Operation(operationId = "refundPayment", summary = "Refund all or part of a payment",
            description = "A STRIPE payment is refunded through Stripe; a CASH, BANK or OTHER payment records a refund made "
                    + "outside SMB Hub. amount (decimal string in the payment currency) defaults to everything left to "
                    + "refund. The payment's amount_refunded and status (REFUNDED when nothing is left) and the invoice's "
                    + "amount_paid, amount_due and status follow. Errors: INVALID_TRANSITION (nothing left), "
                    + "VALIDATION_ERROR (amount), UNAVAILABLE / PROVIDER_ERROR (Stripe).")
    @RequestBody(content = @Content(schema = @Schema(implementation = PaymentDto.RefundRequest.class)))
    public HttpResponse<Envelope<PaymentDto>> refund(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                     @PathVariable String id, @Nullable @Body String body) {
        PaymentId paymentId = new PaymentId(PathIds.parse("Payment", id));
        JsonObject json = JsonInput.object(body == null || body.isBlank() ? "{}" : body);
        var amount = json.decimal("amount");
        String reason = json.string("reason");
        return idempotent.respond(actor, request, body, HttpStatus.OK,
                () -> refund.refund(actor, paymentId, amount, reason).id().toString(),
                paymentIdText -> PaymentDto.of(queries.get(actor, new PaymentId(UUID.fromString(paymentIdText)))));
    }
}
