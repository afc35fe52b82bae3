package io.smbhub.application.service.portal;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.service.inbox.EmailOutbox;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.DocumentMessages;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.inbox.DocumentRef;
import io.smbhub.domain.inbox.MessagePurpose;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.tenant.Tenant;

import java.util.HashMap;
import java.util.Map;

/**
 * Emails a quote or invoice to its contact (spec smb-hub-prd.md 3.2 Flow C, 3.13; issue 5): the email is written with
 * the tenant's {@code quote_sent}/{@code invoice_sent} template and queued in the {@link EmailOutbox} inside the send's
 * tenant transaction, so it leaves only if the send commits. When it is delivered, the PDF is attached and a fresh
 * client portal link is put in (none when the profile switches {@code client_portal} off). Links issued by earlier
 * sends stay live.
 * Errors: {@code VALIDATION_ERROR} on {@code contact.email} (no address).
 */
public final class DocumentMail {

    private final EmailOutbox outbox;
    private final Auditor auditor;

    public DocumentMail(EmailOutbox outbox, Auditor auditor) {
        this.outbox = outbox;
        this.auditor = auditor;
    }

    /** Queues the email of {@code invoice} (already saved as sent) with {@code personalMessage} (may be null); returns the message. */
    public EmailOutbox.Queued sendInvoice(Actor actor, Tenant tenant, Contact contact, Invoice invoice, String personalMessage) {
        DocumentMessages.emailRefusal(contact, "invoice").ifPresent(Refusal::raise);
        return queue(actor, tenant, contact, new DocumentRef(DocumentKind.INVOICE, invoice.id().value()),
                MessagePurpose.INVOICE_SENT, invoiceValues(invoice, personalMessage));
    }

    /** Queues the email of {@code quote} (already saved as sent) with {@code personalMessage} (may be null); returns the message. */
    public EmailOutbox.Queued sendQuote(Actor actor, Tenant tenant, Contact contact, Quote quote, String personalMessage) {
        DocumentMessages.emailRefusal(contact, "quote").ifPresent(Refusal::raise);
        Map<String, String> values = new HashMap<>();
        values.put("quote_number", quote.number());
        values.put("quote_total", quote.totals().total().toString());
        values.put("valid_until", quote.details().expiryDate() == null ? null : quote.details().expiryDate().toString());
        values.put("personal_message", personalMessage);
        return queue(actor, tenant, contact, new DocumentRef(DocumentKind.QUOTE, quote.id().value()),
                MessagePurpose.QUOTE_SENT, values);
    }

    /** The template values of an invoice email or reminder (amounts with currency, ISO dates). */
    public static Map<String, String> invoiceValues(Invoice invoice, String personalMessage) {
        Map<String, String> values = new HashMap<>();
        values.put("invoice_number", invoice.number());
        values.put("invoice_total", invoice.totals().total().toString());
        values.put("amount_due", invoice.amountDue().toString());
        values.put("due_date", invoice.details().dueDate() == null ? null : invoice.details().dueDate().toString());
        values.put("personal_message", personalMessage);
        return values;
    }

    private EmailOutbox.Queued queue(Actor actor, Tenant tenant, Contact contact, DocumentRef document, MessagePurpose purpose,
                                     Map<String, String> values) {
        EmailOutbox.Queued queued = outbox.queueDocumentEmail(tenant, contact, document, purpose, values, actor.userId());
        auditor.record(actor, "conversation", queued.conversation().id().value(), null, null, queued.conversation().pullEvents());
        auditor.record(actor, "message", queued.message().id().value(), null, null, queued.message().pullEvents());
        return queued;
    }
}
