package io.smbhub.application.service.payment;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.payment.PaymentLinkUseCase;
import io.smbhub.application.port.in.payment.PaymentLinkView;
import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.PaymentAccountRepository;
import io.smbhub.application.port.out.PaymentGateway;
import io.smbhub.application.port.out.PublicLinks;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.InvoiceActions;
import io.smbhub.application.service.support.TenantContext;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.PaymentLink;
import io.smbhub.domain.profile.Capability;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.tenant.Tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Payment links (spec smb-hub-prd.md 3.2 Flow C, 3.13): see {@link PaymentLinkUseCase}. Three steps so no
 * database transaction waits on the provider: read and check the invoice; ask the provider for a checkout
 * (outside any transaction; a failure leaves the invoice unchanged); store the link on the invoice (locked,
 * re-checked) with an audit entry.
 */
public final class PaymentLinkService implements PaymentLinkUseCase {

    /** Provider name of the tenant's payment account. */
    static final String PROVIDER = "STRIPE";

    private final InvoiceRepository invoices;
    private final ContactRepository contacts;
    private final PaymentAccountRepository accounts;
    private final PaymentGateway gateway;
    private final PublicLinks links;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public PaymentLinkService(InvoiceRepository invoices, ContactRepository contacts, PaymentAccountRepository accounts,
                              PaymentGateway gateway, PublicLinks links, Documents documents, TransactionRunner tx,
                              TimeSource clock, Auditor auditor) {
        this.invoices = invoices;
        this.contacts = contacts;
        this.accounts = accounts;
        this.gateway = gateway;
        this.links = links;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** What step 1 found: either a link to reuse, or the checkout to ask the provider for. */
    private record Plan(PaymentLinkView reuse, PaymentGateway.CheckoutRequest request) {
    }

    @Override
    public PaymentLinkView create(Actor actor, InvoiceId invoiceId) {
        Plan plan = tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.PAYMENTS);
            Invoice invoice = invoices.findById(actor.tenantId(), invoiceId)
                    .orElseThrow(() -> DomainException.notFound("Invoice", invoiceId));
            Optional<Contact> contact = documents.findContact(actor, invoice.details().contactId());
            InvoiceActions.decide(actor, invoice, ctx, contact).require(InvoiceActions.CREATE_PAYMENT_LINK);
            return plan(ctx.tenant(), invoice, contact, links.paymentComplete());
        });
        if (plan.reuse() != null) {
            return plan.reuse();
        }
        PaymentGateway.CheckoutLink checkout = gateway.createCheckout(plan.request());
        return tx.inTenant(actor.tenantId(), () -> store(documents.context(actor), invoiceId, plan.request(), checkout,
                (invoice, before, after) -> auditor.record(actor, "invoice", invoice.id().value(), before, after,
                        invoice.pullEvents())));
    }

    @Override
    public PaymentLinkView createForCustomer(TenantId tenantId, InvoiceId invoiceId, String returnUrl) {
        Plan plan = tx.inTenant(tenantId, () -> {
            TenantContext ctx = documents.systemContext(tenantId, Capability.PAYMENTS, Capability.CLIENT_PORTAL);
            InvoiceActions.onlinePayments(ctx).ifPresent(Refusal::raise);
            Invoice invoice = invoices.findById(tenantId, invoiceId)
                    .orElseThrow(() -> DomainException.notFound("Invoice", invoiceId));
            invoice.refusalToCreatePaymentLink().ifPresent(Refusal::raise);
            Optional<Contact> contact = invoice.details().contactId() == null ? Optional.empty()
                    : contacts.findById(tenantId, invoice.details().contactId());
            return plan(ctx.tenant(), invoice, contact, returnUrl);
        });
        if (plan.reuse() != null) {
            return plan.reuse();
        }
        PaymentGateway.CheckoutLink checkout = gateway.createCheckout(plan.request());
        return tx.inTenant(tenantId, () -> store(documents.systemContext(tenantId), invoiceId, plan.request(), checkout,
                (invoice, before, after) -> auditor.recordSystem(tenantId, "portal", "invoice", invoice.id().value(),
                        before, after, invoice.pullEvents())));
    }

    private Plan plan(Tenant tenant, Invoice invoice, Optional<Contact> contact, String returnUrl) {
        Instant now = clock.now();
        Optional<PaymentLink> reusable = invoice.reusablePaymentLink(now);
        if (reusable.isPresent()) {
            PaymentLink link = reusable.get();
            return new Plan(new PaymentLinkView(invoice.id(), link.url(), link.amount(), link.expiresAt(), true), null);
        }
        PaymentGateway.Account account = gatewayAccount(accounts, tenant.id());
        String email = contact.flatMap(c -> Optional.ofNullable(c.details().email())).orElse(null);
        // Same invoice state and return page → same key, so a retried or concurrent request gets the same checkout.
        String key = "smbhub-checkout-" + invoice.id().value() + "-v" + invoice.version() + "-"
                + invoice.amountDue().amount().toPlainString() + "-" + shortHash(returnUrl);
        return new Plan(null, new PaymentGateway.CheckoutRequest(tenant.id(), invoice.id(), invoice.number(), tenant.name(),
                invoice.amountDue(), email, returnUrl, returnUrl, key, account));
    }

    /** The Stripe account the tenant's calls run on: its own (connected or own key) when set, else the platform's. */
    static PaymentGateway.Account gatewayAccount(PaymentAccountRepository accounts, TenantId tenant) {
        return accounts.find(tenant, PROVIDER)
                .map(a -> new PaymentGateway.Account(a.connectedAccountId(), a.secretKey()))
                .orElse(PaymentGateway.Account.PLATFORM);
    }

    private interface AuditStep {
        void record(Invoice invoice, InvoiceView before, InvoiceView after);
    }

    private PaymentLinkView store(TenantContext ctx, InvoiceId invoiceId, PaymentGateway.CheckoutRequest request,
                                  PaymentGateway.CheckoutLink checkout, AuditStep audit) {
        Invoice invoice = invoices.lockById(request.tenantId(), invoiceId)
                .orElseThrow(() -> DomainException.notFound("Invoice", invoiceId));
        InvoiceView before = InvoiceView.of(invoice, invoice.version(), ctx.today(), List.of());
        PaymentLink link = new PaymentLink(checkout.url(), checkout.providerReference(), request.amount(),
                checkout.expiresAt());
        invoice.attachPaymentLink(link, clock.now());
        long version = invoices.save(invoice);
        audit.record(invoice, before, InvoiceView.of(invoice, version, ctx.today(), List.of()));
        return new PaymentLinkView(invoice.id(), link.url(), link.amount(), link.expiresAt(), false);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
