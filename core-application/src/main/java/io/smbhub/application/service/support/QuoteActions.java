package io.smbhub.application.service.support;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.profile.ConversionRule;
import io.smbhub.domain.profile.EffectiveProfile;
import io.smbhub.domain.profile.ProfileEntity;
import io.smbhub.domain.profile.ProfileOperation;
import io.smbhub.domain.quote.Quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.smbhub.application.service.support.Checks.capability;
import static io.smbhub.application.service.support.Checks.conversion;
import static io.smbhub.application.service.support.Checks.permission;
import static io.smbhub.application.service.support.Checks.profileFields;
import static io.smbhub.domain.profile.Capability.INVOICES;
import static io.smbhub.domain.profile.Capability.QUOTES;
import static io.smbhub.domain.tenant.Permission.DOCUMENTS_DRAFT;
import static io.smbhub.domain.tenant.Permission.DOCUMENTS_SEND;

/** The quote actions and what allows each (spec smb-hub-prd.md 12.7, 2.2, 9.4, 9.7.2). */
public final class QuoteActions {

    public static final String UPDATE = "update";
    public static final String SEND = "send";
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";
    public static final String CONVERT_TO_INVOICE = "convert_to_invoice";
    /** Every quote action, in the order {@code allowed_actions} lists them. */
    public static final List<String> ALL = List.of(UPDATE, SEND, APPROVE, REJECT, CONVERT_TO_INVOICE);

    private QuoteActions() {
    }

    /**
     * The decisions for {@code actor} on {@code quote} on {@code today} (tenant-local); {@code contact} is the
     * quote's live contact, if any.
     */
    public static ActionDecisions decide(Actor actor, Quote quote, EffectiveProfile profile, LocalDate today,
                                         Optional<Contact> contact) {
        String subject = "Quote " + quote.number();
        return ActionDecisions.builder()
                .action(UPDATE, permission(actor, DOCUMENTS_DRAFT), capability(profile, QUOTES), quote::refusalToRevise)
                .action(SEND, permission(actor, DOCUMENTS_SEND), capability(profile, QUOTES), quote::refusalToSend,
                        profileFields(profile, ProfileEntity.QUOTE, ProfilePayloads.quote(quote.details()), ProfileOperation.SEND, subject),
                        () -> Documents.reachableRefusal(quote.details().contactId(), contact, "quote"))
                .action(APPROVE, permission(actor, DOCUMENTS_SEND), capability(profile, QUOTES), () -> quote.refusalToApprove(today))
                .action(REJECT, permission(actor, DOCUMENTS_SEND), capability(profile, QUOTES), quote::refusalToReject)
                .action(CONVERT_TO_INVOICE, permission(actor, DOCUMENTS_DRAFT), capability(profile, QUOTES),
                        capability(profile, INVOICES), conversion(profile, ConversionRule.QUOTE_TO_INVOICE),
                        quote::refusalToConvert,
                        profileFields(profile, ProfileEntity.QUOTE, ProfilePayloads.quote(quote.details()), ProfileOperation.CONVERT, subject))
                .build();
    }
}
