package io.smbhub.application.service.inbox;

import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.application.port.out.DocumentRenderer;
import io.smbhub.application.port.out.EmailSender;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.port.out.MessageRepository;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.application.port.out.QuoteRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.job.JobHandler;
import io.smbhub.application.service.job.JobPayloads;
import io.smbhub.application.service.portal.PortalLinks;
import io.smbhub.application.service.portal.PrintableDocuments;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Checks;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.TenantContext;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.inbox.DeliveryStatus;
import io.smbhub.domain.inbox.DocumentRef;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.inbox.Message;
import io.smbhub.domain.profile.Capability;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.MessageId;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.shared.TenantId;

import java.util.List;

/**
 * The {@code EMAIL_SEND} job (issue 5; spec smb-hub-prd.md 12.4): delivers one outbox {@link Message} after the change
 * that queued it committed. Steps: (1) in the tenant's transaction, load the message — anything but QUEUED is done
 * already (a retried or duplicate job is a no-op) — and what it needs: the sender identity and SMTP server, a fresh
 * client-portal link for a document email (replacing {@code {{portal_url}}}; links are never stored in clear), and the
 * document for its PDF; (2) outside any transaction, render the PDF and hand the email to the {@link EmailSender};
 * (3) in a new transaction, mark it SENT and audit {@code message.sent}. A failed attempt keeps the error on the
 * message (shown with the message) and lets the job runner retry with backoff; an {@code EMAIL_REJECTED} refusal or the
 * last attempt marks it FAILED ({@code message.send_failed}), from where a member may retry it.
 *
 * <p>Delivery is at-least-once: if the process dies after the server accepted the email and before step 3 commits,
 * the job runs again after its lease and the email is sent a second time with the same {@code Message-ID} (which mail
 * clients use to collapse duplicates). The window is the few milliseconds of that commit.
 */
public final class EmailDelivery implements JobHandler {

    private static final String SOURCE = "email";

    private final MessageRepository messages;
    private final ContactRepository contacts;
    private final InvoiceRepository invoices;
    private final QuoteRepository quotes;
    private final PortalLinks portalLinks;
    private final DocumentRenderer renderer;
    private final EmailSender sender;
    private final MailIdentity identity;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public EmailDelivery(MessageRepository messages, ContactRepository contacts, InvoiceRepository invoices,
                         QuoteRepository quotes, PortalLinks portalLinks, DocumentRenderer renderer, EmailSender sender,
                         MailIdentity identity, Documents documents, TransactionRunner tx, TimeSource clock,
                         Auditor auditor) {
        this.messages = messages;
        this.contacts = contacts;
        this.invoices = invoices;
        this.quotes = quotes;
        this.portalLinks = portalLinks;
        this.renderer = renderer;
        this.sender = sender;
        this.identity = identity;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** What step 1 gathered for steps 2 and 3. */
    private record Prepared(OutgoingEmail email, MailIdentity.Sender sender, io.smbhub.application.port.out.DocumentRenderer.PrintableDocument printable) {
    }

    @Override
    public void handle(JobQueue.Job job) {
        TenantId tenant = job.tenantId();
        MessageId id = messageId(job);
        Prepared prepared = tx.inTenant(tenant, () -> prepare(tenant, id));
        if (prepared == null) {
            return;
        }
        OutgoingEmail email = prepared.email();
        if (prepared.printable() != null) {
            DocumentRenderer.Rendered file = renderer.render(prepared.printable());
            email = new OutgoingEmail(email.messageId(), email.from(), email.replyTo(), email.to(), email.cc(),
                    email.subject(), email.text(), email.html(), email.inReplyTo(), email.references(),
                    List.of(new OutgoingEmail.Attachment(file.filename(), file.contentType(), file.content())),
                    email.reference());
        }
        try {
            sender.send(email, prepared.sender().smtp());
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            tx.inTenant(tenant, () -> {
                messages.findById(tenant, id).ifPresent(m -> {
                    m.attemptFailed(reason, clock.now());
                    messages.save(m);
                });
                return null;
            });
            throw e;
        }
        tx.inTenant(tenant, () -> {
            Message m = messages.findById(tenant, id).orElseThrow(() -> DomainException.notFound("Message", id));
            if (m.status() == DeliveryStatus.QUEUED) {
                m.markSent(clock.now());
                messages.save(m);
                auditor.recordSystem(tenant, SOURCE, "message", id.value(), null, null, m.pullEvents());
            }
            return null;
        });
    }

    @Override
    public void gaveUp(JobQueue.Job job, String reason) {
        TenantId tenant = job.tenantId();
        MessageId id = messageId(job);
        tx.inTenant(tenant, () -> {
            messages.findById(tenant, id).filter(m -> m.status() == DeliveryStatus.QUEUED).ifPresent(m -> {
                m.markFailed(reason, clock.now());
                messages.save(m);
                auditor.recordSystem(tenant, SOURCE, "message", id.value(), null, null, m.pullEvents());
            });
            return null;
        });
    }

    private Prepared prepare(TenantId tenant, MessageId id) {
        Message m = messages.findById(tenant, id).orElseThrow(() -> DomainException.notFound("Message", id));
        if (m.status() != DeliveryStatus.QUEUED) {
            return null;
        }
        TenantContext ctx = documents.systemContext(tenant);
        MailIdentity.Sender from = identity.of(ctx.tenant());
        String text = m.bodyText();
        DocumentRenderer.PrintableDocument printable = null;
        String reference = null;
        DocumentRef doc = m.document();
        if (doc != null) {
            String url = null;
            if (Checks.capabilityRefusal(ctx.profile(), Capability.CLIENT_PORTAL).isEmpty()) {
                url = portalLinks.issue(tenant, doc.kind(), doc.id(), m.createdBy()).url();
            }
            text = replacePortalUrl(text, url);
            if (doc.kind() == DocumentKind.INVOICE) {
                var invoice = invoices.findById(tenant, new InvoiceId(doc.id())).orElseThrow(() -> DomainException.notFound("Invoice", doc.id()));
                Contact contact = contact(tenant, invoice.details().contactId());
                printable = PrintableDocuments.invoice(ctx.tenant(), contact, invoice, ctx.today());
                reference = invoice.number();
            } else {
                var quote = quotes.findById(tenant, new QuoteId(doc.id())).orElseThrow(() -> DomainException.notFound("Quote", doc.id()));
                Contact contact = contact(tenant, quote.details().contactId());
                printable = PrintableDocuments.quote(ctx.tenant(), contact, quote, ctx.today());
                reference = quote.number();
            }
        } else {
            text = replacePortalUrl(text, null);
        }
        OutgoingEmail email = new OutgoingEmail(m.internetMessageId(), address(from.from()), address(from.replyTo()),
                m.to().stream().map(EmailDelivery::address).toList(), m.cc().stream().map(EmailDelivery::address).toList(),
                m.subject(), text, null, m.inReplyTo(), m.references(), List.of(), reference);
        return new Prepared(email, from, printable);
    }

    private Contact contact(TenantId tenant, ContactId id) {
        return contacts.findById(tenant, id).orElseThrow(() -> DomainException.notFound("Contact", id));
    }

    /** The body with the portal placeholder replaced, or its line removed when there is no link. */
    static String replacePortalUrl(String text, String url) {
        if (!text.contains(Message.PORTAL_URL_PLACEHOLDER)) {
            return text;
        }
        if (url != null) {
            return text.replace(Message.PORTAL_URL_PLACEHOLDER, url);
        }
        return String.join("\n", text.lines().filter(l -> !l.contains(Message.PORTAL_URL_PLACEHOLDER)).toList());
    }

    private static OutgoingEmail.Address address(EmailAddress a) {
        return new OutgoingEmail.Address(a.address(), a.name());
    }

    private static MessageId messageId(JobQueue.Job job) {
        if (job.tenantId() == null) {
            throw DomainException.invalid("payload", "EMAIL_SEND job " + job.idempotencyKey() + " has no tenant");
        }
        return MessageId.parse(JobPayloads.field(job, "message_id"), "payload.message_id");
    }
}
