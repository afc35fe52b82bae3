package io.smbhub.application.service.portal;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.payment.PaymentLinkUseCase;
import io.smbhub.application.port.in.portal.PortalFile;
import io.smbhub.application.port.in.portal.PortalInvoiceView;
import io.smbhub.application.port.in.portal.PortalLine;
import io.smbhub.application.port.in.portal.PortalLinkUseCase;
import io.smbhub.application.port.in.portal.PortalLinkView;
import io.smbhub.application.port.in.portal.PortalPaymentUseCase;
import io.smbhub.application.port.in.portal.PortalQueries;
import io.smbhub.application.port.in.portal.PortalQuoteResponseUseCase;
import io.smbhub.application.port.in.portal.PortalQuoteView;
import io.smbhub.application.port.in.quote.QuoteView;
import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.application.port.out.DocumentRenderer;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.PaymentRepository;
import io.smbhub.application.port.out.PortalTokenRepository;
import io.smbhub.application.port.out.PortalTokenRepository.PortalToken;
import io.smbhub.application.port.out.PublicLinks;
import io.smbhub.application.port.out.QuoteRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Checks;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.TenantContext;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.payment.PaymentStatus;
import io.smbhub.domain.profile.Capability;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.quote.QuoteStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.DocumentTotals;
import io.smbhub.domain.shared.DomainEvent;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.tenant.Permission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The client portal (spec smb-hub-prd.md 3.13, 12.6): members rotate and revoke a document's links
 * ({@link PortalLinkUseCase}); the holder of a link reads its one document, downloads it, answers a quote or asks
 * to pay an invoice.
 *
 * <p>A portal request carries no tenant: the link's secret is hashed, the hash resolves the tenant (the one
 * lookup made before a tenant is bound, {@link PortalTokenRepository#findTenantByHash}), and everything else runs
 * in that tenant's transaction (row-level security holds). Every failure of a link — malformed, unknown, revoked,
 * issued for another document kind, a DRAFT, the portal or the document's module switched off — is the same
 * {@code NOT_FOUND} with {@link #LINK_EXPIRED}.
 *
 * <p>Audit: rotations and revocations as {@code <kind>.portal_link_rotated} / {@code .portal_link_revoked} by the
 * member; the customer's quote answers as {@code quote.approved} / {@code quote.rejected}, the first opening of
 * each link as {@code portal.invoice.view} / {@code portal.quote.view} (later openings only update the link's
 * {@code last_used_at}, so reloads do not flood the log) and each Pay click as {@code portal.pay.clicked}, all
 * with {@value #SOURCE} as source and no member.
 */
public final class PortalService implements PortalLinkUseCase, PortalQueries, PortalQuoteResponseUseCase,
        PortalPaymentUseCase {

    /** The one message of every link that does not open its document. */
    public static final String LINK_EXPIRED = "This link has expired or is not valid; ask the business for a new one";
    /** Where portal changes come from, in place of a request id in audit entries. */
    static final String SOURCE = "portal";

    private final PortalTokenRepository tokens;
    private final PortalLinks links;
    private final InvoiceRepository invoices;
    private final QuoteRepository quotes;
    private final ContactRepository contacts;
    private final PaymentRepository payments;
    private final Documents documents;
    private final DocumentRenderer renderer;
    private final PublicLinks publicLinks;
    private final PaymentLinkUseCase paymentLinks;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public PortalService(PortalTokenRepository tokens, PortalLinks links, InvoiceRepository invoices, QuoteRepository quotes,
                         ContactRepository contacts, PaymentRepository payments, Documents documents,
                         DocumentRenderer renderer, PublicLinks publicLinks, PaymentLinkUseCase paymentLinks,
                         TransactionRunner tx, TimeSource clock, Auditor auditor) {
        this.tokens = tokens;
        this.links = links;
        this.invoices = invoices;
        this.quotes = quotes;
        this.contacts = contacts;
        this.payments = payments;
        this.documents = documents;
        this.renderer = renderer;
        this.publicLinks = publicLinks;
        this.paymentLinks = paymentLinks;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** An audit fact of the portal that no aggregate records: action name and time (UTC). */
    private record PortalEvent(String action, Instant occurredAt) implements DomainEvent {
    }

    /** The audit snapshot of a document's portal links (before / after a rotation or revocation): how many are live. */
    public record LinkState(int liveLinks) {
    }

    // ------------------------------------------------------------------ members: rotate and revoke

    @Override
    public PortalLinkView rotateInvoiceLink(Actor actor, InvoiceId invoiceId) {
        Access.require(actor, Permission.DOCUMENTS_SEND);
        return tx.inTenant(actor.tenantId(), () -> {
            documents.context(actor, Capability.INVOICES).profile().requireCapability(Capability.CLIENT_PORTAL);
            Invoice invoice = invoices.findById(actor.tenantId(), invoiceId)
                    .orElseThrow(() -> DomainException.notFound("Invoice", invoiceId));
            requireSent(invoice.status() == InvoiceStatus.DRAFT, "Invoice " + invoice.number());
            return rotate(actor, DocumentKind.INVOICE, invoiceId.value());
        });
    }

    @Override
    public PortalLinkView rotateQuoteLink(Actor actor, QuoteId quoteId) {
        Access.require(actor, Permission.DOCUMENTS_SEND);
        return tx.inTenant(actor.tenantId(), () -> {
            documents.context(actor, Capability.QUOTES).profile().requireCapability(Capability.CLIENT_PORTAL);
            Quote quote = quotes.findById(actor.tenantId(), quoteId)
                    .orElseThrow(() -> DomainException.notFound("Quote", quoteId));
            requireSent(quote.status() == QuoteStatus.DRAFT, "Quote " + quote.number());
            return rotate(actor, DocumentKind.QUOTE, quoteId.value());
        });
    }

    @Override
    public int revokeInvoiceLinks(Actor actor, InvoiceId invoiceId) {
        Access.require(actor, Permission.DOCUMENTS_SEND);
        return tx.inTenant(actor.tenantId(), () -> {
            documents.context(actor, Capability.INVOICES);
            invoices.findById(actor.tenantId(), invoiceId).orElseThrow(() -> DomainException.notFound("Invoice", invoiceId));
            return revoke(actor, DocumentKind.INVOICE, invoiceId.value());
        });
    }

    @Override
    public int revokeQuoteLinks(Actor actor, QuoteId quoteId) {
        Access.require(actor, Permission.DOCUMENTS_SEND);
        return tx.inTenant(actor.tenantId(), () -> {
            documents.context(actor, Capability.QUOTES);
            quotes.findById(actor.tenantId(), quoteId).orElseThrow(() -> DomainException.notFound("Quote", quoteId));
            return revoke(actor, DocumentKind.QUOTE, quoteId.value());
        });
    }

    private static void requireSent(boolean draft, String subject) {
        if (draft) {
            throw new DomainException(ErrorCode.INVALID_TRANSITION,
                    subject + " is DRAFT: send it before sharing a portal link; sending issues one by itself");
        }
    }

    private PortalLinkView rotate(Actor actor, DocumentKind kind, UUID documentId) {
        int revoked = links.revokeAll(actor.tenantId(), kind, documentId);
        PortalLinkView link = links.issue(actor.tenantId(), kind, documentId, actor.userId());
        auditor.record(actor, entity(kind), documentId, new LinkState(revoked), new LinkState(1),
                List.of(new PortalEvent(entity(kind) + ".portal_link_rotated", link.createdAt())));
        return link;
    }

    private int revoke(Actor actor, DocumentKind kind, UUID documentId) {
        int revoked = links.revokeAll(actor.tenantId(), kind, documentId);
        auditor.record(actor, entity(kind), documentId, new LinkState(revoked), new LinkState(0),
                List.of(new PortalEvent(entity(kind) + ".portal_link_revoked", clock.now())));
        return revoked;
    }

    private static String entity(DocumentKind kind) {
        return kind == DocumentKind.INVOICE ? "invoice" : "quote";
    }

    // ------------------------------------------------------------------ the customer: reads

    @Override
    public PortalInvoiceView invoice(String token) {
        return withInvoice(token, (link, invoice) -> {
            firstOpening(link, "portal.invoice.view");
            return invoiceView(link, invoice);
        });
    }

    @Override
    public PortalQuoteView quote(String token) {
        return withQuote(token, (link, quote) -> {
            firstOpening(link, "portal.quote.view");
            return quoteView(link, quote);
        });
    }

    @Override
    public PortalFile invoiceFile(String token) {
        DocumentRenderer.PrintableDocument printable = withInvoice(token, (link, invoice) ->
                PrintableDocuments.invoice(link.ctx().tenant(), contact(link, invoice.details().contactId()), invoice,
                        link.ctx().today()));
        return file(renderer.render(printable));
    }

    @Override
    public PortalFile quoteFile(String token) {
        DocumentRenderer.PrintableDocument printable = withQuote(token, (link, quote) ->
                PrintableDocuments.quote(link.ctx().tenant(), contact(link, quote.details().contactId()), quote,
                        link.ctx().today()));
        return file(renderer.render(printable));
    }

    // ------------------------------------------------------------------ the customer: actions

    @Override
    public PortalQuoteView approve(String token) {
        return answer(token, (link, quote) -> quote.approve(link.ctx().today(), clock.now()));
    }

    @Override
    public PortalQuoteView reject(String token, String reason) {
        return answer(token, (link, quote) -> quote.reject(reason, clock.now()));
    }

    private PortalQuoteView answer(String token, BiConsumer<OpenLink, Quote> intent) {
        return withQuote(token, (link, quote) -> {
            QuoteView before = QuoteView.of(quote, quote.version(), List.of());
            intent.accept(link, quote);
            long version = quotes.save(quote);
            auditor.recordSystem(link.tenantId(), SOURCE, entity(DocumentKind.QUOTE), quote.id().value(), before,
                    QuoteView.of(quote, version, List.of()), quote.pullEvents());
            return quoteView(link, quote);
        });
    }

    @Override
    public String checkoutUrl(String token) {
        record Target(TenantId tenant, InvoiceId invoice) {
        }
        Target target = withInvoice(token, (link, invoice) -> {
            if (!invoice.status().isOpen() || !invoice.amountDue().isPositive()) {
                throw new DomainException(ErrorCode.INVALID_TRANSITION,
                        "Invoice " + invoice.number() + " is " + invoice.status() + ": nothing is due");
            }
            auditor.recordSystem(link.tenantId(), SOURCE, entity(DocumentKind.INVOICE), invoice.id().value(), null, null,
                    List.of(new PortalEvent("portal.pay.clicked", clock.now())));
            return new Target(link.tenantId(), invoice.id());
        });
        return paymentLinks.createForCustomer(target.tenant(), target.invoice(),
                publicLinks.portalPage(DocumentKind.INVOICE, token)).url();
    }

    // ------------------------------------------------------------------ opening a link

    /** A live link opened in its tenant's transaction, with the tenant's context. */
    private record OpenLink(PortalToken token, TenantContext ctx) {
        TenantId tenantId() {
            return token.tenantId();
        }
    }

    private interface LinkWork<D, T> {
        T apply(OpenLink link, D document);
    }

    private <T> T withInvoice(String token, LinkWork<Invoice, T> work) {
        return open(token, DocumentKind.INVOICE, Capability.INVOICES, link -> {
            Invoice invoice = invoices.findById(link.tenantId(), new InvoiceId(link.token().documentId()))
                    .filter(i -> i.status() != InvoiceStatus.DRAFT)
                    .orElseThrow(PortalService::expired);
            return work.apply(link, invoice);
        });
    }

    private <T> T withQuote(String token, LinkWork<Quote, T> work) {
        return open(token, DocumentKind.QUOTE, Capability.QUOTES, link -> {
            Quote quote = quotes.findById(link.tenantId(), new QuoteId(link.token().documentId()))
                    .filter(q -> q.status() != QuoteStatus.DRAFT)
                    .orElseThrow(PortalService::expired);
            return work.apply(link, quote);
        });
    }

    /**
     * Resolves the tenant of {@code token} (without a tenant bound), then runs {@code work} in that tenant's
     * transaction on the live link of {@code kind}, with the portal and {@code module} switched on.
     */
    private <T> T open(String token, DocumentKind kind, Capability module, Function<OpenLink, T> work) {
        if (!PortalSecrets.wellFormed(token)) {
            throw expired();
        }
        String hash = PortalSecrets.hash(token);
        TenantId tenant = tx.withoutTenant(() -> tokens.findTenantByHash(hash)).orElseThrow(PortalService::expired);
        return tx.inTenant(tenant, () -> {
            PortalToken link = tokens.findByHash(tenant, hash)
                    .filter(PortalToken::isLive)
                    .filter(t -> t.kind() == kind)
                    .orElseThrow(PortalService::expired);
            TenantContext ctx = documents.systemContext(tenant);
            if (Checks.capabilityRefusal(ctx.profile(), Capability.CLIENT_PORTAL).isPresent()
                    || Checks.capabilityRefusal(ctx.profile(), module).isPresent()) {
                throw expired();
            }
            return work.apply(new OpenLink(link, ctx));
        });
    }

    /** Audits the first opening of a link; every opening updates its {@code last_used_at}. */
    private void firstOpening(OpenLink link, String action) {
        Instant now = clock.now();
        if (link.token().lastUsedAt() == null) {
            auditor.recordSystem(link.tenantId(), SOURCE, entity(link.token().kind()), link.token().documentId(), null,
                    null, List.of(new PortalEvent(action, now)));
        }
        tokens.markUsed(link.tenantId(), link.token().id(), now);
    }

    private static DomainException expired() {
        return new DomainException(ErrorCode.NOT_FOUND, LINK_EXPIRED);
    }

    // ------------------------------------------------------------------ views

    private PortalInvoiceView invoiceView(OpenLink link, Invoice invoice) {
        var d = invoice.details();
        DocumentTotals t = invoice.totals();
        TenantContext ctx = link.ctx();
        PortalInvoiceView.State state = switch (invoice.status()) {
            case PAID -> PortalInvoiceView.State.PAID;
            case VOID -> PortalInvoiceView.State.VOID;
            default -> PortalInvoiceView.State.OPEN;
        };
        LocalDate paidOn = state == PortalInvoiceView.State.PAID ? lastPayment(link, invoice)
                .map(at -> LocalDate.ofInstant(at, ctx.tenant().timezone())).orElse(null) : null;
        boolean payable = state == PortalInvoiceView.State.OPEN && invoice.status().isOpen()
                && invoice.amountDue().isPositive() && ctx.onlinePayments()
                && Checks.capabilityRefusal(ctx.profile(), Capability.PAYMENTS).isEmpty();
        Contact contact = contact(link, d.contactId());
        return new PortalInvoiceView(ctx.tenant().name(), invoice.number(),
                contact == null ? null : contact.details().displayName(), state,
                PrintableDocuments.invoiceStatusLabel(invoice, ctx.today()), invoice.isOverdue(ctx.today()),
                d.issueDate(), d.dueDate(), d.currency(), d.lineItems().stream().map(PortalLine::of).toList(),
                t.subtotal(), t.discountTotal(), t.taxTotal(), t.total(), invoice.amountPaid(), invoice.amountDue(), paidOn,
                payable, d.notes(), d.terms());
    }

    private PortalQuoteView quoteView(OpenLink link, Quote quote) {
        var d = quote.details();
        DocumentTotals t = quote.totals();
        TenantContext ctx = link.ctx();
        PortalQuoteView.State state;
        if (PrintableDocuments.isLapsed(quote, ctx.today())) {
            state = PortalQuoteView.State.EXPIRED;
        } else {
            state = switch (quote.status()) {
                case APPROVED, CONVERTED -> PortalQuoteView.State.APPROVED;
                case REJECTED -> PortalQuoteView.State.REJECTED;
                default -> PortalQuoteView.State.OPEN;
            };
        }
        Contact contact = contact(link, d.contactId());
        return new PortalQuoteView(ctx.tenant().name(), quote.number(),
                contact == null ? null : contact.details().displayName(), state,
                PrintableDocuments.quoteStatusLabel(quote, ctx.today()), d.issueDate(), d.expiryDate(), d.currency(),
                d.lineItems().stream().map(PortalLine::of).toList(), t.subtotal(), t.discountTotal(), t.taxTotal(),
                t.total(), quote.rejectionReason().orElse(null), d.notes(), d.terms());
    }

    /** When the last successful payment of {@code invoice} was made (UTC). */
    private Optional<Instant> lastPayment(OpenLink link, Invoice invoice) {
        return payments.listByInvoice(link.tenantId(), invoice.id()).stream()
                .filter(p -> p.status() == PaymentStatus.SUCCEEDED)
                .map(Payment::paidAt)
                .max(Instant::compareTo);
    }

    private Contact contact(OpenLink link, ContactId id) {
        return id == null ? null : contacts.findById(link.tenantId(), id).orElse(null);
    }

    private static PortalFile file(DocumentRenderer.Rendered rendered) {
        return new PortalFile(rendered.filename(), rendered.contentType(), rendered.content());
    }
}
