package io.smbhub.application.service.support;

import io.smbhub.application.port.in.LineItemView;
import io.smbhub.application.port.out.OutgoingMessage;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.shared.DocumentTotals;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.tenant.Tenant;

import java.util.List;
import java.util.Optional;

/**
 * Renders the plain-text email that carries a quote or invoice to its contact: greeting, the sender's
 * personal message, the lines, totals, dates, the client portal link (spec smb-hub-prd.md 3.13) and the attached
 * printable document. Errors: {@code VALIDATION_ERROR} on {@code contact.email} when the contact has no email address.
 */
public final class DocumentMessages {

    private DocumentMessages() {
    }

    /** The invoice email; {@code portalUrl} is where the customer views and pays it; {@code attachments} may be empty. */
    public static OutgoingMessage invoice(Tenant tenant, Contact contact, Invoice invoice, String personalMessage,
                                          String portalUrl, List<OutgoingMessage.Attachment> attachments) {
        String to = requireEmail(contact, "invoice");
        StringBuilder body = opening(contact, personalMessage, "Here is invoice " + invoice.number() + " from " + tenant.name() + ".");
        lines(body, invoice.details().lineItems(), invoice.totals());
        body.append("Amount due: ").append(invoice.amountDue()).append('\n');
        body.append("Issued: ").append(invoice.details().issueDate()).append("   Due: ").append(invoice.details().dueDate()).append('\n');
        portal(body, "View and pay this invoice online:", portalUrl);
        closing(body, tenant);
        return new OutgoingMessage(tenant.name(), to, contact.details().displayName(),
                "Invoice " + invoice.number() + " from " + tenant.name(), body.toString(), invoice.number(), attachments);
    }

    /** The quote email; {@code portalUrl} is where the customer views, approves or rejects it; {@code attachments} may be empty. */
    public static OutgoingMessage quote(Tenant tenant, Contact contact, Quote quote, String personalMessage,
                                        String portalUrl, List<OutgoingMessage.Attachment> attachments) {
        String to = requireEmail(contact, "quote");
        StringBuilder body = opening(contact, personalMessage, "Here is quote " + quote.number() + " from " + tenant.name() + ".");
        lines(body, quote.details().lineItems(), quote.totals());
        if (quote.details().expiryDate() != null) {
            body.append("Valid until: ").append(quote.details().expiryDate()).append('\n');
        }
        portal(body, "View, approve or decline this quote online:", portalUrl);
        closing(body, tenant);
        return new OutgoingMessage(tenant.name(), to, contact.details().displayName(),
                "Quote " + quote.number() + " from " + tenant.name(), body.toString(), quote.number(), attachments);
    }

    private static String requireEmail(Contact contact, String what) {
        emailRefusal(contact, what).ifPresent(Refusal::raise);
        return contact.details().email();
    }

    /**
     * Why a {@code what} ("invoice", "quote") cannot be emailed to {@code contact}: {@code VALIDATION_ERROR} on
     * {@code contact.email} when it has no email address; empty when it can.
     */
    public static Optional<Refusal> emailRefusal(Contact contact, String what) {
        if (contact.details().email() != null) {
            return Optional.empty();
        }
        String message = "Contact " + contact.details().displayName() + " has no email address; add one to send this " + what + " by email";
        return Optional.of(new Refusal(ErrorCode.VALIDATION_ERROR, message, List.of(new FieldError("contact.email", message))));
    }

    private static StringBuilder opening(Contact contact, String personalMessage, String intro) {
        StringBuilder body = new StringBuilder("Hello ").append(contact.details().displayName()).append(",\n\n");
        if (personalMessage != null) {
            body.append(personalMessage).append("\n\n");
        }
        return body.append(intro).append("\n\n");
    }

    private static void lines(StringBuilder body, List<LineItem> lines, DocumentTotals totals) {
        for (LineItem line : lines) {
            LineItemView v = LineItemView.of(line);
            body.append("- ").append(v.name()).append(": ").append(v.qty().stripTrailingZeros().toPlainString())
                    .append(" x ").append(v.rate()).append(" = ").append(v.total()).append('\n');
        }
        body.append('\n').append("Subtotal: ").append(totals.subtotal()).append('\n');
        if (totals.discountTotal().isPositive()) {
            body.append("Discount: ").append(totals.discountTotal()).append('\n');
        }
        body.append("Tax: ").append(totals.taxTotal()).append('\n');
        body.append("Total: ").append(totals.total()).append('\n');
    }

    private static void portal(StringBuilder body, String invitation, String portalUrl) {
        if (portalUrl != null) {
            body.append('\n').append(invitation).append('\n').append(portalUrl).append('\n');
        }
    }

    private static void closing(StringBuilder body, Tenant tenant) {
        body.append("\nThank you,\n").append(tenant.name()).append('\n');
    }
}
