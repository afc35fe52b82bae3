package io.smbhub.adapter.rest.quote;

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
import io.smbhub.adapter.rest.http.ConversionDto;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.IdempotentRequests;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.LineItemsInput;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.adapter.rest.http.QueryParams;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.quote.ApproveQuoteUseCase;
import io.smbhub.application.port.in.quote.ConvertQuoteToInvoiceUseCase;
import io.smbhub.application.port.in.quote.CreateQuoteUseCase;
import io.smbhub.application.port.in.quote.QuoteDraft;
import io.smbhub.application.port.in.quote.QuotePatch;
import io.smbhub.application.port.in.quote.QuoteQueries;
import io.smbhub.application.port.in.quote.RejectQuoteUseCase;
import io.smbhub.application.port.in.quote.SendQuoteUseCase;
import io.smbhub.application.port.in.quote.UpdateQuoteUseCase;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.shared.WorkItemId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Quotes (spec smb-hub-prd.md 2.3 "Quotes", 12.3.4). */
@Controller("/v1/quotes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Quotes")
public class QuoteController {

    private final CreateQuoteUseCase create;
    private final UpdateQuoteUseCase update;
    private final SendQuoteUseCase send;
    private final ApproveQuoteUseCase approve;
    private final RejectQuoteUseCase reject;
    private final ConvertQuoteToInvoiceUseCase convert;
    private final QuoteQueries queries;
    private final IdempotentRequests idempotent;

    public QuoteController(CreateQuoteUseCase create, UpdateQuoteUseCase update, SendQuoteUseCase send,
                           ApproveQuoteUseCase approve, RejectQuoteUseCase reject, ConvertQuoteToInvoiceUseCase convert,
                           QuoteQueries queries, IdempotentRequests idempotent) {
        this.create = create;
        this.update = update;
        this.send = send;
        this.approve = approve;
        this.reject = reject;
        this.convert = convert;
        this.queries = queries;
        this.idempotent = idempotent;
    }

    @Get
    @Operation(operationId = "listQuotes", summary = "List quotes, newest first (an AGENT sees drafts only)")
    public HttpResponse<Envelope<List<QuoteDto>>> list(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @Nullable @QueryValue @Parameter(schema = @Schema(implementation = QuoteStatus.class)) String status,
            @Nullable @QueryValue("contact_id") @Parameter(schema = @Schema(format = "uuid")) String contactId,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        UUID contact = QueryParams.uuid("contact_id", contactId);
        var query = new QuoteQueries.ListQuery(QueryParams.enumValue("status", status, QuoteStatus.class),
                contact == null ? null : new ContactId(contact), QueryParams.page(limit, cursor));
        return Responses.page(request, queries.list(actor, query), QuoteDto::of);
    }

    @Post
    @Operation(operationId = "createQuote", summary = "Create a DRAFT quote (numbered Q-000001…)")
    @RequestBody(content = @Content(schema = @Schema(implementation = QuoteDto.Request.class)))
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    public HttpResponse<Envelope<QuoteDto>> create(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                   @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        UUID contact = json.uuid("contact_id");
        UUID workItem = json.uuid("work_item_id");
        QuoteDraft draft = new QuoteDraft(contact == null ? null : new ContactId(contact), json.string("currency"),
                json.date("issue_date"), json.date("expiry_date"), LineItemsInput.read(json, "line_items"),
                json.string("notes"), json.string("terms"));
        return respond(actor, request, body, HttpStatus.CREATED,
                () -> create.create(actor, draft, workItem == null ? null : new WorkItemId(workItem)).id());
    }

    @Get("/{id}")
    @Operation(operationId = "getQuote", summary = "Get a quote")
    public HttpResponse<Envelope<QuoteDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                @PathVariable String id) {
        return Responses.ok(request, QuoteDto.of(queries.get(actor, quoteId(id))));
    }

    @Patch("/{id}")
    @Operation(operationId = "updateQuote", summary = "Edit a DRAFT quote; line_items replaces all lines; null clears contact_id or expiry_date")
    @RequestBody(content = @Content(schema = @Schema(implementation = QuoteDto.Request.class)))
    public HttpResponse<Envelope<QuoteDto>> patch(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                  @PathVariable String id, @Nullable @Body String body) {
        QuoteId quoteId = quoteId(id);
        JsonObject json = JsonInput.object(body);
        QuotePatch patch = new QuotePatch(json.nullable("contact_id", n -> new ContactId(json.uuid(n))),
                json.string("currency"), json.date("issue_date"), json.nullable("expiry_date", json::date),
                LineItemsInput.read(json, "line_items"), json.clearableString("notes"), json.clearableString("terms"));
        Long expected = json.longValue("if_match_version");
        return Responses.updated(request, expected, () -> QuoteDto.of(update.update(actor, quoteId, expected, patch)),
                () -> QuoteDto.of(queries.get(actor, quoteId)));
    }

    @Post("/{id}/send")
    @Operation(operationId = "sendQuote", summary = "Send the quote to its contact; SENT only after delivery succeeded")
    @RequestBody(content = @Content(schema = @Schema(implementation = QuoteDto.SendRequest.class)))
    public HttpResponse<Envelope<QuoteDto>> send(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                 @PathVariable String id, @Nullable @Body String body) {
        QuoteId quoteId = quoteId(id);
        JsonObject json = JsonInput.object(body);
        var command = new SendDocumentCommand(quoteId.value(), json.string("channel"), json.string("message"));
        return respond(actor, request, body, HttpStatus.OK, () -> send.send(actor, command).id());
    }

    @Post("/{id}/approve")
    @Operation(operationId = "approveQuote", summary = "Record the customer's approval (SENT → APPROVED)")
    public HttpResponse<Envelope<QuoteDto>> approve(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                    @PathVariable String id, @Nullable @Body String body) {
        QuoteId quoteId = quoteId(id);
        JsonInput.object(body);
        return respond(actor, request, body, HttpStatus.OK, () -> approve.approve(actor, quoteId).id());
    }

    @Post("/{id}/reject")
    @Operation(operationId = "rejectQuote", summary = "Record the customer's refusal with an optional reason (SENT → REJECTED)")
    @RequestBody(content = @Content(schema = @Schema(implementation = QuoteDto.ReasonRequest.class)))
    public HttpResponse<Envelope<QuoteDto>> reject(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                   @PathVariable String id, @Nullable @Body String body) {
        QuoteId quoteId = quoteId(id);
        String reason = JsonInput.object(body).string("reason");
        return respond(actor, request, body, HttpStatus.OK, () -> reject.reject(actor, quoteId, reason).id());
    }

    @Post("/{id}/convert-to-invoice")
    @Operation(operationId = "convertQuoteToInvoice", summary = "Make a DRAFT invoice from an APPROVED quote; again returns the same invoice (created=false)")
    public HttpResponse<Envelope<ConversionDto>> convertToInvoice(@Parameter(hidden = true) Actor actor,
                                                                              HttpRequest<?> request, @PathVariable String id,
                                                                              @Nullable @Body String body) {
        QuoteId quoteId = quoteId(id);
        JsonInput.object(body);
        return idempotent.respond(actor, request, body, HttpStatus.OK,
                () -> ConversionDto.encode(convert.convert(actor, quoteId)),
                ConversionDto::decode);
    }

    private HttpResponse<Envelope<QuoteDto>> respond(Actor actor, HttpRequest<?> request, @Nullable String body,
                                                     HttpStatus status, Supplier<UUID> operation) {
        return idempotent.respond(actor, request, body, status, () -> operation.get().toString(),
                id -> QuoteDto.of(queries.get(actor, new QuoteId(UUID.fromString(id)))));
    }

    private static QuoteId quoteId(String id) {
        return new QuoteId(PathIds.parse("Quote", id));
    }
}
