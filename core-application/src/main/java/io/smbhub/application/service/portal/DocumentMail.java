package io.smbhub.application.service.portal;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.out.DocumentDelivery;
import io.smbhub.application.port.out.DocumentRenderer;
import io.smbhub.application.port.out.OutgoingMessage;
import io.smbhub.application.service.support.Checks;
import io.smbhub.application.service.support.DocumentMessages;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.EffectiveProfiles;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.profile.Capability;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.tenant.Tenant;

import java.util.List;
import java.util.UUID;

/**
 * Sends a quote or invoice to its contact (spec smb-hub-prd.md 3.2 Flow C, 3.13): issues a new client portal link
 * for the document, renders the printable document ({@link DocumentRenderer}), and delivers the email with the
 * portal URL in the body and the document attached (no link when the profile switches the {@code client_portal}
 * capability off). Call inside the send's tenant transaction: a failed delivery rolls the link back with the
 * send. Links issued by earlier sends stay live.
 * Errors: {@code VALIDATION_ERROR} on {@code contact.email} (no address); {@code PROVIDER_ERROR} from rendering
 * or delivery.
 */
public final class DocumentMail {

    private final PortalLinks links;
    private final EffectiveProfiles profiles;
    private final DocumentRenderer renderer;
    private final DocumentDelivery delivery;
    private final Documents documents;

    public DocumentMail(PortalLinks links, EffectiveProfiles profiles, DocumentRenderer renderer, DocumentDelivery delivery,
                        Documents documents) {
        this.links = links;
        this.profiles = profiles;
        this.renderer = renderer;
        this.delivery = delivery;
        this.documents = documents;
    }

    /** Emails {@code invoice} (already saved as sent) with {@code personalMessage} (may be null); returns the transport's id. */
    public String sendInvoice(Actor actor, Tenant tenant, Contact contact, Invoice invoice, String personalMessage) {
        DocumentMessages.emailRefusal(contact, "invoice").ifPresent(Refusal::raise);
        String url = portalUrl(actor, tenant, DocumentKind.INVOICE, invoice.id().value());
        DocumentRenderer.Rendered file = renderer.render(PrintableDocuments.invoice(tenant, contact, invoice, documents.today(tenant)));
        return delivery.deliver(DocumentMessages.invoice(tenant, contact, invoice, personalMessage, url, attachment(file)));
    }

    /** Emails {@code quote} (already saved as sent) with {@code personalMessage} (may be null); returns the transport's id. */
    public String sendQuote(Actor actor, Tenant tenant, Contact contact, Quote quote, String personalMessage) {
        DocumentMessages.emailRefusal(contact, "quote").ifPresent(Refusal::raise);
        String url = portalUrl(actor, tenant, DocumentKind.QUOTE, quote.id().value());
        DocumentRenderer.Rendered file = renderer.render(PrintableDocuments.quote(tenant, contact, quote, documents.today(tenant)));
        return delivery.deliver(DocumentMessages.quote(tenant, contact, quote, personalMessage, url, attachment(file)));
    }

    /** A new portal link of the document, or null when the client portal is off in the tenant's profile. */
    private String portalUrl(Actor actor, Tenant tenant, DocumentKind kind, UUID documentId) {
        if (Checks.capabilityRefusal(profiles.of(tenant), Capability.CLIENT_PORTAL).isPresent()) {
            return null;
        }
        return links.issue(tenant.id(), kind, documentId, actor.userId()).url();
    }

    private static List<OutgoingMessage.Attachment> attachment(DocumentRenderer.Rendered file) {
        return List.of(new OutgoingMessage.Attachment(file.filename(), file.contentType(), file.content()));
    }
}
