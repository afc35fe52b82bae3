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
import io.smbhub.application.port.out.DocumentDelivery;
import io.smbhub.application.port.out.QuoteRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Cursors;
import io.smbhub.application.service.support.DocumentMessages;
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
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.shared.WorkItemId;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Quote create, edit, send, approve, reject and reads (spec smb-hub-prd.md Epic 4, 12.2 B, 12.3.4).
 * An AGENT sees and edits drafts only and cannot send.
 */
public final class QuoteService implements CreateQuoteUseCase, UpdateQuoteUseCase, SendQuoteUseCase, ApproveQuoteUseCase,
        RejectQuoteUseCase, QuoteQueries {

    static final String ENTITY = "quote";

    private final QuoteRepository quotes;
    private final Documents documents;
    private final DocumentDelivery delivery;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public QuoteService(QuoteRepository quotes, Documents documents, DocumentDelivery delivery, TransactionRunner tx,
                        TimeSource clock, Auditor auditor) {
        this.quotes = quotes;
        this.documents = documents;
        this.delivery = delivery;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    @Override
    public QuoteView create(Actor actor, QuoteDraft draft, WorkItemId workItemId) {
        Access.require(actor, Permission.DOCUMENTS_DRAFT);
        return tx.inTenant(actor.tenantId(), () -> {
            Tenant tenant = documents.tenant(actor);
            String currency = draft.currency() != null ? draft.currency() : tenant.currency();
            List<LineItem> lines = LineItems.build(draft.lineItems(), currency);
            if (draft.contactId() != null) {
                documents.requireContact(actor, draft.contactId(), "contact_id");
            }
            QuoteDetails details = new QuoteDetails(draft.contactId(), currency,
                    draft.issueDate() != null ? draft.issueDate() : documents.today(tenant), draft.expiryDate(), lines,
                    draft.notes(), draft.terms());
            return documents.newQuote(actor, details, workItemId);
        });
    }

    @Override
    public QuoteView update(Actor actor, QuoteId id, Long expectedVersion, QuotePatch p) {
        Access.require(actor, Permission.DOCUMENTS_DRAFT);
        return change(actor, id, expectedVersion, quote -> {
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
        return change(actor, new QuoteId(command.documentId()), null, quote -> quote.send(clock.now()), quote -> {
            Contact contact = documents.requireContact(actor, quote.details().contactId(), "contact_id");
            delivery.deliver(DocumentMessages.quote(documents.tenant(actor), contact, quote, command.message()));
        });
    }

    @Override
    public QuoteView approve(Actor actor, QuoteId id) {
        Access.require(actor, Permission.DOCUMENTS_SEND);
        return change(actor, id, null, quote -> quote.approve(documents.today(actor), clock.now()), null);
    }

    @Override
    public QuoteView reject(Actor actor, QuoteId id, String reason) {
        Access.require(actor, Permission.DOCUMENTS_SEND);
        return change(actor, id, null, quote -> quote.reject(reason, clock.now()), null);
    }

    @Override
    public QuoteView get(Actor actor, QuoteId id) {
        Access.require(actor, Permission.DOCUMENTS_READ);
        return tx.inTenant(actor.tenantId(), () -> {
            Quote quote = load(actor, id);
            return QuoteView.of(quote, quote.version());
        });
    }

    @Override
    public Page<QuoteView> list(Actor actor, ListQuery query) {
        Access.require(actor, Permission.DOCUMENTS_READ);
        QuoteStatus status = actor.role().scopedToAssigned() ? QuoteStatus.DRAFT : query.status();
        if (actor.role().scopedToAssigned() && query.status() != null && query.status() != QuoteStatus.DRAFT) {
            return new Page<>(List.of(), null);
        }
        QuoteRepository.Filter filter = new QuoteRepository.Filter(status, query.contactId());
        return tx.inTenant(actor.tenantId(), () -> Cursors.page(query.page(),
                (after, limit) -> quotes.list(actor.tenantId(), filter, after, limit),
                q -> q.id().value(), q -> QuoteView.of(q, q.version())));
    }

    /** The quote if the actor may see it (an AGENT only drafts); else {@code NOT_FOUND}. */
    public Quote load(Actor actor, QuoteId id) {
        return quotes.findById(actor.tenantId(), id)
                .filter(q -> !actor.role().scopedToAssigned() || q.status() == QuoteStatus.DRAFT)
                .orElseThrow(() -> DomainException.notFound("Quote", id));
    }

    /**
     * Load, check version, apply {@code intent}, save, run {@code afterSave} (delivery; may be null), audit —
     * one transaction: a failing delivery rolls the change back, a stale version never delivers.
     */
    private QuoteView change(Actor actor, QuoteId id, Long expectedVersion, Consumer<Quote> intent, Consumer<Quote> afterSave) {
        return tx.inTenant(actor.tenantId(), () -> {
            Quote quote = load(actor, id);
            Versions.requireExpected("Quote " + quote.number(), expectedVersion, quote.version());
            QuoteView before = QuoteView.of(quote, quote.version());
            intent.accept(quote);
            long version = quotes.save(quote);
            if (afterSave != null) {
                afterSave.accept(quote);
            }
            QuoteView after = QuoteView.of(quote, version);
            auditor.record(actor, ENTITY, quote.id().value(), before, after, quote.pullEvents());
            return after;
        });
    }
}
