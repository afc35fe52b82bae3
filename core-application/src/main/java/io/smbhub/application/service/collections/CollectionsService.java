package io.smbhub.application.service.collections;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.invoice.RemindInvoiceUseCase;
import io.smbhub.application.port.in.job.CollectionsUseCase;
import io.smbhub.application.port.in.workitem.WorkItemView;
import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.port.out.OverdueInvoiceScan;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.out.WorkItemRepository;
import io.smbhub.application.service.inbox.EmailOutbox;
import io.smbhub.application.service.job.JobHandler;
import io.smbhub.application.service.job.JobPayloads;
import io.smbhub.application.service.portal.DocumentMail;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.InvoiceActions;
import io.smbhub.application.service.support.TenantContext;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.inbox.DocumentRef;
import io.smbhub.domain.inbox.MessagePurpose;
import io.smbhub.domain.invoice.ArStage;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.profile.ArReminders;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.workitem.WorkItemPriority;
import io.smbhub.domain.workitem.WorkItemSource;
import io.smbhub.domain.workitem.WorkItemType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collections: automated dunning and the manual reminder (issue 5 "AR reminders and collections"; spec
 * smb-hub-prd.md 3.11, 12.4; enterprise-business-os.md feature 12).
 *
 * <ul>
 *   <li>{@link #evaluateDueReminders()} (the scheduler, every few minutes): scans candidate invoices across tenants
 *       ({@link OverdueInvoiceScan}, ids only), decides each in its tenant's transaction with the tenant's today
 *       (timezone) and profile schedule ({@code automations.ar_reminders}), and enqueues one {@code AR_REMINDER_SEND}
 *       job keyed {@code <invoice id>:<stage>} (spec 12.4 "AR Reminder: (invoice_id, reminder_stage)"): concurrent or
 *       repeated scheduler runs enqueue each stage once.</li>
 *   <li>The {@code AR_REMINDER_SEND} job ({@link #handle}): in one tenant transaction re-checks the invoice (paid,
 *       voided or already at that stage → nothing), advances {@code ar_stage}, queues the reminder email in the outbox,
 *       and after FINAL creates a COLLECTION work item linked to the invoice; optimistic versioning makes a concurrent
 *       second run fail and retry into the "already at that stage" no-op. One email per stage, never twice.</li>
 *   <li>{@link #remind} (a member): a manual reminder, at most one per invoice per
 *       {@link RemindInvoiceUseCase#MIN_INTERVAL_MINUTES} minutes.</li>
 * </ul>
 */
public final class CollectionsService implements CollectionsUseCase, RemindInvoiceUseCase, JobHandler {

    /** Candidates read per scan page. */
    static final int SCAN_PAGE = 500;
    private static final String SOURCE = "collections";

    private final OverdueInvoiceScan scan;
    private final InvoiceRepository invoices;
    private final ContactRepository contacts;
    private final WorkItemRepository workItems;
    private final JobQueue jobs;
    private final EmailOutbox outbox;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;
    private final Auditor auditor;

    public CollectionsService(OverdueInvoiceScan scan, InvoiceRepository invoices, ContactRepository contacts,
                              WorkItemRepository workItems, JobQueue jobs, EmailOutbox outbox, Documents documents,
                              TransactionRunner tx, TimeSource clock, IdGenerator ids, Auditor auditor) {
        this.scan = scan;
        this.invoices = invoices;
        this.contacts = contacts;
        this.workItems = workItems;
        this.jobs = jobs;
        this.outbox = outbox;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
        this.auditor = auditor;
    }

    @Override
    public int evaluateDueReminders() {
        // the latest "today" of any timezone (UTC+14): an invoice due on or before it may be overdue somewhere
        LocalDate bound = clock.now().atOffset(ZoneOffset.ofHours(14)).toLocalDate().minusDays(1);
        int enqueued = 0;
        OverdueInvoiceScan.Candidate after = null;
        while (true) {
            OverdueInvoiceScan.Candidate from = after;
            List<OverdueInvoiceScan.Candidate> page = tx.withoutTenant(() -> scan.candidates(bound, from, SCAN_PAGE));
            for (OverdueInvoiceScan.Candidate c : page) {
                if (Boolean.TRUE.equals(tx.inTenant(c.tenantId(), () -> enqueueIfDue(c)))) {
                    enqueued++;
                }
            }
            if (page.size() < SCAN_PAGE) {
                return enqueued;
            }
            after = page.get(page.size() - 1);
        }
    }

    /** In the tenant's transaction: enqueue the reminder job of the stage due today, if any. Returns whether one is due. */
    private boolean enqueueIfDue(OverdueInvoiceScan.Candidate c) {
        TenantContext ctx = documents.systemContext(c.tenantId());
        ArReminders schedule = ctx.profile().arReminders();
        if (!schedule.enabled()) {
            return false;
        }
        Optional<Invoice> invoice = invoices.findById(c.tenantId(), c.invoiceId());
        Optional<ArStage> due = invoice.flatMap(i -> i.dueReminderStage(ctx.today(), schedule.daysAfterDue()));
        if (due.isEmpty()) {
            return false;
        }
        String payload = JobPayloads.of(Map.of("tenant_id", c.tenantId(), "invoice_id", c.invoiceId(),
                "stage", due.get()));
        jobs.enqueueFor(c.tenantId(), JobQueue.Kind.AR_REMINDER_SEND, c.invoiceId() + ":" + due.get(), payload, clock.now());
        return true;
    }

    @Override
    public void handle(JobQueue.Job job) {
        TenantId tenant = TenantId.parse(JobPayloads.field(job, "tenant_id"), "payload.tenant_id");
        InvoiceId invoiceId = InvoiceId.parse(JobPayloads.field(job, "invoice_id"), "payload.invoice_id");
        ArStage stage = ArStage.valueOf(JobPayloads.field(job, "stage"));
        tx.inTenant(tenant, () -> {
            TenantContext ctx = documents.systemContext(tenant);
            Invoice invoice = invoices.findById(tenant, invoiceId).orElse(null);
            if (invoice == null || invoice.arStage().compareTo(stage) >= 0 || invoice.refusalToRemind().isPresent()) {
                return null; // already reminded at this stage, or paid/voided meanwhile: the sequence stops
            }
            Contact contact = contacts.findById(tenant, invoice.details().contactId())
                    .orElseThrow(() -> DomainException.notFound("Contact", invoice.details().contactId()));
            InvoiceView before = InvoiceView.of(invoice, invoice.version(), ctx.today(), List.of());
            invoice.advanceArStage(stage, clock.now());
            EmailOutbox.Queued queued = outbox.queueDocumentEmail(ctx.tenant(), contact,
                    new DocumentRef(DocumentKind.INVOICE, invoice.id().value()), MessagePurpose.reminder(stage),
                    values(invoice, ctx.today()), null);
            var events = invoice.pullEvents();
            long version = invoices.save(invoice);
            auditor.recordSystem(tenant, SOURCE, "invoice", invoice.id().value(), before,
                    InvoiceView.of(invoice, version, ctx.today(), List.of()), events);
            auditQueued(tenant, queued);
            if (stage == ArStage.FINAL) {
                openCollectionWorkItem(tenant, invoice, contact);
            }
            return null;
        });
    }

    @Override
    public ReminderView remind(Actor actor, InvoiceId id) {
        Access.require(actor, Permission.DOCUMENTS_SEND);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor);
            Invoice invoice = invoices.findById(actor.tenantId(), id).orElseThrow(() -> DomainException.notFound("Invoice", id));
            Optional<Contact> contact = documents.findContact(actor, invoice.details().contactId());
            InvoiceActions.decide(actor, invoice, ctx, contact).require(InvoiceActions.REMIND);
            Instant now = clock.now();
            Optional<Instant> last = invoice.lastRemindedAt();
            if (last.isPresent() && Duration.between(last.get(), now).toMinutes() < MIN_INTERVAL_MINUTES) {
                long wait = MIN_INTERVAL_MINUTES - Duration.between(last.get(), now).toMinutes();
                throw new DomainException(ErrorCode.RATE_LIMITED, "Invoice " + invoice.number() + " was reminded at " + last.get()
                        + "; the next reminder can be sent in " + wait + " minute(s)");
            }
            InvoiceView before = InvoiceView.of(invoice, invoice.version(), ctx.today(), List.of());
            invoice.remindManually(now);
            EmailOutbox.Queued queued = outbox.queueDocumentEmail(ctx.tenant(), contact.get(),
                    new DocumentRef(DocumentKind.INVOICE, invoice.id().value()), MessagePurpose.AR_REMINDER_MANUAL,
                    values(invoice, ctx.today()), actor.userId());
            var events = invoice.pullEvents();
            long version = invoices.save(invoice);
            auditor.record(actor, "invoice", invoice.id().value(), before, InvoiceView.of(invoice, version, ctx.today(), List.of()), events);
            auditor.record(actor, "conversation", queued.conversation().id().value(), null, null, queued.conversation().pullEvents());
            auditor.record(actor, "message", queued.message().id().value(), null, null, queued.message().pullEvents());
            return new ReminderView(invoice.id().value(), queued.message().id().value(), queued.conversation().id().value(),
                    queued.jobId(), now);
        });
    }

    /** The COLLECTION work item that follows the final reminder: linked to the invoice and its contact. */
    private void openCollectionWorkItem(TenantId tenant, Invoice invoice, Contact contact) {
        WorkItemDetails details = new WorkItemDetails(WorkItemType.COLLECTION,
                "Collect " + invoice.amountDue() + " for invoice " + invoice.number() + " from " + contact.details().displayName(),
                "The final payment reminder for invoice " + invoice.number() + " (due " + invoice.details().dueDate()
                        + ") was sent on " + clock.now().truncatedTo(ChronoUnit.SECONDS) + " and " + invoice.amountDue()
                        + " is still unpaid. Follow up with the customer.",
                WorkItemPriority.HIGH, contact.id(), null, Map.of());
        WorkItem item = WorkItem.create(new WorkItemId(ids.newId()), tenant, details, null, WorkItemSource.AUTOMATION, null,
                invoice.id(), null, clock.now());
        long version = workItems.save(item);
        auditor.recordSystem(tenant, SOURCE, "work_item", item.id().value(), null, WorkItemView.of(item, version, List.of()),
                item.pullEvents());
    }

    private void auditQueued(TenantId tenant, EmailOutbox.Queued queued) {
        auditor.recordSystem(tenant, SOURCE, "conversation", queued.conversation().id().value(), null, null,
                queued.conversation().pullEvents());
        auditor.recordSystem(tenant, SOURCE, "message", queued.message().id().value(), null, null, queued.message().pullEvents());
    }

    private static Map<String, String> values(Invoice invoice, LocalDate today) {
        Map<String, String> values = DocumentMail.invoiceValues(invoice, null);
        long overdue = invoice.details().dueDate() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(invoice.details().dueDate(), today));
        values.put("days_overdue", Long.toString(overdue));
        return values;
    }
}
