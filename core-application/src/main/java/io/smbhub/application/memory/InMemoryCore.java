package io.smbhub.application.memory;

import io.smbhub.application.port.out.PaymentEventTranslator;
import io.smbhub.application.port.out.PaymentGateway;
import io.smbhub.application.port.out.InboundMailParser;
import io.smbhub.application.port.out.MailAddresses;
import io.smbhub.application.CoreServices;

import java.time.Instant;

/**
 * The whole SMB Hub core on in-memory adapters, for unit tests of other JVM teams: no database, a manual
 * clock, deterministic ids, and sent emails and stored files kept in memory. Emails leave through the outbox:
 * run the due jobs ({@code services().jobs().runDueJobs(n)}) to send them.
 *
 * <pre>{@code
 * InMemoryCore hub = InMemoryCore.start(Instant.parse("2026-01-05T09:00:00Z"));
 * Identity owner = hub.services().signUp().signUp(new SignUpCommand("Acme", "general", "o@acme.test", "secret-pass", "UTC", "USD"));
 * }</pre>
 */
public final class InMemoryCore {

    private final ManualTimeSource clock;
    private final RecordingEmailSender email;
    private final InMemoryFileStorage files;
    private final CoreServices services;
    private final CoreServices.Ports ports;
    private final InMemoryJobQueue jobs;

    private InMemoryCore(Instant start, PaymentGateway gateway, PaymentEventTranslator paymentEvents, InboundMailParser parser,
                         io.smbhub.application.port.out.LanguageModel model) {
        InMemoryTransactionRunner tx = new InMemoryTransactionRunner();
        clock = new ManualTimeSource(start);
        email = new RecordingEmailSender();
        files = new InMemoryFileStorage();
        InMemoryContactRepository contacts = new InMemoryContactRepository(tx);
        InMemoryWorkItemRepository workItems = new InMemoryWorkItemRepository(tx);
        InMemoryQuoteRepository quotes = new InMemoryQuoteRepository(tx);
        InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository(tx);
        InMemoryPaymentRepository payments = new InMemoryPaymentRepository(tx);
        InMemoryAuditLog auditLog = new InMemoryAuditLog(tx);
        jobs = new InMemoryJobQueue(tx);
        InMemoryTenantRepository tenants = new InMemoryTenantRepository(tx);
        InMemoryAiDraftRepository aiDrafts = new InMemoryAiDraftRepository(tx);
        InMemoryAiSettingsRepository aiSettings = new InMemoryAiSettingsRepository(tx);
        InMemoryExpenseRepository expenses = new InMemoryExpenseRepository(tx);
        InMemoryAiReadModel aiReadModel = new InMemoryAiReadModel(tenants, invoices, payments, workItems, quotes, aiDrafts,
                (tenant, day) -> expenses.listDated(tenant, day, day).stream()
                        .filter(e -> e.status() != io.smbhub.domain.expense.ExpenseStatus.REJECTED)
                        .map(e -> new io.smbhub.domain.ai.DigestFigures.TopExpense(e.details().vendor(),
                                e.details().category(), e.details().amount()))
                        .toList());
        ports = new CoreServices.Ports(tx, clock, new SequentialIdGenerator(), tenants,
                new InMemoryUserAccountRepository(tx), contacts, workItems,
                quotes, invoices, payments,
                new InMemoryDocumentNumberAllocator(tx), auditLog, new InMemoryIdempotencyStore(tx), email,
                new Pbkdf2PasswordHasher(), new InMemoryProfileRepository(tx), new SecureRandomTokenGenerator(),
                new InMemoryContactTimelineReadModel(workItems, quotes, invoices, payments, auditLog),
                new InMemoryMemberInvitationRepository(tx), gateway, paymentEvents, jobs, new InMemoryWebhookEventStore(tx),
                new InMemoryPaymentAccountRepository(tx), new TextDocumentRenderer(),
                new StaticPublicLinks("http://localhost:8080"), new InMemoryPortalTokenRepository(tx),
                new InMemoryConversationRepository(tx, contacts), new InMemoryMessageRepository(tx),
                new InMemoryFileRepository(tx), files, new InMemoryTemplateRepository(tx),
                new InMemoryEmailSettingsRepository(tx), new InMemoryOverdueInvoiceScan(invoices), parser,
                MailAddresses.of("inbox@inbound.smbhub.test", "billing@smbhub.test"),
                model, new PlainTextFileReader(), aiDrafts, aiSettings, new InMemorySopRuleRepository(tx),
                new InMemoryDigestRepository(tx), new InMemoryAiUsageRepository(tx, tenants, aiSettings), aiReadModel,
                io.smbhub.application.port.out.AiPricing.defaults(), expenses);
        services = new CoreServices(ports);
    }

    /** A fresh, empty core whose clock starts at {@code start} (UTC). */
    public static InMemoryCore start(Instant start) {
        UnconfiguredPaymentProvider none = new UnconfiguredPaymentProvider();
        return new InMemoryCore(start, none, none, new UnconfiguredMailParser(), new UnconfiguredLanguageModel());
    }

    /**
     * As {@link #start(Instant)} with a payment provider: {@code gateway} for checkouts and refunds,
     * {@code paymentEvents} to verify and read its webhooks (e.g. the Stripe adapter against a local stand-in).
     */
    public static InMemoryCore start(Instant start, PaymentGateway gateway, PaymentEventTranslator paymentEvents) {
        return new InMemoryCore(start, gateway, paymentEvents, new UnconfiguredMailParser(), new UnconfiguredLanguageModel());
    }

    /**
     * As {@link #start(Instant, PaymentGateway, PaymentEventTranslator)} with a MIME parser (e.g. adapter-email's
     * {@code MimeInboundMailParser}) so the core can receive email; tenants' inbound addresses are plus-addresses of
     * {@code inbox@inbound.smbhub.test}.
     */
    public static InMemoryCore start(Instant start, PaymentGateway gateway, PaymentEventTranslator paymentEvents,
                                     InboundMailParser parser) {
        return new InMemoryCore(start, gateway, paymentEvents, parser, new UnconfiguredLanguageModel());
    }

    /**
     * As {@link #start(Instant, PaymentGateway, PaymentEventTranslator, InboundMailParser)} with a language model
     * (issue 6; e.g. adapter-llm's Gemini adapter against a local stand-in). The core adds PII redaction and usage
     * metering around it; the AI price table is {@code AiPricing.defaults()}.
     */
    public static InMemoryCore start(Instant start, PaymentGateway gateway, PaymentEventTranslator paymentEvents,
                                     InboundMailParser parser, io.smbhub.application.port.out.LanguageModel model) {
        return new InMemoryCore(start, gateway, paymentEvents, parser, model);
    }

    public CoreServices services() { return services; }
    public CoreServices.Ports ports() { return ports; }
    public ManualTimeSource clock() { return clock; }
    /** Every email the core sent (after its {@code EMAIL_SEND} job ran: {@code services().jobs().runDueJobs(n)}). */
    public RecordingEmailSender email() { return email; }
    public InMemoryFileStorage files() { return files; }
    public InMemoryJobQueue jobs() { return jobs; }
}
