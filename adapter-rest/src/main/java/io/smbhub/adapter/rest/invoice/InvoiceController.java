package io.smbhub.adapter.rest.invoice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.ApiException;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.IdempotentRequests;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.LineItemsInput;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.adapter.rest.http.QueryParams;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.adapter.rest.quote.QuoteDto;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.invoice.CreateInvoiceUseCase;
import io.smbhub.application.port.in.invoice.InvoiceDraft;
import io.smbhub.application.port.in.invoice.InvoicePatch;
import io.smbhub.application.port.in.invoice.InvoiceQueries;
import io.smbhub.application.port.in.invoice.SendInvoiceUseCase;
import io.smbhub.application.port.in.invoice.UpdateInvoiceUseCase;
import io.smbhub.application.port.in.invoice.VoidInvoiceUseCase;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/** Invoices (spec smb-hub-prd.md 2.3 "Invoices", 12.3.5). */
@Controller("/v1/invoices")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Invoices")
public class InvoiceController {

    private final CreateInvoiceUseCase create;
    private final UpdateInvoiceUseCase update;
    private final SendInvoiceUseCase send;
    private final VoidInvoiceUseCase voidInvoice;
    private final InvoiceQueries queries;
    private final IdempotentRequests idempotent;

    public InvoiceController(CreateInvoiceUseCase create, UpdateInvoiceUseCase update, SendInvoiceUseCase send,
                             VoidInvoiceUseCase voidInvoice, InvoiceQueries queries, IdempotentRequests idempotent) {
        this.create = create;
        this.update = update;
        this.send = send;
        this.voidInvoice = voidInvoice;
        this.queries = queries;
        this.idempotent = idempotent;
    }

    @Get
    @Operation(operationId = "listInvoices", summary = "List invoices, newest first; status=OVERDUE lists open invoices past their due date")
    public HttpResponse<Envelope<List<InvoiceDto>>> list(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @Nullable @QueryValue @Parameter(schema = @Schema(allowableValues = {"DRAFT", "SENT", "PARTIALLY_PAID", "PAID", "VOID", "OVERDUE"})) String status,
            @Nullable @QueryValue("contact_id") @Parameter(schema = @Schema(format = "uuid")) String contactId,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        boolean overdue = status != null && status.strip().toUpperCase(Locale.ROOT).equals("OVERDUE");
        UUID contact = QueryParams.uuid("contact_id", contactId);
        var query = new InvoiceQueries.ListQuery(overdue ? null : QueryParams.enumValue("status", status, InvoiceStatus.class),
                overdue, contact == null ? null : new ContactId(contact), QueryParams.page(limit, cursor));
        return Responses.page(request, queries.list(actor, query), InvoiceDto::of);
    }

    @Post
    @Operation(operationId = "createInvoice", summary = "Create a DRAFT invoice (numbered INV-000001…)")
    @RequestBody(content = @Content(schema = @Schema(implementation = InvoiceDto.Request.class)))
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    public HttpResponse<Envelope<InvoiceDto>> create(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                     @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        UUID contact = json.uuid("contact_id");
        InvoiceDraft draft = new InvoiceDraft(contact == null ? null : new ContactId(contact), json.string("currency"),
                json.date("issue_date"), json.date("due_date"), LineItemsInput.read(json, "line_items"),
                json.string("notes"), json.string("terms"));
        return respond(actor, request, body, HttpStatus.CREATED, () -> create.create(actor, draft).id());
    }

    @Get("/{id}")
    @Operation(operationId = "getInvoice", summary = "Get an invoice")
    public HttpResponse<Envelope<InvoiceDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                  @PathVariable String id) {
        return Responses.ok(request, InvoiceDto.of(queries.get(actor, invoiceId(id))));
    }

    @Patch("/{id}")
    @Operation(operationId = "updateInvoice", summary = "Edit a DRAFT invoice; line_items replaces all lines; null clears contact_id")
    @RequestBody(content = @Content(schema = @Schema(implementation = InvoiceDto.Request.class)))
    public HttpResponse<Envelope<InvoiceDto>> patch(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                    @PathVariable String id, @Nullable @Body String body) {
        InvoiceId invoiceId = invoiceId(id);
        JsonObject json = JsonInput.object(body);
        if (json.isNull("due_date")) {
            throw ApiException.invalid("due_date", "due_date cannot be cleared; send a date");
        }
        InvoicePatch patch = new InvoicePatch(json.nullable("contact_id", n -> new ContactId(json.uuid(n))),
                json.string("currency"), json.date("issue_date"), json.date("due_date"),
                LineItemsInput.read(json, "line_items"), json.clearableString("notes"), json.clearableString("terms"));
        Long expected = json.longValue("if_match_version");
        return Responses.updated(request, expected, () -> InvoiceDto.of(update.update(actor, invoiceId, expected, patch)),
                () -> InvoiceDto.of(queries.get(actor, invoiceId)));
    }

    @Post("/{id}/send")
    @Operation(operationId = "sendInvoice", summary = "Send the invoice to its contact; SENT only after delivery succeeded (re-sending an open invoice delivers again)")
    @RequestBody(content = @Content(schema = @Schema(implementation = QuoteDto.SendRequest.class)))
    public HttpResponse<Envelope<InvoiceDto>> send(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                   @PathVariable String id, @Nullable @Body String body) {
        InvoiceId invoiceId = invoiceId(id);
        JsonObject json = JsonInput.object(body);
        var command = new SendDocumentCommand(invoiceId.value(), json.string("channel"), json.string("message"));
        return respond(actor, request, body, HttpStatus.OK, () -> send.send(actor, command).id());
    }

    @Post("/{id}/void")
    @Operation(operationId = "voidInvoice", summary = "Void a DRAFT or SENT invoice without payments")
    @RequestBody(content = @Content(schema = @Schema(implementation = QuoteDto.ReasonRequest.class)))
    public HttpResponse<Envelope<InvoiceDto>> voidInvoice(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                          @PathVariable String id, @Nullable @Body String body) {
        InvoiceId invoiceId = invoiceId(id);
        String reason = JsonInput.object(body).string("reason");
        return respond(actor, request, body, HttpStatus.OK, () -> voidInvoice.voidInvoice(actor, invoiceId, reason).id());
    }

    private HttpResponse<Envelope<InvoiceDto>> respond(Actor actor, HttpRequest<?> request, @Nullable String body,
                                                       HttpStatus status, Supplier<UUID> operation) {
        return idempotent.respond(actor, request, body, status, () -> operation.get().toString(),
                id -> InvoiceDto.of(queries.get(actor, new InvoiceId(UUID.fromString(id)))));
    }

    private static InvoiceId invoiceId(String id) {
        return new InvoiceId(PathIds.parse("Invoice", id));
    }
}
