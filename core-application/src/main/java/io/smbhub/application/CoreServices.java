package io.smbhub.application;

import io.smbhub.application.port.in.audit.AuditQueries;
import io.smbhub.application.port.in.timeline.TimelineQueries;
import io.smbhub.application.port.in.contact.ContactQueries;
import io.smbhub.application.port.in.contact.CreateContactUseCase;
import io.smbhub.application.port.in.contact.DeleteContactUseCase;
import io.smbhub.application.port.in.contact.ImportContactsUseCase;
import io.smbhub.application.port.in.contact.UpdateContactUseCase;
import io.smbhub.application.port.in.home.HomeQueries;
import io.smbhub.application.port.in.idempotency.IdempotencyUseCase;
import io.smbhub.application.port.in.identity.CurrentMemberUseCase;
import io.smbhub.application.port.in.identity.ExternalIdentityUseCase;
import io.smbhub.application.port.in.identity.LogInUseCase;
import io.smbhub.application.port.in.identity.SignUpUseCase;
import io.smbhub.application.port.in.member.AcceptInvitationUseCase;
import io.smbhub.application.port.in.member.InvitationQueries;
import io.smbhub.application.port.in.member.InviteMemberUseCase;
import io.smbhub.application.port.in.member.MemberQueries;
import io.smbhub.application.port.in.member.RevokeInvitationUseCase;
import io.smbhub.application.port.in.member.UpdateMemberUseCase;
import io.smbhub.application.port.in.invoice.CreateInvoiceUseCase;
import io.smbhub.application.port.in.invoice.InvoiceQueries;
import io.smbhub.application.port.in.invoice.SendInvoiceUseCase;
import io.smbhub.application.port.in.invoice.UpdateInvoiceUseCase;
import io.smbhub.application.port.in.invoice.VoidInvoiceUseCase;
import io.smbhub.application.port.in.payment.PaymentQueries;
import io.smbhub.application.port.in.payment.RecordPaymentUseCase;
import io.smbhub.application.port.in.profile.ProfileQueries;
import io.smbhub.application.port.in.profile.UpdateProfileUseCase;
import io.smbhub.application.port.in.quote.ApproveQuoteUseCase;
import io.smbhub.application.port.in.quote.ConvertQuoteToInvoiceUseCase;
import io.smbhub.application.port.in.quote.CreateQuoteUseCase;
import io.smbhub.application.port.in.quote.QuoteQueries;
import io.smbhub.application.port.in.quote.RejectQuoteUseCase;
import io.smbhub.application.port.in.quote.SendQuoteUseCase;
import io.smbhub.application.port.in.quote.UpdateQuoteUseCase;
import io.smbhub.application.port.in.workitem.ConvertWorkItemUseCase;
import io.smbhub.application.port.in.workitem.CreateWorkItemUseCase;
import io.smbhub.application.port.in.workitem.UpdateWorkItemUseCase;
import io.smbhub.application.port.in.workitem.WorkItemQueries;
import io.smbhub.application.port.out.AuditLog;
import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.application.port.out.ContactTimelineReadModel;
import io.smbhub.application.port.out.EmailSender;
import io.smbhub.application.port.out.ConversationRepository;
import io.smbhub.application.port.out.MessageRepository;
import io.smbhub.application.port.out.FileRepository;
import io.smbhub.application.port.out.FileStorage;
import io.smbhub.application.port.out.TemplateRepository;
import io.smbhub.application.port.out.EmailSettingsRepository;
import io.smbhub.application.port.out.OverdueInvoiceScan;
import io.smbhub.application.port.out.InboundMailParser;
import io.smbhub.application.port.out.MailAddresses;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.application.port.out.FileTextReader;
import io.smbhub.application.port.out.AiDraftRepository;
import io.smbhub.application.port.out.AiSettingsRepository;
import io.smbhub.application.port.out.SopRuleRepository;
import io.smbhub.application.port.out.DigestRepository;
import io.smbhub.application.port.out.AiUsageRepository;
import io.smbhub.application.port.out.AiReadModel;
import io.smbhub.application.port.out.AiPricing;
import io.smbhub.application.port.out.ExpenseRepository;
import io.smbhub.application.port.in.expense.CreateExpenseUseCase;
import io.smbhub.application.port.in.expense.ExpenseQueries;
import io.smbhub.application.port.in.expense.ExpenseUseCase;
import io.smbhub.application.service.expense.ExpenseService;
import io.smbhub.application.port.in.ai.AiDraftUseCase;
import io.smbhub.application.port.in.ai.AiSettingsUseCase;
import io.smbhub.application.port.in.ai.AiStatusQueries;
import io.smbhub.application.port.in.ai.AiUsageAdminUseCase;
import io.smbhub.application.port.in.ai.DigestUseCase;
import io.smbhub.application.port.in.ai.PrecheckUseCase;
import io.smbhub.application.port.in.ai.TextToTaskUseCase;
import io.smbhub.application.service.ai.AiBudget;
import io.smbhub.application.service.ai.AiDraftService;
import io.smbhub.application.service.ai.AiSettingsService;
import io.smbhub.application.service.ai.AiStatusService;
import io.smbhub.application.service.ai.AiUsageAdminService;
import io.smbhub.application.service.ai.DigestService;
import io.smbhub.application.service.ai.MeteredLanguageModel;
import io.smbhub.application.service.ai.PrecheckService;
import io.smbhub.application.service.ai.RedactingLanguageModel;
import io.smbhub.application.service.ai.RedactionPolicy;
import io.smbhub.application.service.ai.TextToTaskService;
import io.smbhub.application.port.in.inbox.ConversationQueries;
import io.smbhub.application.port.in.inbox.ConversationUseCase;
import io.smbhub.application.port.in.inbox.ReceiveEmailUseCase;
import io.smbhub.application.port.in.template.TemplateUseCase;
import io.smbhub.application.port.in.settings.EmailSettingsUseCase;
import io.smbhub.application.port.in.job.JobQueries;
import io.smbhub.application.port.in.job.CollectionsUseCase;
import io.smbhub.application.port.in.invoice.RemindInvoiceUseCase;
import io.smbhub.application.service.inbox.ConversationService;
import io.smbhub.application.service.inbox.EmailDelivery;
import io.smbhub.application.service.inbox.EmailOutbox;
import io.smbhub.application.service.inbox.EmailSettingsService;
import io.smbhub.application.service.inbox.InboundAddresses;
import io.smbhub.application.service.inbox.InboundEmailService;
import io.smbhub.application.service.inbox.MailIdentity;
import io.smbhub.application.service.inbox.TemplateResolver;
import io.smbhub.application.service.inbox.TemplateService;
import io.smbhub.application.service.collections.CollectionsService;
import io.smbhub.application.service.job.JobQueryService;
import io.smbhub.application.port.out.DocumentNumberAllocator;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.IdempotencyStore;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.MemberInvitationRepository;
import io.smbhub.application.port.out.PasswordHasher;
import io.smbhub.application.port.out.PaymentAccountRepository;
import io.smbhub.application.port.out.PaymentEventTranslator;
import io.smbhub.application.port.out.PaymentGateway;
import io.smbhub.application.port.out.PublicLinks;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.port.out.WebhookEventStore;
import io.smbhub.application.port.out.DocumentRenderer;
import io.smbhub.application.port.out.PaymentRepository;
import io.smbhub.application.port.out.ProfileRepository;
import io.smbhub.application.port.out.QuoteRepository;
import io.smbhub.application.port.out.TenantRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TokenGenerator;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.application.port.out.WorkItemRepository;
import io.smbhub.application.service.audit.AuditService;
import io.smbhub.application.service.timeline.TimelineService;
import io.smbhub.application.service.contact.ContactImportService;
import io.smbhub.application.service.contact.ContactService;
import io.smbhub.application.service.home.HomeService;
import io.smbhub.application.service.idempotency.IdempotencyService;
import io.smbhub.application.service.identity.IdentityService;
import io.smbhub.application.service.invoice.InvoiceService;
import io.smbhub.application.service.member.InvitationService;
import io.smbhub.application.service.member.MemberService;
import io.smbhub.application.service.payment.PaymentService;
import io.smbhub.application.service.payment.InvoiceSettlement;
import io.smbhub.application.service.payment.PaymentLinkService;
import io.smbhub.application.service.portal.DocumentMail;
import io.smbhub.application.service.portal.PortalLinks;
import io.smbhub.application.service.portal.PortalService;
import io.smbhub.application.port.in.portal.PortalLinkUseCase;
import io.smbhub.application.port.in.portal.PortalPaymentUseCase;
import io.smbhub.application.port.in.portal.PortalQueries;
import io.smbhub.application.port.in.portal.PortalQuoteResponseUseCase;
import io.smbhub.application.port.out.PortalTokenRepository;
import io.smbhub.application.service.payment.PaymentWebhookService;
import io.smbhub.application.service.payment.RefundService;
import io.smbhub.application.service.payment.PaymentAccountService;
import io.smbhub.application.port.in.payment.PaymentAccountUseCase;
import io.smbhub.application.service.job.JobRunner;
import io.smbhub.application.port.in.job.RunJobsUseCase;
import io.smbhub.application.port.in.payment.PaymentLinkUseCase;
import io.smbhub.application.port.in.payment.PaymentWebhookUseCase;
import io.smbhub.application.port.in.payment.RefundPaymentUseCase;
import io.smbhub.application.service.profile.ProfileService;
import io.smbhub.application.service.quote.QuoteConversionService;
import io.smbhub.application.service.quote.QuoteService;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.EffectiveProfiles;
import io.smbhub.application.service.workitem.WorkItemConversionService;
import io.smbhub.application.service.workitem.WorkItemService;

/**
 * The whole core wired from its outbound ports with plain {@code new} — the one composition of services,
 * used by the Micronaut bootstrap and by embedders (with {@code io.smbhub.application.memory.InMemoryCore}
 * for tests without a database). Exposes every inbound port. Constructing it publishes the built-in profile
 * definitions that are not stored yet (spec smb-hub-prd.md 8.2.2), so the ports must be ready to use.
 */
public final class CoreServices {

    /** Every outbound port the core needs. */
    public record Ports(TransactionRunner tx, TimeSource clock, IdGenerator ids, TenantRepository tenants,
                        UserAccountRepository users, ContactRepository contacts, WorkItemRepository workItems,
                        QuoteRepository quotes, InvoiceRepository invoices, PaymentRepository payments,
                        DocumentNumberAllocator numbers, AuditLog auditLog, IdempotencyStore idempotency,
                        EmailSender email, PasswordHasher passwords, ProfileRepository profiles,
                        TokenGenerator tokens, ContactTimelineReadModel contactTimeline,
                        MemberInvitationRepository invitations, PaymentGateway paymentGateway,
                        PaymentEventTranslator paymentEvents, JobQueue jobs, WebhookEventStore webhookEvents,
                        PaymentAccountRepository paymentAccounts, DocumentRenderer renderer, PublicLinks publicLinks,
                        PortalTokenRepository portalTokens, ConversationRepository conversations,
                        MessageRepository messages, FileRepository files, FileStorage fileStorage,
                        TemplateRepository templates, EmailSettingsRepository emailSettings,
                        OverdueInvoiceScan overdueInvoices, InboundMailParser mailParser, MailAddresses mailAddresses,
                        LanguageModel languageModel, FileTextReader fileText, AiDraftRepository aiDrafts,
                        AiSettingsRepository aiSettings, SopRuleRepository sopRules, DigestRepository digests,
                        AiUsageRepository aiUsage, AiReadModel aiReadModel, AiPricing aiPricing,
                        ExpenseRepository expenses) {
    }

    private final ContactService contactService;
    private final ContactImportService contactImport;
    private final WorkItemService workItemService;
    private final WorkItemConversionService workItemConversion;
    private final QuoteService quoteService;
    private final QuoteConversionService quoteConversion;
    private final InvoiceService invoiceService;
    private final PaymentService paymentService;
    private final HomeService homeService;
    private final IdentityService identityService;
    private final IdempotencyService idempotencyService;
    private final AuditService auditService;
    private final ProfileService profileService;
    private final TimelineService timelineService;
    private final MemberService memberService;
    private final InvitationService invitationService;
    private final PaymentLinkService paymentLinkService;
    private final PortalService portalService;
    private final RefundService refundService;
    private final PaymentWebhookService paymentWebhookService;
    private final JobRunner jobRunner;
    private final PaymentAccountService paymentAccountService;
    private final ConversationService conversationService;
    private final InboundEmailService inboundEmailService;
    private final TemplateService templateService;
    private final EmailSettingsService emailSettingsService;
    private final CollectionsService collectionsService;
    private final JobQueryService jobQueryService;
    private final ExpenseService expenseService;
    private final TextToTaskService textToTaskService;
    private final AiDraftService aiDraftService;
    private final PrecheckService precheckService;
    private final AiSettingsService aiSettingsService;
    private final AiStatusService aiStatusService;
    private final AiUsageAdminService aiUsageAdminService;
    private final DigestService digestService;

    public CoreServices(Ports p) {
        Auditor auditor = new Auditor(p.auditLog(), p.ids());
        EffectiveProfiles profiles = new EffectiveProfiles(p.profiles(), p.clock());
        Documents documents = new Documents(p.tenants(), p.contacts(), p.quotes(), p.invoices(), p.numbers(), p.ids(),
                p.clock(), auditor, profiles, p.paymentGateway().configured());
        contactService = new ContactService(p.contacts(), documents, p.tx(), p.clock(), p.ids(), auditor);
        contactImport = new ContactImportService(p.contacts(), documents, p.tx(), p.clock(), p.ids(), auditor);
        workItemService = new WorkItemService(p.workItems(), p.users(), documents, p.tx(), p.clock(), p.ids(), auditor);
        workItemConversion = new WorkItemConversionService(p.workItems(), workItemService, documents, p.tx(), p.clock(), auditor);
        PortalLinks portalLinks = new PortalLinks(p.portalTokens(), p.tokens(), p.ids(), p.clock(), p.publicLinks());
        InboundAddresses inbound = new InboundAddresses(p.mailAddresses());
        MailIdentity identity = new MailIdentity(p.emailSettings(), p.mailAddresses(), inbound);
        EmailOutbox outbox = new EmailOutbox(p.conversations(), p.messages(), p.jobs(), identity,
                new TemplateResolver(p.templates()), inbound, p.ids(), p.clock());
        DocumentMail mail = new DocumentMail(outbox, auditor);
        quoteService = new QuoteService(p.quotes(), documents, mail, p.tx(), p.clock(), auditor);
        quoteConversion = new QuoteConversionService(p.quotes(), quoteService, documents, p.tx(), p.clock(), auditor);
        invoiceService = new InvoiceService(p.invoices(), documents, mail, p.tx(), p.clock(), auditor);
        paymentService = new PaymentService(p.payments(), p.invoices(), documents, p.tx(), p.clock(), p.ids(), auditor);
        homeService = new HomeService(p.tenants(), p.invoices(), p.workItems(), p.payments(), p.tx(), p.clock());
        identityService = new IdentityService(p.tenants(), p.users(), p.passwords(), p.tx(), p.clock(), p.ids(), auditor,
                profiles);
        idempotencyService = new IdempotencyService(p.idempotency(), p.tx(), p.clock());
        auditService = new AuditService(p.auditLog(), p.tx());
        profileService = new ProfileService(p.tenants(), p.profiles(), profiles, p.tx(), p.clock(), auditor);
        profileService.publishBuiltIns();
        timelineService = new TimelineService(contactService, workItemService, quoteService, invoiceService, paymentService,
                p.auditLog(), p.contactTimeline(), p.tx());
        memberService = new MemberService(p.users(), p.tx(), p.clock(), auditor);
        invitationService = new InvitationService(p.invitations(), p.users(), p.passwords(), p.tokens(), p.tx(), p.clock(),
                p.ids(), auditor);
        InvoiceSettlement settlement = new InvoiceSettlement(p.payments());
        paymentLinkService = new PaymentLinkService(p.invoices(), p.contacts(), p.paymentAccounts(), p.paymentGateway(),
                p.publicLinks(), documents, p.tx(), p.clock(), auditor);
        portalService = new PortalService(p.portalTokens(), portalLinks, p.invoices(), p.quotes(), p.contacts(), p.payments(),
                documents, p.renderer(), p.publicLinks(), paymentLinkService, p.tx(), p.clock(), auditor);
        refundService = new RefundService(p.payments(), p.invoices(), p.paymentAccounts(), p.paymentGateway(), settlement,
                documents, p.tx(), p.clock(), auditor);
        paymentWebhookService = new PaymentWebhookService(p.paymentEvents(), p.webhookEvents(), p.jobs(), p.payments(),
                p.invoices(), p.paymentAccounts(), settlement, documents, p.tx(), p.clock(), p.ids(), auditor);
        paymentAccountService = new PaymentAccountService(p.paymentAccounts(), p.paymentGateway(), p.tx(), p.clock(), auditor);
        conversationService = new ConversationService(p.conversations(), p.messages(), p.files(), p.fileStorage(),
                p.contacts(), p.users(), contactService, workItemService, outbox, documents, p.tx(), p.clock(), p.ids(),
                auditor);
        inboundEmailService = new InboundEmailService(p.mailParser(), inbound, p.conversations(), p.messages(), p.files(),
                p.fileStorage(), p.contacts(), documents, p.tx(), p.clock(), p.ids(), auditor);
        templateService = new TemplateService(p.templates(), documents, p.tx(), p.clock(), p.ids(), auditor);
        emailSettingsService = new EmailSettingsService(p.emailSettings(), identity, inbound, documents, p.tx(), p.clock(),
                auditor);
        collectionsService = new CollectionsService(p.overdueInvoices(), p.invoices(), p.contacts(), p.workItems(), p.jobs(),
                outbox, documents, p.tx(), p.clock(), p.ids(), auditor);
        jobQueryService = new JobQueryService(p.jobs(), p.tx());
        expenseService = new ExpenseService(p.expenses(), p.files(), documents, p.tx(), p.clock(), p.ids(), auditor);
        EmailDelivery delivery = new EmailDelivery(p.messages(), p.contacts(), p.invoices(), p.quotes(), portalLinks,
                p.renderer(), p.email(), identity, documents, p.tx(), p.clock(), auditor);
        AiBudget budget = new AiBudget(p.aiSettings(), p.aiUsage(), p.aiPricing(), p.clock());
        // every model call is metered (quota, usage ledger) and redacted (PII never leaves the server) — issue 6
        LanguageModel model = new MeteredLanguageModel(new RedactingLanguageModel(p.languageModel(),
                tenant -> p.tx().inTenant(tenant, () -> {
                    io.smbhub.domain.ai.AiSettings s = budget.settings(tenant);
                    return new RedactionPolicy(s.redactionEnabled(), s.customPatterns());
                })), p.aiUsage(), budget, p.aiPricing(), p.tx(), p.clock(), p.ids());
        aiDraftService = new AiDraftService(p.aiDrafts(), p.contacts(), contactService, workItemService, quoteService,
                invoiceService, expenseService, documents, p.tx(), p.clock(), auditor);
        textToTaskService = new TextToTaskService(p.aiDrafts(), p.messages(), p.conversations(), p.files(), p.fileStorage(),
                p.fileText(), p.jobs(), model, budget, aiDraftService, p.users(), documents, p.tx(), p.clock(), p.ids(),
                auditor);
        precheckService = new PrecheckService(p.invoices(), p.quotes(), p.sopRules(), p.aiReadModel(), model, documents,
                p.tx(), p.clock());
        aiSettingsService = new AiSettingsService(p.aiSettings(), p.sopRules(), budget, p.tx(), p.clock(), auditor);
        aiStatusService = new AiStatusService(model, budget, p.aiUsage(), p.tx());
        aiUsageAdminService = new AiUsageAdminService(p.aiUsage(), p.aiSettings(), p.tenants(), p.users(), budget,
                p.aiPricing(), p.tx(), p.clock(), auditor);
        digestService = new DigestService(p.aiReadModel(), p.digests(), p.jobs(), model, budget, p.users(), p.email(),
                identity, documents, p.tx(), p.clock());
        jobRunner = new JobRunner(p.jobs(), p.clock())
                .register(JobQueue.Kind.AI_PARSE, textToTaskService)
                .register(JobQueue.Kind.AI_DIGEST, digestService)
                .register(JobQueue.Kind.WEBHOOK_PROCESS, paymentWebhookService)
                .register(JobQueue.Kind.EMAIL_SEND, delivery)
                .register(JobQueue.Kind.AR_REMINDER_SEND, collectionsService);
    }

    public CreateContactUseCase createContact() { return contactService; }
    public UpdateContactUseCase updateContact() { return contactService; }
    public DeleteContactUseCase deleteContact() { return contactService; }
    public ContactQueries contactQueries() { return contactService; }
    public ImportContactsUseCase importContacts() { return contactImport; }
    public CreateWorkItemUseCase createWorkItem() { return workItemService; }
    public UpdateWorkItemUseCase updateWorkItem() { return workItemService; }
    public ConvertWorkItemUseCase convertWorkItem() { return workItemConversion; }
    public WorkItemQueries workItemQueries() { return workItemService; }
    public CreateQuoteUseCase createQuote() { return quoteService; }
    public UpdateQuoteUseCase updateQuote() { return quoteService; }
    public SendQuoteUseCase sendQuote() { return quoteService; }
    public ApproveQuoteUseCase approveQuote() { return quoteService; }
    public RejectQuoteUseCase rejectQuote() { return quoteService; }
    public ConvertQuoteToInvoiceUseCase convertQuoteToInvoice() { return quoteConversion; }
    public QuoteQueries quoteQueries() { return quoteService; }
    public CreateInvoiceUseCase createInvoice() { return invoiceService; }
    public UpdateInvoiceUseCase updateInvoice() { return invoiceService; }
    public SendInvoiceUseCase sendInvoice() { return invoiceService; }
    public VoidInvoiceUseCase voidInvoice() { return invoiceService; }
    public InvoiceQueries invoiceQueries() { return invoiceService; }
    public RecordPaymentUseCase recordPayment() { return paymentService; }
    public PaymentQueries paymentQueries() { return paymentService; }
    public HomeQueries homeQueries() { return homeService; }
    public SignUpUseCase signUp() { return identityService; }
    public LogInUseCase logIn() { return identityService; }
    public ExternalIdentityUseCase externalIdentity() { return identityService; }
    public IdempotencyUseCase idempotency() { return idempotencyService; }
    public AuditQueries auditQueries() { return auditService; }
    public ProfileQueries profileQueries() { return profileService; }
    public UpdateProfileUseCase updateProfile() { return profileService; }
    public TimelineQueries timelineQueries() { return timelineService; }
    public CurrentMemberUseCase currentMember() { return identityService; }
    public MemberQueries memberQueries() { return memberService; }
    public UpdateMemberUseCase updateMember() { return memberService; }
    public InviteMemberUseCase inviteMember() { return invitationService; }
    public RevokeInvitationUseCase revokeInvitation() { return invitationService; }
    public InvitationQueries invitationQueries() { return invitationService; }
    public AcceptInvitationUseCase acceptInvitation() { return invitationService; }
    public PaymentLinkUseCase paymentLinks() { return paymentLinkService; }
    public PortalLinkUseCase portalLinks() { return portalService; }
    public PortalQueries portalQueries() { return portalService; }
    public PortalQuoteResponseUseCase portalQuoteResponses() { return portalService; }
    public PortalPaymentUseCase portalPayments() { return portalService; }
    public RefundPaymentUseCase refundPayment() { return refundService; }
    public PaymentWebhookUseCase paymentWebhooks() { return paymentWebhookService; }
    public RunJobsUseCase jobs() { return jobRunner; }
    public PaymentAccountUseCase paymentAccount() { return paymentAccountService; }
    public ConversationQueries conversationQueries() { return conversationService; }
    public ConversationUseCase conversations() { return conversationService; }
    public ReceiveEmailUseCase receiveEmail() { return inboundEmailService; }
    public TemplateUseCase templates() { return templateService; }
    public EmailSettingsUseCase emailSettings() { return emailSettingsService; }
    public CollectionsUseCase collections() { return collectionsService; }
    public RemindInvoiceUseCase remindInvoice() { return collectionsService; }
    public JobQueries jobQueries() { return jobQueryService; }
    public CreateExpenseUseCase createExpense() { return expenseService; }
    public ExpenseUseCase expenses() { return expenseService; }
    public ExpenseQueries expenseQueries() { return expenseService; }
    public TextToTaskUseCase textToTask() { return textToTaskService; }
    public AiDraftUseCase aiDrafts() { return aiDraftService; }
    public PrecheckUseCase precheck() { return precheckService; }
    public AiSettingsUseCase aiSettings() { return aiSettingsService; }
    public AiStatusQueries aiStatus() { return aiStatusService; }
    public AiUsageAdminUseCase aiUsageAdmin() { return aiUsageAdminService; }
    public DigestUseCase digests() { return digestService; }
}
