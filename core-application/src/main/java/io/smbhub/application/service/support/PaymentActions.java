package io.smbhub.application.service.support;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.shared.Refusal;

import java.util.List;
import java.util.Optional;

import static io.smbhub.application.service.support.Checks.capability;
import static io.smbhub.application.service.support.Checks.permission;
import static io.smbhub.domain.profile.Capability.PAYMENTS;
import static io.smbhub.domain.tenant.Permission.PAYMENTS_RECORD;

/**
 * The payment actions and what allows each (spec smb-hub-prd.md 12.7, 12.3.6 "refund"): role (2.2, "record
 * payments/refunds"), the {@code payments} capability, the payment's status (something left to refund) and,
 * for a provider payment, online payments being configured.
 */
public final class PaymentActions {

    public static final String REFUND = "refund";
    /** Every payment action, in the order {@code allowed_actions} lists them. */
    public static final List<String> ALL = List.of(REFUND);

    private PaymentActions() {
    }

    public static ActionDecisions decide(Actor actor, Payment payment, TenantContext ctx) {
        return ActionDecisions.builder()
                .action(REFUND, permission(actor, PAYMENTS_RECORD), capability(ctx.profile(), PAYMENTS),
                        () -> payment.refusalToRefund(null),
                        () -> payment.provider() == PaymentProvider.STRIPE ? InvoiceActions.onlinePayments(ctx)
                                : Optional.<Refusal>empty())
                .build();
    }
}
