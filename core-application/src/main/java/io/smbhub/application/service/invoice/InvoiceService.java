package io.smbhub.application.service.invoice;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.invoice.CreateInvoiceUseCase;
import io.smbhub.application.port.in.invoice.InvoiceDraft;
import io.smbhub.application.port.in.invoice.InvoicePatch;
import io.smbhub.application.port.in.invoice.InvoiceQueries;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.invoice.SendInvoiceUseCase;
import io.smbhub.application.port.in.invoice.UpdateInvoiceUseCase;
import io.smbhub.application.port.in.invoice.VoidInvoiceUseCase;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.ActionDecisions;
import io.smbhub.application.service.support.InvoiceActions;
import io.smbhub.application.service.support.TenantContext;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Cursors;
import io.smbhub.application.service.portal.DocumentMail;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.LineItems;
import io.smbhub.application.service.support.Versions;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceDetails;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.profile.Capability;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.tenant.Tenant;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Invoice create, edit, send, void and reads (spec smb-hub-prd.md Epic 5, 12.2 C, 12.3.5). An AGENT sees
 * and edits drafts only and cannot send or void.
 */
public final class InvoiceService implements CreateInvoiceUseCase, UpdateInvoiceUseCase, SendInvoiceUseCase,
        VoidInvoiceUseCase, InvoiceQueries {

    static final String ENTITY = "invoice";

    private final InvoiceRepository invoices;
    private final Documents documents;
    private final DocumentMail mail;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public InvoiceService(InvoiceRepository invoices, Documents documents, DocumentMail mail, TransactionRunner tx,
                          TimeSource clock, Auditor auditor) {
        this.invoices = invoices;
        this.documents = documents;
        this.mail = mail;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    @Override
    public InvoiceView create(Actor actor, InvoiceDraft draft) {
        Access.require(actor, Permission.DOCUMENTS_DRAFT);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.INVOICES);
            String currency = draft.currency() != null ? draft.currency() : ctx.tenant().currency();
            List<LineItem> lines = LineItems.build(draft.lineItems(), currency);
            if (draft.contactId() != null) {
                documents.requireContact(actor, draft.contactId(), "contact_id");
            }
            LocalDate issue = draft.issueDate() != null ? draft.issueDate() : ctx.today();
            LocalDate due = draft.dueDate() != null ? draft.dueDate() : issue.plusDays(Documents.DEFAULT_PAYMENT_TERM_DAYS);
            return documents.newInvoice(actor, ctx, new InvoiceDetails(draft.contactId(), currency, issue, due, lines,
                    draft.notes(), draft.terms()), null, null);
        });
    }

    @Override
    public InvoiceView update(Actor actor, InvoiceId id, Long expectedVersion, InvoicePatch p) {
        Access.require(actor, Permission.DOCUMENTS_DRAFT);
        return change(actor, id, expectedVersion, InvoiceActions.UPDATE, invoice -> {
            InvoiceDetails cur = invoice.details();
            String currency = p.currency() != null ? p.currency() : cur.currency();
            List<LineItem> lines = LineItems.patch(cur.lineItems(), cur.currency(), p.lineItems(), currency);
            var contact = p.contactId() != null ? p.contactId().orElse(null) : cur.contactId();
            if (contact != null && !Objects.equals(contact, cur.contactId())) {
                documents.requireContact(actor, contact, "contact_id");
            }
            invoice.revise(new InvoiceDetails(contact, currency, p.issueDate() != null ? p.issueDate() : cur.issueDate(),
                    p.dueDate() != null ? p.dueDate() : cur.dueDate(), lines, p.notes() != null ? p.notes() : cur.notes(),
                    p.terms() != null ? p.terms() : cur.terms()), clock.now());
        }, null);
    }

    @Override
    public InvoiceView send(Actor actor, SendDocumentCommand command) {
        Access.require(actor, Permission.DOCUMENTS_SEND);
        return change(actor, new InvoiceId(command.documentId()), null, InvoiceActions.SEND,
                invoice -> invoice.send(clock.now()), (invoice, tenant) -> {
                    Contact contact = documents.requireContact(actor, invoice.details().contactId(), "contact_id");
                    mail.sendInvoice(actor, tenant, contact, invoice, command.message());
                });
    }

    @Override
    public InvoiceView voidInvoice(Actor actor, InvoiceId id, String reason) {
        Access.require(actor, Permission.DOCUMENTS_SEND);
        return change(actor, id, null, InvoiceActions.VOID, invoice -> invoice.voidInvoice(reason, clock.now()), null);
    }

    @Override
    public InvoiceView get(Actor actor, InvoiceId id) {
        Access.require(actor, Permission.DOCUMENTS_READ);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.INVOICES);
            Invoice invoice = load(actor, id);
            return view(actor, invoice, invoice.version(), ctx);
        });
    }

    @Override
    public Page<InvoiceView> list(Actor actor, ListQuery query) {
        Access.require(actor, Permission.DOCUMENTS_READ);
        boolean agent = actor.role().scopedToAssigned();
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.INVOICES);
            if (agent && (query.overdueOnly() || (query.status() != null && query.status() != InvoiceStatus.DRAFT))) {
                return new Page<InvoiceView>(List.of(), null);
            }
            InvoiceRepository.Filter filter = new InvoiceRepository.Filter(agent ? InvoiceStatus.DRAFT : query.status(),
                    query.contactId(), query.overdueOnly() ? ctx.today() : null);
            return Cursors.page(query.page(), (after, limit) -> invoices.list(actor.tenantId(), filter, after, limit),
                    i -> i.id().value(), i -> view(actor, i, i.version(), ctx));
        });
    }

    /** The invoice if the actor may see it (an AGENT only drafts); else {@code NOT_FOUND}. */
    public Invoice load(Actor actor, InvoiceId id) {
        return invoices.findById(actor.tenantId(), id)
                .filter(i -> !actor.role().scopedToAssigned() || i.status() == InvoiceStatus.DRAFT)
                .orElseThrow(() -> DomainException.notFound("Invoice", id));
    }

    /** The actions {@code actor} may take on {@code invoice} now (spec 12.7), as enforced by every use case here. */
    public ActionDecisions decide(Actor actor, Invoice invoice, TenantContext ctx) {
        return InvoiceActions.decide(actor, invoice, ctx, documents.findContact(actor, invoice.details().contactId()));
    }

    private InvoiceView view(Actor actor, Invoice invoice, long version, TenantContext ctx) {
        return InvoiceView.of(invoice, version, ctx.today(), decide(actor, invoice, ctx).allowed());
    }

    /**
     * Load, check version, require {@code action} ({@link InvoiceActions}), apply {@code intent}, save, run
     * {@code afterSave} (delivery; may be null), audit — one transaction: a failing delivery rolls the change
     * back, a stale version never delivers.
     */
    private InvoiceView change(Actor actor, InvoiceId id, Long expectedVersion, String action, Consumer<Invoice> intent,
                               BiConsumer<Invoice, Tenant> afterSave) {
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.INVOICES);
            Invoice invoice = load(actor, id);
            Versions.requireExpected("Invoice " + invoice.number(), expectedVersion, invoice.version());
            decide(actor, invoice, ctx).require(action);
            InvoiceView before = InvoiceView.of(invoice, invoice.version(), ctx.today(), List.of());
            intent.accept(invoice);
            long version = invoices.save(invoice);
            if (afterSave != null) {
                afterSave.accept(invoice, ctx.tenant());
            }
            auditor.record(actor, ENTITY, invoice.id().value(), before, InvoiceView.of(invoice, version, ctx.today(), List.of()),
                    invoice.pullEvents());
            return view(actor, invoice, version, ctx);
        });
    }
}
