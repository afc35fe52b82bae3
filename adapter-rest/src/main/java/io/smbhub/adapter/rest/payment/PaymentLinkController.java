package io.smbhub.adapter.rest.payment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.IdempotentRequests;
import io.smbhub.adapter.rest.http.MoneyDto;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.payment.PaymentLinkUseCase;
import io.smbhub.application.port.in.payment.PaymentLinkView;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Online payment links of invoices (spec smb-hub-prd.md 3.2 Flow C, 12.3.6 "payment-link"). */
@Controller("/v1/invoices")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Invoices")
public class PaymentLinkController {

    private final PaymentLinkUseCase links;
    private final IdempotentRequests idempotent;

    public PaymentLinkController(PaymentLinkUseCase links, IdempotentRequests idempotent) {
        this.links = links;
        this.idempotent = idempotent;
    }

    /** A payment link in responses: checkout URL, amount it collects, expiry (UTC), whether an existing one was reused. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "PaymentLink")
    public record PaymentLinkDto(UUID invoiceId, String url, MoneyDto amount, Instant expiresAt, boolean reused) {
        static PaymentLinkDto of(PaymentLinkView v) {
            return new PaymentLinkDto(v.invoiceId().value(), v.url(), MoneyDto.of(v.amount()), v.expiresAt(), v.reused());
        }
    }

    @Post("/{id}/payment-link")
    @Operation(operationId = "createInvoicePaymentLink", summary = "Create (or reuse) the invoice's online payment link",
            description = "A Stripe Checkout page for the invoice's amount due, with tenant_id and invoice_id in Stripe "
                    + "metadata; stored on the invoice as payment_link_url. An unexpired link for the same amount due is "
                    + "reused (reused=true). Errors: INVALID_TRANSITION unless SENT or PARTIALLY_PAID with money due; "
                    + "UNAVAILABLE when Stripe is not configured; PROVIDER_ERROR when Stripe failed (invoice unchanged).")
    @ApiResponse(responseCode = "201", description = "Created or reused", useReturnTypeSchema = true)
    public HttpResponse<Envelope<PaymentLinkDto>> create(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                         @PathVariable String id) {
        InvoiceId invoiceId = new InvoiceId(PathIds.parse("Invoice", id));
        return idempotent.respond(actor, request, null, HttpStatus.CREATED,
                () -> encode(links.create(actor, invoiceId)), PaymentLinkController::decode);
    }

    /** The replayable result text: one field per line. */
    private static String encode(PaymentLinkView v) {
        return String.join("\n", v.invoiceId().value().toString(), v.url(), v.amount().amount().toPlainString(),
                v.amount().currency(), v.expiresAt().toString(), Boolean.toString(v.reused()));
    }

    private static PaymentLinkDto decode(String text) {
        String[] f = text.split("\n", -1);
        return PaymentLinkDto.of(new PaymentLinkView(new InvoiceId(UUID.fromString(f[0])), f[1],
                Money.of(new BigDecimal(f[2]), f[3]), Instant.parse(f[4]), Boolean.parseBoolean(f[5])));
    }
}
