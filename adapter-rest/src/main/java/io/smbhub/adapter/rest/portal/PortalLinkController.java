package io.smbhub.adapter.rest.portal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.IdempotentRequests;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.portal.PortalLinkUseCase;
import io.smbhub.application.port.in.portal.PortalLinkView;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.QuoteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Members manage the client portal links of invoices and quotes (spec smb-hub-prd.md 3.13 "Token must be
 * revocable", 12.6): POST replaces every live link of the document with a new one and answers its URL once;
 * DELETE revokes them all. Roles and errors as {@link PortalLinkUseCase}.
 */
@Controller("/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Client portal links")
public class PortalLinkController {

    private final PortalLinkUseCase links;
    private final IdempotentRequests idempotent;

    public PortalLinkController(PortalLinkUseCase links, IdempotentRequests idempotent) {
        this.links = links;
        this.idempotent = idempotent;
    }

    @Post("/invoices/{id}/portal-link")
    @Operation(operationId = "rotateInvoicePortalLink", summary = "Replace the invoice's client portal links with a new one "
            + "(earlier links stop working); the URL is answered only here, never again (null on an idempotent replay)")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    public HttpResponse<Envelope<PortalLinkDto>> rotateInvoiceLink(@Parameter(hidden = true) Actor actor,
                                                                   HttpRequest<?> request, @PathVariable String id,
                                                                   @Nullable @Body String body) {
        InvoiceId invoiceId = new InvoiceId(PathIds.parse("Invoice", id));
        return rotate(actor, request, body, () -> links.rotateInvoiceLink(actor, invoiceId));
    }

    @Delete("/invoices/{id}/portal-link")
    @Operation(operationId = "revokeInvoicePortalLinks", summary = "Revoke every client portal link of the invoice")
    @ApiResponse(responseCode = "204", description = "Revoked")
    public HttpResponse<Void> revokeInvoiceLinks(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        links.revokeInvoiceLinks(actor, new InvoiceId(PathIds.parse("Invoice", id)));
        return HttpResponse.noContent();
    }

    @Post("/quotes/{id}/portal-link")
    @Operation(operationId = "rotateQuotePortalLink", summary = "Replace the quote's client portal links with a new one "
            + "(earlier links stop working); the URL is answered only here, never again (null on an idempotent replay)")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    public HttpResponse<Envelope<PortalLinkDto>> rotateQuoteLink(@Parameter(hidden = true) Actor actor,
                                                                 HttpRequest<?> request, @PathVariable String id,
                                                                 @Nullable @Body String body) {
        QuoteId quoteId = new QuoteId(PathIds.parse("Quote", id));
        return rotate(actor, request, body, () -> links.rotateQuoteLink(actor, quoteId));
    }

    @Delete("/quotes/{id}/portal-link")
    @Operation(operationId = "revokeQuotePortalLinks", summary = "Revoke every client portal link of the quote")
    @ApiResponse(responseCode = "204", description = "Revoked")
    public HttpResponse<Void> revokeQuoteLinks(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        links.revokeQuoteLinks(actor, new QuoteId(PathIds.parse("Quote", id)));
        return HttpResponse.noContent();
    }

    /** Runs the rotation once per Idempotency-Key; only the creation time is remembered, never the secret URL. */
    private HttpResponse<Envelope<PortalLinkDto>> rotate(Actor actor, HttpRequest<?> request, @Nullable String body,
                                                         Supplier<PortalLinkView> rotation) {
        AtomicReference<PortalLinkView> issued = new AtomicReference<>();
        return idempotent.respond(actor, request, body, HttpStatus.CREATED, () -> {
            issued.set(rotation.get());
            return issued.get().createdAt().toString();
        }, createdAt -> issued.get() != null
                ? new PortalLinkDto(issued.get().url(), issued.get().createdAt())
                : new PortalLinkDto(null, Instant.parse(createdAt)));
    }
}
