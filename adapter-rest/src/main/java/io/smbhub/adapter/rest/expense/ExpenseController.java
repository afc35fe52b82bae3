package io.smbhub.adapter.rest.expense;

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
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.adapter.rest.http.QueryParams;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.expense.ExpenseDraft;
import io.smbhub.application.port.in.expense.ExpensePatch;
import io.smbhub.application.port.in.expense.ExpenseQueries;
import io.smbhub.application.port.in.expense.ExpenseUseCase;
import io.smbhub.domain.expense.ExpenseStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ExpenseId;
import io.smbhub.domain.shared.FileId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Expenses (spec smb-hub-prd.md 2.3 "Expenses", 3.12, Epic 6): capture, edit, submit, approve and reject. OWNER,
 * ADMIN, STAFF and AGENT capture and submit (an AGENT sees only its own), OWNER and ADMIN approve and reject, a
 * VIEWER reads; {@code CAPABILITY_DISABLED} (403) when the business's profile has expenses off.
 */
@Controller("/v1/expenses")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Expenses")
public class ExpenseController {

    private final ExpenseUseCase expenses;
    private final ExpenseQueries queries;
    private final IdempotentRequests idempotent;

    public ExpenseController(ExpenseUseCase expenses, ExpenseQueries queries, IdempotentRequests idempotent) {
        this.expenses = expenses;
        this.queries = queries;
        this.idempotent = idempotent;
    }

    @Get
    @Operation(operationId = "listExpenses", summary = "List expenses, newest captured first (an AGENT sees its own only)")
    public HttpResponse<Envelope<List<ExpenseDto>>> list(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @Nullable @QueryValue @Parameter(schema = @Schema(implementation = ExpenseStatus.class)) String status,
            @Nullable @QueryValue @Parameter(description = "Calendar month of the expense date", schema = @Schema(example = "2026-01")) String month,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        var query = new ExpenseQueries.ListQuery(QueryParams.enumValue("status", status, ExpenseStatus.class),
                month(month), QueryParams.page(limit, cursor));
        return Responses.page(request, queries.list(actor, query), ExpenseDto::of);
    }

    @Post
    @Operation(operationId = "createExpense", summary = "Capture an expense by hand (DRAFT, source MANUAL); amount and expense_date are required")
    @RequestBody(content = @Content(schema = @Schema(implementation = ExpenseDto.Request.class)))
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    public HttpResponse<Envelope<ExpenseDto>> create(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                     @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        UUID vendorContact = json.uuid("vendor_contact_id");
        UUID receipt = json.uuid("receipt_file_id");
        ExpenseDraft draft = new ExpenseDraft(json.string("vendor"),
                vendorContact == null ? null : new ContactId(vendorContact), json.date("expense_date"),
                json.decimal("amount"), json.string("currency"), json.decimal("tax_total"), json.string("category"),
                json.string("notes"), receipt == null ? null : new FileId(receipt));
        return respond(actor, request, body, HttpStatus.CREATED, () -> expenses.capture(actor, draft).id());
    }

    @Get("/{id}")
    @Operation(operationId = "getExpense", summary = "Get an expense")
    public HttpResponse<Envelope<ExpenseDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                  @PathVariable String id) {
        return Responses.ok(request, ExpenseDto.of(queries.get(actor, expenseId(id))));
    }

    @Patch("/{id}")
    @Operation(operationId = "updateExpense", summary = "Edit a DRAFT or REJECTED expense (a REJECTED one goes back to DRAFT); null clears optional fields")
    @RequestBody(content = @Content(schema = @Schema(implementation = ExpenseDto.Request.class)))
    public HttpResponse<Envelope<ExpenseDto>> patch(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                    @PathVariable String id, @Nullable @Body String body) {
        ExpenseId expenseId = expenseId(id);
        JsonObject json = JsonInput.object(body);
        for (String required : List.of("expense_date", "amount")) {
            if (json.isNull(required)) {
                throw ApiException.invalid(required, required + " is required and cannot be cleared");
            }
        }
        ExpensePatch patch = new ExpensePatch(json.clearableString("vendor"),
                json.nullable("vendor_contact_id", n -> new ContactId(json.uuid(n))), json.date("expense_date"),
                json.decimal("amount"), json.string("currency"), json.nullable("tax_total", json::decimal),
                json.clearableString("category"), json.clearableString("notes"),
                json.nullable("receipt_file_id", n -> new FileId(json.uuid(n))));
        Long expected = json.longValue("if_match_version");
        return Responses.updated(request, expected, () -> ExpenseDto.of(expenses.update(actor, expenseId, expected, patch)),
                () -> ExpenseDto.of(queries.get(actor, expenseId)));
    }

    @Post("/{id}/submit")
    @Operation(operationId = "submitExpense", summary = "Hand a DRAFT expense in for review (DRAFT → SUBMITTED)")
    public HttpResponse<Envelope<ExpenseDto>> submit(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                     @PathVariable String id, @Nullable @Body String body) {
        ExpenseId expenseId = expenseId(id);
        JsonInput.object(body);
        return respond(actor, request, body, HttpStatus.OK, () -> expenses.submit(actor, expenseId).id());
    }

    @Post("/{id}/approve")
    @Operation(operationId = "approveExpense", summary = "Approve a SUBMITTED expense (OWNER, ADMIN)")
    public HttpResponse<Envelope<ExpenseDto>> approve(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                      @PathVariable String id, @Nullable @Body String body) {
        ExpenseId expenseId = expenseId(id);
        JsonInput.object(body);
        return respond(actor, request, body, HttpStatus.OK, () -> expenses.approve(actor, expenseId).id());
    }

    @Post("/{id}/reject")
    @Operation(operationId = "rejectExpense", summary = "Send a SUBMITTED expense back with a required reason (OWNER, ADMIN)")
    @RequestBody(content = @Content(schema = @Schema(implementation = ExpenseDto.RejectRequest.class)))
    public HttpResponse<Envelope<ExpenseDto>> reject(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                     @PathVariable String id, @Nullable @Body String body) {
        ExpenseId expenseId = expenseId(id);
        String reason = JsonInput.object(body).string("reason");
        return respond(actor, request, body, HttpStatus.OK, () -> expenses.reject(actor, expenseId, reason).id());
    }

    private HttpResponse<Envelope<ExpenseDto>> respond(Actor actor, HttpRequest<?> request, @Nullable String body,
                                                       HttpStatus status, Supplier<UUID> operation) {
        return idempotent.respond(actor, request, body, status, () -> operation.get().toString(),
                id -> ExpenseDto.of(queries.get(actor, new ExpenseId(UUID.fromString(id)))));
    }

    /** {@code YYYY-MM}, or null when absent. Errors: 400 naming {@code month}. */
    @Nullable
    private static YearMonth month(@Nullable String value) {
        String text = QueryParams.text(value);
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("month", "month must be a month like 2026-01, got \""
                    + (text.length() <= 20 ? text : text.substring(0, 17) + "...") + "\"");
        }
    }

    private static ExpenseId expenseId(String id) {
        return new ExpenseId(PathIds.parse("Expense", id));
    }
}
