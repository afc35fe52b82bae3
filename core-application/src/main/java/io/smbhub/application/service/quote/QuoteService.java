package io.smbhub.application.service.quote;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.quote.ApproveQuoteUseCase;
import io.smbhub.application.port.in.quote.CreateQuoteUseCase;
import io.smbhub.application.port.in.quote.QuoteDraft;
import io.smbhub.application.port.in.quote.QuotePatch;
import io.smbhub.application.port.in.quote.QuoteQueries;
import io.smbhub.application.port.in.quote.QuoteView;
import io.smbhub.application.port.in.quote.RejectQuoteUseCase;
import io.smbhub.application.port.in.quote.SendQuoteUseCase;
import io.smbhub.application.port.in.quote.UpdateQuoteUseCase;
import io.smbhub.application.port.out.QuoteRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.ActionDecisions;
import io.smbhub.application.service.support.QuoteActions;
import io.smbhub.application.service.support.TenantContext;
import io.smbhub.domain.profile.Capability;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Cursors;
import io.smbhub.application.service.portal.DocumentMail;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.LineItems;
import io.smbhub.application.service.support.Versions;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.quote.QuoteDetails;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.shared.WorkItemId;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Quote create, edit, send, approve, reject and reads (spec smb-hub-prd.md Epic 4, 12.2 B, 12.3.4).
 * An AGENT sees and edits drafts only and cannot send.
 */
public final class QuoteService implements CreateQuoteUseCase, UpdateQuoteUseCase, SendQuoteUseCase, ApproveQuoteUseCase,
        RejectQuoteUseCase, QuoteQueries {

    static final String ENTITY = "quote";

    private final QuoteRepository quotes;
    private final Documents documents;
    private final DocumentMail mail;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public QuoteService(QuoteRepository quotes, Documents documents, DocumentMail mail, TransactionRunner tx,
                        TimeSource clock, Auditor auditor) {
        this.quotes = quotes;
        this.documents = documents;
        this.mail = mail;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    @Override
    public QuoteView create(Actor actor, QuoteDraft draft, WorkItemId workItemId) {
        Access.require(actor, Permission.DOCUMENTS_DRAFT);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.QUOTES);
            String currency = draft.currency() != null ? draft.currency() : ctx.tenant().currency();
            List<LineItem> lines = LineItems.build(draft.lineItems(), currency);
            if (draft.contactId() != null) {
                documents.requireContact(actor, draft.contactId(), "contact_id");
            }
            QuoteDetails details = new QuoteDetails(draft.contactId(), currency,
                    draft.issueDate() != null ? draft.issueDate() : ctx.today(), draft.expiryDate(), lines,
                    draft.notes(), draft.terms());
            return documents.newQuote(actor, ctx, details, workItemId);
        });
    }

    @Override
    public QuoteView update(Actor actor, QuoteId id, Long expectedVersion, QuotePatch p) {
        Access.require(actor, Permission.DOCUMENTS_DRAFT);
        return change(actor, id, expectedVersion, QuoteActions.UPDATE, (quote, ctx) -> {
            QuoteDetails cur = quote.details();
            String currency = p.currency() != null ? p.currency() : cur.currency();
            List<LineItem> lines = LineItems.patch(cur.lineItems(), cur.currency(), p.lineItems(), currency);
            var contact = p.contactId() != null ? p.contactId().orElse(null) : cur.contactId();
            if (contact != null && !Objects.equals(contact, cur.contactId())) {
                documents.requireContact(actor, contact, "contact_id");
            }
            quote.revise(new QuoteDetails(contact, currency, p.issueDate() != null ? p.issueDate() : cur.issueDate(),
                    p.expiryDate() != null ? p.expiryDate().orElse(null) : cur.expiryDate(), lines,
                    p.notes() != null ? p.notes() : cur.notes(), p.terms() != null ? p.terms() : cur.terms()), clock.now());
        }, null);
    }

    @Override
    public QuoteView send(Actor actor, SendDocumentCommand command) {
        Access.require(actor, Permission.DOCUMENTS_SEND);
        return change(actor, new QuoteId(command.documentId()), null, QuoteActions.SEND,
                (quote, ctx) -> quote.send(clock.now()), (quote, ctx) -> {
                    Contact contact = documents.requireContact(actor, quote.details().contactId(), "contact_id");
                    mail.sendQuote(actor, ctx.tenant(), contact, quote, command.message());
                });
    }

    @Override
    public QuoteView approve(Actor actor, QuoteId id) {
        Access.require(actor, Permission.DOCUMENTS_SEND);
        return change(actor, id, null, QuoteActions.APPROVE, (quote, ctx) -> quote.approve(ctx.today(), clock.now()), null);
    }

    @Override
    public QuoteView reject(Actor actor, QuoteId id, String reason) {
        Access.require(actor, Permission.DOCUMENTS_SEND);
        return change(actor, id, null, QuoteActions.REJECT, (quote, ctx) -> quote.reject(reason, clock.now()), null);
    }

    @Override
    public QuoteView get(Actor actor, QuoteId id) {
        Access.require(actor, Permission.DOCUMENTS_READ);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.QUOTES);
            Quote quote = load(actor, id);
            return view(actor, quote, quote.version(), ctx);
        });
    }

    @Override
    public Page<QuoteView> list(Actor actor, ListQuery query) {
        Access.require(actor, Permission.DOCUMENTS_READ);
        QuoteStatus status = actor.role().scopedToAssigned() ? QuoteStatus.DRAFT : query.status();
        QuoteRepository.Filter filter = new QuoteRepository.Filter(status, query.contactId());
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.QUOTES);
            if (actor.role().scopedToAssigned() && query.status() != null && query.status() != QuoteStatus.DRAFT) {
                return new Page<QuoteView>(List.of(), null);
            }
            return Cursors.page(query.page(), (after, limit) -> quotes.list(actor.tenantId(), filter, after, limit),
                    q -> q.id().value(), q -> view(actor, q, q.version(), ctx));
        });
    }

    /** The quote if the actor may see it (an AGENT only drafts); else {@code NOT_FOUND}. */
    public Quote load(Actor actor, QuoteId id) {
        return quotes.findById(actor.tenantId(), id)
                .filter(q -> !actor.role().scopedToAssigned() || q.status() == QuoteStatus.DRAFT)
                .orElseThrow(() -> DomainException.notFound("Quote", id));
    }

    /** The actions {@code actor} may take on {@code quote} now (spec 12.7), as enforced by the use cases. */
    public ActionDecisions decide(Actor actor, Quote quote, TenantContext ctx) {
        return QuoteActions.decide(actor, quote, ctx.profile(), ctx.today(),
                documents.findContact(actor, quote.details().contactId()));
    }

    private QuoteView view(Actor actor, Quote quote, long version, TenantContext ctx) {
        return QuoteView.of(quote, version, decide(actor, quote, ctx).allowed());
    }

    /**
     * Load, check version, require {@code action} ({@link QuoteActions}), apply {@code intent}, save, run
     * {@code afterSave} (delivery; may be null), audit — one transaction: a failing delivery rolls the change
     * back, a stale version never delivers.
     */
    private QuoteView change(Actor actor, QuoteId id, Long expectedVersion, String action,
                             BiConsumer<Quote, TenantContext> intent, BiConsumer<Quote, TenantContext> afterSave) {
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.QUOTES);
            Quote quote = load(actor, id);
            Versions.requireExpected("Quote " + quote.number(), expectedVersion, quote.version());
            decide(actor, quote, ctx).require(action);
            QuoteView before = QuoteView.of(quote, quote.version(), List.of());
            intent.accept(quote, ctx);
            long version = quotes.save(quote);
            if (afterSave != null) {
                afterSave.accept(quote, ctx);
            }
            auditor.record(actor, ENTITY, quote.id().value(), before, QuoteView.of(quote, version, List.of()), quote.pullEvents());
            return view(actor, quote, version, ctx);
        });
    }
}
