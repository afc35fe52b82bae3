package io.smbhub.adapter.rest.ai;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ai.PrecheckUseCase;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.QuoteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * AI Pre-Check (enterprise-business-os.md feature 2; issue 6): checks an invoice or quote against the business's SOP
 * rules ({@code GET /v1/settings/sop-rules}) before it is sent — the deterministic rules always, the free-text rules
 * by a model pass when a model is available. Changes nothing, so it needs no {@code Idempotency-Key}; any body is
 * ignored. Needs document read. Errors: 403 FORBIDDEN, 404 NOT_FOUND.
 */
@Controller("/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "AI")
public class PrecheckController {

    private final PrecheckUseCase precheck;

    public PrecheckController(PrecheckUseCase precheck) {
        this.precheck = precheck;
    }

    @Post("/invoices/{id}/precheck")
    @Operation(operationId = "precheckInvoice", summary = "Check an invoice against the business's SOP rules (valid, violations)")
    public HttpResponse<Envelope<PrecheckDto>> invoice(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                       @PathVariable String id, @Nullable @Body String body) {
        InvoiceId invoice = new InvoiceId(PathIds.parse("Invoice", id));
        JsonInput.object(body);
        return Responses.ok(request, PrecheckDto.of(precheck.precheckInvoice(actor, invoice)));
    }

    @Post("/quotes/{id}/precheck")
    @Operation(operationId = "precheckQuote", summary = "Check a quote against the business's SOP rules (valid, violations)")
    public HttpResponse<Envelope<PrecheckDto>> quote(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                     @PathVariable String id, @Nullable @Body String body) {
        QuoteId quote = new QuoteId(PathIds.parse("Quote", id));
        JsonInput.object(body);
        return Responses.ok(request, PrecheckDto.of(precheck.precheckQuote(actor, quote)));
    }
}
