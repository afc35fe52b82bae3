package io.smbhub.adapter.rest.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.http.ErrorMapper;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.payment.PaymentWebhookUseCase;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCategory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Stripe's webhook endpoint (spec smb-hub-prd.md 12.5). Public: the {@code Stripe-Signature} header is the
 * credential. A verified event is stored and queued, then acknowledged at once (200, also for a redelivered
 * event); processing runs from the job queue. A bad, missing or stale signature answers 400
 * {@code VALIDATION_ERROR} and stores nothing, so Stripe retries and the failure shows in its dashboard.
 */
@Controller("/v1/webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Webhooks")
public class StripeWebhookController {

    private final PaymentWebhookUseCase webhooks;

    public StripeWebhookController(PaymentWebhookUseCase webhooks) {
        this.webhooks = webhooks;
    }

    /** The acknowledgement: Stripe's event id and type, and whether it had been received before. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record ReceiptDto(String eventId, String type, boolean duplicate) {
    }

    @Post("/stripe")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @SecurityRequirements
    @Operation(operationId = "receiveStripeWebhook", summary = "Receive a Stripe event (signed with STRIPE_WEBHOOK_SECRET)",
            description = "Handles checkout.session.completed, checkout.session.async_payment_succeeded, "
                    + "payment_intent.succeeded, payment_intent.payment_failed and charge.refunded; other verified events "
                    + "are stored and ignored. Idempotent per Stripe event id.")
    public HttpResponse<?> receive(HttpRequest<?> request, @Nullable @Body String payload,
                                   @Nullable @Header("Stripe-Signature") String signature) {
        try {
            PaymentWebhookUseCase.Receipt receipt = webhooks.receive(payload == null ? "" : payload, signature);
            return HttpResponse.ok(Responses.envelope(request,
                    new ReceiptDto(receipt.providerEventId(), receipt.type(), receipt.duplicate())));
        } catch (DomainException e) {
            if (e.code().category() == ErrorCategory.VALIDATION) {
                return ErrorMapper.of(request, e).status(HttpStatus.BAD_REQUEST);
            }
            throw e;
        }
    }
}
