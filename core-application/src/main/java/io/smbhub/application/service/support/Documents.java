package io.smbhub.application.service.support;

import io.smbhub.domain.shared.TenantId;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.quote.QuoteView;
import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.application.port.out.DocumentNumberAllocator;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.QuoteRepository;
import io.smbhub.application.port.out.TenantRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceDetails;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.quote.QuoteDetails;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.profile.Capability;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.shared.WorkItemId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The one place quotes and invoices are created (direct create and both conversions): allocates the
 * per-tenant number, saves, audits. Also resolves the tenant (default currency, timezone for "today")
 * and checks that a referenced contact exists. Must be called inside a tenant transaction.
 */
public final class Documents {

    /** Default payment term for invoices without a due date, in days. */
    public static final int DEFAULT_PAYMENT_TERM_DAYS = 14;

    private final TenantRepository tenants;
    private final ContactRepository contacts;
    private final QuoteRepository quotes;
    private final InvoiceRepository invoices;
    private final DocumentNumberAllocator numbers;
    private final IdGenerator ids;
    private final TimeSource clock;
    private final Auditor auditor;
    private final EffectiveProfiles profiles;
    private final boolean onlinePayments;

    public Documents(TenantRepository tenants, ContactRepository contacts, QuoteRepository quotes, InvoiceRepository invoices,
                     DocumentNumberAllocator numbers, IdGenerator ids, TimeSource clock, Auditor auditor,
                     EffectiveProfiles profiles, boolean onlinePayments) {
        this.onlinePayments = onlinePayments;
        this.profiles = profiles;
        this.tenants = tenants;
        this.contacts = contacts;
        this.quotes = quotes;
        this.invoices = invoices;
        this.numbers = numbers;
        this.ids = ids;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** The actor's tenant. */
    public Tenant tenant(Actor actor) {
        return tenants.findById(actor.tenantId())
                .orElseThrow(() -> DomainException.notFound("Tenant", actor.tenantId()));
    }

    /** The actor's tenant, its effective profile and today's date there (loads the tenant once). */
    public TenantContext context(Actor actor) {
        Tenant tenant = tenant(actor);
        return new TenantContext(tenant, profiles.of(tenant), today(tenant), onlinePayments);
    }

    /**
     * The context of a change no member makes (a payment provider's webhook, a customer on the client portal),
     * in {@code tenantId}'s transaction; {@code required} capabilities must be on ({@code CAPABILITY_DISABLED}).
     * Errors: {@code NOT_FOUND} when the tenant does not exist.
     */
    public TenantContext systemContext(TenantId tenantId, Capability... required) {
        Tenant tenant = tenants.findById(tenantId).orElseThrow(() -> DomainException.notFound("Tenant", tenantId));
        TenantContext ctx = new TenantContext(tenant, profiles.of(tenant), today(tenant), onlinePayments);
        for (Capability capability : required) {
            Checks.capabilityRefusal(ctx.profile(), capability).ifPresent(Refusal::raise);
        }
        return ctx;
    }

    /**
     * As {@link #context(Actor)} for a use case of a module the profile may switch off. Errors:
     * {@code CAPABILITY_DISABLED} when {@code required} is off in the tenant's profile (spec 9.4.3).
     */
    public TenantContext context(Actor actor, Capability required) {
        TenantContext ctx = context(actor);
        Checks.capabilityRefusal(ctx.profile(), required).ifPresent(Refusal::raise);
        return ctx;
    }

    /** Today's date in the actor's tenant timezone (loads the tenant; use {@link #today(Tenant)} when it is loaded). */
    public LocalDate today(Actor actor) {
        return today(tenant(actor));
    }

    /** Today's date in {@code tenant}'s timezone. */
    public LocalDate today(Tenant tenant) {
        return LocalDate.ofInstant(clock.now(), tenant.timezone());
    }

    /** The live contact, or {@code VALIDATION_ERROR} on {@code field} when it does not exist in this tenant. */
    public Contact requireContact(Actor actor, ContactId id, String field) {
        return findContact(actor, id)
                .orElseThrow(() -> DomainException.invalid(field, "Contact " + id + " does not exist"));
    }

    /** The live (not deleted) contact {@code id} of the actor's tenant; empty for {@code null}. */
    public Optional<Contact> findContact(Actor actor, ContactId id) {
        return id == null ? Optional.empty() : contacts.findById(actor.tenantId(), id).filter(c -> !c.isDeleted());
    }

    /**
     * Why {@code contactId} cannot be used: {@code VALIDATION_ERROR} on {@code contact_id} when it is set but
     * {@code contact} (its lookup) is empty, as {@link #requireContact} throws; empty otherwise.
     */
    public static Optional<Refusal> liveContactRefusal(ContactId contactId, Optional<Contact> contact) {
        if (contactId == null || contact.isPresent()) {
            return Optional.empty();
        }
        String message = "Contact " + contactId + " does not exist";
        return Optional.of(new Refusal(ErrorCode.VALIDATION_ERROR, message, List.of(new FieldError("contact_id", message))));
    }

    /** As {@link #liveContactRefusal}, then why a {@code what} cannot be emailed to the contact. */
    public static Optional<Refusal> reachableRefusal(ContactId contactId, Optional<Contact> contact, String what) {
        Optional<Refusal> live = liveContactRefusal(contactId, contact);
        if (live.isPresent() || contact.isEmpty()) {
            return live;
        }
        return DocumentMessages.emailRefusal(contact.get(), what);
    }

    /** Creates, saves and audits a DRAFT quote; the view carries the actor's allowed actions on it. */
    public QuoteView newQuote(Actor actor, TenantContext ctx, QuoteDetails details, WorkItemId workItemId) {
        Quote quote = Quote.create(new QuoteId(ids.newId()), actor.tenantId(),
                DocumentKind.QUOTE.format(numbers.next(actor.tenantId(), DocumentKind.QUOTE)), details, workItemId,
                actor.userId(), clock.now());
        long version = quotes.save(quote);
        auditor.record(actor, "quote", quote.id().value(), null, QuoteView.of(quote, version, List.of()), quote.pullEvents());
        return QuoteView.of(quote, version, QuoteActions.decide(actor, quote, ctx.profile(), ctx.today(),
                findContact(actor, details.contactId())).allowed());
    }

    /** Creates, saves and audits a DRAFT invoice; the view carries the actor's allowed actions on it. */
    public InvoiceView newInvoice(Actor actor, TenantContext ctx, InvoiceDetails details, QuoteId quoteId, WorkItemId workItemId) {
        Invoice invoice = Invoice.create(new InvoiceId(ids.newId()), actor.tenantId(),
                DocumentKind.INVOICE.format(numbers.next(actor.tenantId(), DocumentKind.INVOICE)), details, quoteId,
                workItemId, actor.userId(), clock.now());
        long version = invoices.save(invoice);
        auditor.record(actor, "invoice", invoice.id().value(), null, InvoiceView.of(invoice, version, ctx.today(), List.of()),
                invoice.pullEvents());
        return InvoiceView.of(invoice, version, ctx.today(), InvoiceActions.decide(actor, invoice, ctx,
                findContact(actor, details.contactId())).allowed());
    }
}
