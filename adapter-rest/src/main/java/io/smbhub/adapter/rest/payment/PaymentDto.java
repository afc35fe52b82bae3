package io.smbhub.adapter.rest.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.adapter.rest.http.MoneyDto;
import io.smbhub.application.port.in.payment.PaymentView;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.payment.PaymentStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A payment in responses (spec smb-hub-prd.md 2.1 "Payment"). */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Payment")
public record PaymentDto(UUID id, UUID invoiceId, PaymentProvider provider, @Nullable String providerPaymentId,
                         PaymentStatus status, MoneyDto amount, MoneyDto amountRefunded, Instant paidAt,
                         @Nullable String methodLabel, @Nullable String receiptUrl, @Nullable String failureMessage,
                         Instant createdAt, Instant updatedAt, List<String> allowedActions) {

    public static PaymentDto of(PaymentView v) {
        return new PaymentDto(v.id(), v.invoiceId(), v.provider(), v.providerPaymentId(), v.status(),
                MoneyDto.of(v.amount()), MoneyDto.of(v.amountRefunded()), v.paidAt(), v.methodLabel(), v.receiptUrl(),
                v.failureMessage(), v.createdAt(), v.updatedAt(), v.allowedActions());
    }

    /** Request body of POST /v1/payments/{id}/refund (documentation). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "RefundRequest")
    public record RefundRequest(@Nullable @Schema(type = "string", example = "50.00",
                                        description = "default: everything left to refund") String amount,
                                @Nullable String reason) {
    }

    /** Request body of POST /v1/payments (documentation). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "PaymentRequest")
    public record Request(UUID invoiceId, @Nullable @Schema(allowableValues = {"CASH", "BANK", "OTHER"}) String provider,
                          @Schema(type = "string", example = "200.00") String amount,
                          @Nullable @Schema(description = "default: the invoice's currency") String currency,
                          @Nullable @Schema(description = "default: now") Instant paidAt,
                          @Nullable @Schema(description = "e.g. bank transfer id") String reference,
                          @Nullable String methodLabel) {
    }
}
