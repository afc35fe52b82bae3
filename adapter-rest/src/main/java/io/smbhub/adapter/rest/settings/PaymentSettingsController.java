package io.smbhub.adapter.rest.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.payment.PaymentAccountUseCase;
import io.smbhub.application.port.in.payment.PaymentAccountUseCase.PaymentAccountView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;

/** The tenant's Stripe account (issue 4 "per-tenant Stripe credentials"); OWNER and ADMIN. */
@Controller("/v1/settings/payments/stripe")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Settings")
public class PaymentSettingsController {

    private final PaymentAccountUseCase accounts;

    public PaymentSettingsController(PaymentAccountUseCase accounts) {
        this.accounts = accounts;
    }

    /** The tenant's Stripe account as shown: never the key itself, only its last four characters. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "StripeAccount")
    public record StripeAccountDto(@Schema(allowableValues = {"PLATFORM", "CONNECTED_ACCOUNT", "OWN_KEY"}) String mode,
                                   @Nullable String connectedAccountId, @Nullable String secretKeyLast4,
                                   @Nullable Instant updatedAt, boolean onlinePaymentsConfigured) {
        static StripeAccountDto of(PaymentAccountView v) {
            return new StripeAccountDto(v.mode().name(), v.connectedAccountId(), v.secretKeyLast4(), v.updatedAt(),
                    v.onlinePaymentsConfigured());
        }
    }

    /** Request body of PUT (documentation): exactly one of the two. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "StripeAccountRequest")
    public record Request(@Nullable @Schema(example = "acct_1Nv0FGQ9RKHgCVdK") String connectedAccountId,
                          @Nullable @Schema(description = "sk_live_… / sk_test_… / rk_…; stored encrypted, never shown again")
                          String secretKey) {
    }

    @Get
    @Operation(operationId = "getStripeAccount", summary = "Which Stripe account this business's payments run on")
    public HttpResponse<Envelope<StripeAccountDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request) {
        return Responses.ok(request, StripeAccountDto.of(accounts.get(actor)));
    }

    @Put
    @Operation(operationId = "setStripeAccount", summary = "Use a Stripe connected account or the business's own secret key",
            description = "Exactly one of connected_account_id and secret_key. The key is stored encrypted at rest "
                    + "(AES-256-GCM) and never returned; audited as tenant.payment_account_changed without the key.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Request.class)))
    public HttpResponse<Envelope<StripeAccountDto>> set(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                        @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        return Responses.ok(request, StripeAccountDto.of(accounts.set(actor, json.string("connected_account_id"),
                json.string("secret_key"))));
    }

    @Delete
    @Operation(operationId = "removeStripeAccount", summary = "Go back to the platform's Stripe account")
    public HttpResponse<Envelope<StripeAccountDto>> remove(@Parameter(hidden = true) Actor actor, HttpRequest<?> request) {
        return Responses.ok(request, StripeAccountDto.of(accounts.remove(actor)));
    }
}
