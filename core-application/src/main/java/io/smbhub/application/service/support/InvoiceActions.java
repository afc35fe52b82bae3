package io.smbhub.application.service.support;

import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.profile.EffectiveProfile;
import io.smbhub.domain.profile.ProfileEntity;
import io.smbhub.domain.profile.ProfileOperation;

import java.util.List;
import java.util.Optional;

import static io.smbhub.application.service.support.Checks.capability;
import static io.smbhub.application.service.support.Checks.permission;
import static io.smbhub.application.service.support.Checks.profileFields;
import static io.smbhub.domain.profile.Capability.INVOICES;
import static io.smbhub.domain.profile.Capability.PAYMENTS;
import static io.smbhub.domain.tenant.Permission.DOCUMENTS_DRAFT;
import static io.smbhub.domain.tenant.Permission.DOCUMENTS_SEND;
import static io.smbhub.domain.tenant.Permission.PAYMENTS_RECORD;

/**
 * The invoice actions and what allows each (spec smb-hub-prd.md 12.7): role (2.2), profile capabilities
 * (9.4.3), invoice status, required fields of the profile (9.4.4 "Invoice send") and a reachable contact.
 */
public final class InvoiceActions {

    public static final String UPDATE = "update";
    public static final String SEND = "send";
    public static final String VOID = "void";
    public static final String RECORD_PAYMENT = "record_payment";
    public static final String CREATE_PAYMENT_LINK = "create_payment_link";
    /** Send a payment reminder now (spec smb-hub-prd.md 3.11; issue 5). */
    public static final String REMIND = "remind";
    /** Every invoice action, in the order {@code allowed_actions} lists them. */
    public static final List<String> ALL = List.of(UPDATE, SEND, VOID, RECORD_PAYMENT, CREATE_PAYMENT_LINK, REMIND);

    private InvoiceActions() {
    }

    /**
     * The decisions for {@code actor} on {@code invoice} in the tenant context {@code ctx}; {@code contact} is the
     * invoice's live contact, if any. {@code create_payment_link} also needs online payments configured
     * ({@code UNAVAILABLE} otherwise).
     */
    public static ActionDecisions decide(Actor actor, Invoice invoice, TenantContext ctx, Optional<Contact> contact) {
        EffectiveProfile profile = ctx.profile();
        return ActionDecisions.builder()
                .action(UPDATE, permission(actor, DOCUMENTS_DRAFT), capability(profile, INVOICES), invoice::refusalToRevise)
                .action(SEND, permission(actor, DOCUMENTS_SEND), capability(profile, INVOICES), capability(profile, PAYMENTS),
                        invoice::refusalToSend,
                        profileFields(profile, ProfileEntity.INVOICE, ProfilePayloads.invoice(invoice.details()),
                                ProfileOperation.SEND, "Invoice " + invoice.number()),
                        () -> Documents.reachableRefusal(invoice.details().contactId(), contact, "invoice"))
                .action(VOID, permission(actor, DOCUMENTS_SEND), capability(profile, INVOICES), invoice::refusalToVoid)
                .action(RECORD_PAYMENT, permission(actor, PAYMENTS_RECORD), capability(profile, PAYMENTS),
                        invoice::refusalToTakePayment)
                .action(CREATE_PAYMENT_LINK, permission(actor, DOCUMENTS_SEND), capability(profile, PAYMENTS),
                        invoice::refusalToCreatePaymentLink, () -> onlinePayments(ctx))
                .action(REMIND, permission(actor, DOCUMENTS_SEND), capability(profile, INVOICES), invoice::refusalToRemind,
                        () -> Documents.reachableRefusal(invoice.details().contactId(), contact, "invoice"))
                .build();
    }

    /** {@code UNAVAILABLE} when this server has no payment provider configured. */
    public static Optional<Refusal> onlinePayments(TenantContext ctx) {
        return ctx.onlinePayments() ? Optional.empty() : Optional.of(new Refusal(ErrorCode.UNAVAILABLE,
                "Online payments are not configured on this server (set STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET)"));
    }
}
