package io.smbhub.application.service.payment;

import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.payment.PaymentView;
import io.smbhub.application.port.in.payment.PaymentWebhookUseCase;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.port.out.PaymentAccountRepository;
import io.smbhub.application.port.out.PaymentEventTranslator;
import io.smbhub.application.port.out.PaymentEventTranslator.PaymentEvent;
import io.smbhub.application.port.out.PaymentRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.out.WebhookEventStore;
import io.smbhub.application.port.out.WebhookEventStore.StoredEvent;
import io.smbhub.application.service.job.JobHandler;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.TenantContext;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.payment.Payment;
import io.smbhub.domain.payment.PaymentProvider;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.PaymentId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Provider webhooks (spec smb-hub-prd.md 12.5): receipt ({@link PaymentWebhookUseCase}) and processing, as the
 * {@code WEBHOOK_PROCESS} job handler. Processing one event is one tenant transaction that locks the invoice,
 * creates or updates the payment found by {@code (tenant, provider, provider payment id)}, recomputes the invoice
 * from all its payments, audits with source {@code stripe:<event id>}, and marks the stored event PROCESSED — so
 * the same event any number of times, events of one payment in any order, and concurrent deliveries all end in
 * one payment and the same invoice figures.
 */
public final class PaymentWebhookService implements PaymentWebhookUseCase, JobHandler {

    private final PaymentEventTranslator translator;
    private final WebhookEventStore events;
    private final JobQueue jobs;
    private final PaymentRepository payments;
    private final InvoiceRepository invoices;
    private final PaymentAccountRepository accounts;
    private final InvoiceSettlement settlement;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;
    private final Auditor auditor;

    public PaymentWebhookService(PaymentEventTranslator translator, WebhookEventStore events, JobQueue jobs,
                                 PaymentRepository payments, InvoiceRepository invoices, PaymentAccountRepository accounts,
                                 InvoiceSettlement settlement, Documents documents, TransactionRunner tx, TimeSource clock,
                                 IdGenerator ids, Auditor auditor) {
        this.translator = translator;
        this.events = events;
        this.jobs = jobs;
        this.payments = payments;
        this.invoices = invoices;
        this.accounts = accounts;
        this.settlement = settlement;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
        this.auditor = auditor;
    }

    @Override
    public Receipt receive(String payload, String signatureHeader) {
        PaymentEventTranslator.VerifiedDelivery delivery = translator.verify(payload, signatureHeader);
        String provider = translator.provider();
        Instant now = clock.now();
        boolean stored = tx.withoutTenant(() -> {
            boolean fresh = events.storeIfAbsent(new StoredEvent(ids.newId(), provider, delivery.providerEventId(),
                    delivery.type(), payload, WebhookEventStore.Status.RECEIVED, null, now, null));
            if (fresh) {
                jobs.enqueue(JobQueue.Kind.WEBHOOK_PROCESS, jobKey(provider, delivery.providerEventId()),
                        jobPayload(provider, delivery.providerEventId()), now);
            }
            return fresh;
        });
        return new Receipt(delivery.providerEventId(), delivery.type(), !stored);
    }

    /** The job's idempotency key: one processing job per provider event (spec 12.4 "Stripe: (provider_event_id)"). */
    static String jobKey(String provider, String providerEventId) {
        return provider + ":" + providerEventId;
    }

    private static String jobPayload(String provider, String providerEventId) {
        return "{\"provider\":\"" + jsonEscape(provider) + "\",\"provider_event_id\":\"" + jsonEscape(providerEventId) + "\"}";
    }

    @Override
    public void handle(JobQueue.Job job) {
        String key = job.idempotencyKey();
        int colon = key.indexOf(':');
        String provider = key.substring(0, colon);
        String eventId = key.substring(colon + 1);
        StoredEvent stored = tx.withoutTenant(() -> events.find(provider, eventId)).orElseThrow(() ->
                DomainException.notFound("Webhook event", key));
        if (stored.status() != WebhookEventStore.Status.RECEIVED && stored.status() != WebhookEventStore.Status.FAILED) {
            return;
        }
        PaymentEvent event = translator.translate(stored.payload());
        String ignored = whyIgnored(event);
        if (ignored != null) {
            tx.withoutTenant(() -> {
                events.markOutcome(provider, eventId, WebhookEventStore.Status.IGNORED, ignored, clock.now());
                return null;
            });
            return;
        }
        tx.inTenant(event.tenantId(), () -> {
            String note = apply(event);
            events.markOutcome(provider, eventId, note == null ? WebhookEventStore.Status.PROCESSED
                    : WebhookEventStore.Status.IGNORED, note, clock.now());
            return null;
        });
    }

    @Override
    public void gaveUp(JobQueue.Job job, String reason) {
        String key = job.idempotencyKey();
        int colon = key.indexOf(':');
        tx.withoutTenant(() -> {
            events.markOutcome(key.substring(0, colon), key.substring(colon + 1), WebhookEventStore.Status.FAILED, reason,
                    clock.now());
            return null;
        });
    }

    private static String whyIgnored(PaymentEvent event) {
        if (event.kind() == PaymentEventTranslator.Kind.IGNORED) {
            return "Event type " + event.type() + " needs no action";
        }
        if (event.tenantId() == null || event.invoiceId() == null) {
            return "Event carries no tenant_id/invoice_id metadata: not created by SMB Hub";
        }
        if (event.providerPaymentId() == null || event.amount() == null) {
            return "Event carries no payment id or amount";
        }
        return null;
    }

    /** Applies one event inside its tenant's transaction; returns null when applied, else why it was ignored. */
    private String apply(PaymentEvent event) {
        Optional<TenantContext> ctx = tenantContext(event);
        if (ctx.isEmpty()) {
            return "Tenant of the event does not exist";
        }
        String account = accounts.find(event.tenantId(), PaymentLinkService.PROVIDER)
                .map(a -> a.connectedAccountId()).orElse(null);
        if (event.account() != null && !event.account().equals(account)) {
            return "Event from account " + event.account() + " which is not this tenant's connected account";
        }
        Optional<Invoice> locked = invoices.lockById(event.tenantId(), event.invoiceId());
        if (locked.isEmpty()) {
            return "Invoice of the event does not exist in its tenant";
        }
        Invoice invoice = locked.get();
        if (!event.amount().currency().equals(invoice.details().currency())) {
            return "Event is in " + event.amount().currency() + " but the invoice is in " + invoice.details().currency();
        }
        Instant now = clock.now();
        String source = "stripe:" + event.providerEventId();
        InvoiceView invoiceBefore = InvoiceView.of(invoice, invoice.version(), ctx.get().today(), List.of());
        Optional<Payment> existing = payments.findByProviderPaymentId(event.tenantId(), PaymentProvider.STRIPE,
                event.providerPaymentId());
        Payment payment;
        PaymentView paymentBefore = existing.map(PaymentView::of).orElse(null);
        boolean changed;
        if (existing.isPresent() && !existing.get().invoiceId().equals(invoice.id())) {
            return "Payment " + event.providerPaymentId() + " is recorded on another invoice than the event names";
        }
        if (existing.isPresent()) {
            payment = existing.get();
            changed = switch (event.kind()) {
                case PAYMENT_SUCCEEDED -> payment.confirmCaptured(event.amount(), event.occurredAt(), event.methodLabel(),
                        event.receiptUrl(), now);
                case PAYMENT_FAILED -> payment.recordFailure(event.failureMessage(), now);
                case REFUNDED -> payment.syncRefundedTotal(event.amountRefunded(), now);
                case IGNORED -> false;
            };
        } else {
            boolean captured = event.kind() != PaymentEventTranslator.Kind.PAYMENT_FAILED;
            payment = Payment.fromProvider(new PaymentId(ids.newId()), event.tenantId(), invoice.id(), PaymentProvider.STRIPE,
                    event.providerPaymentId(), captured, event.amount(), event.occurredAt(), event.methodLabel(),
                    event.receiptUrl(), event.failureMessage(), now);
            if (event.kind() == PaymentEventTranslator.Kind.REFUNDED && event.amountRefunded() != null) {
                payment.syncRefundedTotal(event.amountRefunded(), now);
            }
            changed = true;
        }
        if (!changed) {
            return null;
        }
        payments.save(payment);
        auditor.recordSystem(event.tenantId(), source, "payment", payment.id().value(), paymentBefore,
                PaymentView.of(payment), payment.pullEvents());
        if (settlement.settle(invoice, now)) {
            long version = invoices.save(invoice);
            auditor.recordSystem(event.tenantId(), source, "invoice", invoice.id().value(), invoiceBefore,
                    InvoiceView.of(invoice, version, ctx.get().today(), List.of()), invoice.pullEvents());
        }
        return null;
    }

    private Optional<TenantContext> tenantContext(PaymentEvent event) {
        try {
            return Optional.of(documents.systemContext(event.tenantId()));
        } catch (DomainException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
