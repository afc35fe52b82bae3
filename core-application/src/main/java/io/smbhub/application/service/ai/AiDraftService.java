package io.smbhub.application.service.ai;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.LineItemInput;
import io.smbhub.application.port.in.ai.AiDraftUseCase;
import io.smbhub.application.port.in.ai.AiDraftView;
import io.smbhub.application.port.in.contact.CreateContactCommand;
import io.smbhub.application.port.in.contact.CreateContactUseCase;
import io.smbhub.application.port.in.expense.CreateExpenseUseCase;
import io.smbhub.application.port.in.expense.ExpenseInput;
import io.smbhub.application.port.in.invoice.CreateInvoiceUseCase;
import io.smbhub.application.port.in.invoice.InvoiceDraft;
import io.smbhub.application.port.in.quote.CreateQuoteUseCase;
import io.smbhub.application.port.in.quote.QuoteDraft;
import io.smbhub.application.port.in.workitem.CreateWorkItemCommand;
import io.smbhub.application.port.in.workitem.CreateWorkItemUseCase;
import io.smbhub.application.port.out.AiDraftRepository;
import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.Versions;
import io.smbhub.domain.ai.AiDraft;
import io.smbhub.domain.ai.AiDraftSource;
import io.smbhub.domain.ai.AiDraftStatus;
import io.smbhub.domain.ai.AiIntent;
import io.smbhub.domain.ai.AppliedTarget;
import io.smbhub.domain.ai.DraftFields;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.shared.AiDraftId;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.workitem.WorkItemPriority;
import io.smbhub.domain.workitem.WorkItemSource;
import io.smbhub.domain.workitem.WorkItemType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The AI draft QC queue and apply ({@link AiDraftUseCase}; spec smb-hub-prd.md 3.14, 10.5.2–10.5.3, Story 7.2,
 * 12.2 E, 6.3.2 "AI Draft Safety Suite"; issue 6). Audited as {@code ai_draft} with before/after snapshots, so an
 * edit keeps what the model proposed and what the reviewer changed.
 *
 * <p>Apply runs in one tenant transaction: edits, field check, contact lookup (by id, email, or name and phone; a new
 * contact from the draft's name/email/phone when none matches and the object needs one), creation of the object
 * through the ordinary use cases (so their permissions, profile rules and audit apply) in DRAFT/NEW state, and the
 * draft's move to APPLIED with its target. The draft's version check makes a concurrent second apply fail and roll
 * back whole; applying an APPLIED draft answers its target without creating anything. Nothing is sent or charged.
 */
public final class AiDraftService implements AiDraftUseCase {

    private final AiDraftRepository drafts;
    private final ContactRepository contacts;
    private final CreateContactUseCase createContact;
    private final CreateWorkItemUseCase createWorkItem;
    private final CreateQuoteUseCase createQuote;
    private final CreateInvoiceUseCase createInvoice;
    private final CreateExpenseUseCase createExpense;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public AiDraftService(AiDraftRepository drafts, ContactRepository contacts, CreateContactUseCase createContact,
                          CreateWorkItemUseCase createWorkItem, CreateQuoteUseCase createQuote,
                          CreateInvoiceUseCase createInvoice, CreateExpenseUseCase createExpense, Documents documents,
                          TransactionRunner tx, TimeSource clock, Auditor auditor) {
        this.drafts = drafts;
        this.contacts = contacts;
        this.createContact = createContact;
        this.createWorkItem = createWorkItem;
        this.createQuote = createQuote;
        this.createInvoice = createInvoice;
        this.createExpense = createExpense;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    @Override
    public Page list(Actor actor, String status, String intent, String cursor, int limit) {
        Access.require(actor, Permission.WORK_READ);
        AiDraftStatus s = status == null || status.isBlank() ? null : parseStatus(status);
        AiIntent i = intent == null || intent.isBlank() ? null : AiIntent.parse(intent, "intent");
        int size = Math.max(1, Math.min(limit <= 0 ? 20 : limit, 100));
        AiDraftRepository.Position after = decode(cursor);
        return tx.inTenant(actor.tenantId(), () -> {
            List<AiDraft> rows = drafts.list(actor.tenantId(), s, i, after, size + 1);
            boolean more = rows.size() > size;
            List<AiDraft> page = more ? rows.subList(0, size) : rows;
            String next = more ? encode(page.get(page.size() - 1)) : null;
            return new Page(page.stream().map(AiDraftService::view).toList(), next);
        });
    }

    @Override
    public AiDraftView get(Actor actor, AiDraftId id) {
        Access.require(actor, Permission.WORK_READ);
        return tx.inTenant(actor.tenantId(), () -> view(load(actor, id)));
    }

    @Override
    public AiDraftView edit(Actor actor, AiDraftId id, Long expectedVersion, String intent, Map<String, Object> payload) {
        Access.require(actor, Permission.WORK_WRITE);
        AiIntent i = intent == null ? null : AiIntent.parse(intent, "intent");
        DraftFields f = payload == null ? null : DraftFields.fromMap(payload, "payload.");
        return change(actor, id, expectedVersion, d -> d.edit(i, f, actor.userId(), clock.now()));
    }

    @Override
    public AiDraftView approve(Actor actor, AiDraftId id, Long expectedVersion, String notes) {
        return change(actor, id, expectedVersion, d -> d.approve(actor.userId(), notes, clock.now()));
    }

    @Override
    public AiDraftView reject(Actor actor, AiDraftId id, Long expectedVersion, String notes) {
        return change(actor, id, expectedVersion, d -> d.reject(actor.userId(), notes, clock.now()));
    }

    /** One review step on a draft: permission, version check, the intent method, save, audit — in one transaction. */
    private AiDraftView change(Actor actor, AiDraftId id, Long expectedVersion, java.util.function.Consumer<AiDraft> step) {
        Access.require(actor, Permission.WORK_WRITE);
        return tx.inTenant(actor.tenantId(), () -> {
            AiDraft draft = load(actor, id);
            Versions.requireExpected("AI draft " + id, expectedVersion, draft.version());
            AiDraftView before = view(draft);
            step.accept(draft);
            return store(actor, draft, before);
        });
    }

    @Override
    public ApplyResult apply(Actor actor, AiDraftId id, Long expectedVersion, String intent, Map<String, Object> payload,
                             String notes) {
        Access.require(actor, Permission.WORK_WRITE);
        AiIntent i = intent == null ? null : AiIntent.parse(intent, "intent");
        DraftFields f = payload == null ? null : DraftFields.fromMap(payload, "payload.");
        return tx.inTenant(actor.tenantId(), () -> {
            AiDraft draft = load(actor, id);
            Optional<AppliedTarget> done = draft.appliedTarget();
            if (done.isPresent()) {
                return new ApplyResult(view(draft), done.get().type(), done.get().id(), true);
            }
            Versions.requireExpected("AI draft " + id, expectedVersion, draft.version());
            return applyLoaded(actor, draft, i, f, notes, false);
        });
    }

    /**
     * Auto-apply after parsing (tenant setting, off by default): applies a PENDING_QC model draft whose confidence
     * reaches the threshold, as the member who asked for the parse; the caller checked {@link AiDraft#autoApplicable}.
     */
    void applyAutomatically(Actor actor, AiDraftId id) {
        tx.inTenant(actor.tenantId(), () -> {
            AiDraft draft = load(actor, id);
            if (draft.status() != AiDraftStatus.PENDING_QC) {
                return null;
            }
            return applyLoaded(actor, draft, null, null, null, true);
        });
    }

    private ApplyResult applyLoaded(Actor actor, AiDraft draft, AiIntent intent, DraftFields fields, String notes,
                                    boolean automatic) {
        AiDraftView before = view(draft);
        draft.edit(intent, fields, actor.userId(), clock.now());
        draft.requireApplicable();
        AppliedTarget target = create(actor, draft);
        draft.markApplied(target, automatic ? null : actor.userId(), notes, clock.now());
        AiDraftView after = store(actor, draft, before);
        return new ApplyResult(after, target.type(), target.id(), false);
    }

    private AppliedTarget create(Actor actor, AiDraft draft) {
        DraftFields f = draft.fields();
        Tenant tenant = documents.tenant(actor);
        String currency = f.currency() == null ? tenant.currency() : f.currency();
        return switch (draft.intent()) {
            case CREATE_WORK_ITEM -> new AppliedTarget("work_item", createWorkItem.create(actor, new CreateWorkItemCommand(
                    new WorkItemDetails(null, title(f, "Request"), f.description(), priority(f),
                            findContact(actor, f).orElse(null), dueAt(tenant, f), Map.of()),
                    null, WorkItemSource.AUTOMATION, null)).id());
            case DRAFT_AR_MESSAGE -> new AppliedTarget("work_item", createWorkItem.create(actor, new CreateWorkItemCommand(
                    new WorkItemDetails(WorkItemType.COLLECTION, title(f, f.invoiceNumber() == null ? "Payment follow-up"
                            : "Payment follow-up " + f.invoiceNumber()), f.description(), priority(f),
                            findContact(actor, f).orElse(null), dueAt(tenant, f), Map.of("ai_draft_id", draft.id().toString())),
                    null, WorkItemSource.AUTOMATION, null)).id());
            case DRAFT_QUOTE -> new AppliedTarget("quote", createQuote.create(actor, new QuoteDraft(requireContact(actor, f),
                    currency, null, f.dueDate(), lines(f), f.description(), null), null).id());
            case DRAFT_INVOICE -> new AppliedTarget("invoice", createInvoice.create(actor, new InvoiceDraft(
                    requireContact(actor, f), currency, null, f.dueDate(), lines(f), f.description(), null)).id());
            case DRAFT_EXPENSE -> new AppliedTarget("expense", createExpense.create(actor, new ExpenseInput(
                    f.vendor(), f.date(), Money.rounded(f.amount() != null ? f.amount() : f.linesTotal(), currency), null,
                    f.category(), f.description(), draft.source() == AiDraftSource.FILE ? new FileId(draft.sourceId()) : null,
                    "AI", draft.confidence())).id());
        };
    }

    private static String title(DraftFields f, String fallback) {
        if (f.title() != null) {
            return f.title();
        }
        if (f.description() != null) {
            String first = f.description().lines().filter(l -> !l.isBlank()).findFirst().orElse(fallback).strip();
            return first.length() > 120 ? first.substring(0, 117) + "..." : first;
        }
        return fallback;
    }

    private static WorkItemPriority priority(DraftFields f) {
        return f.priority() == null ? null : WorkItemPriority.valueOf(f.priority());
    }

    /** Due dates are end of business (17:00) on that day in the tenant's timezone. */
    private static Instant dueAt(Tenant tenant, DraftFields f) {
        return f.dueDate() == null ? null : f.dueDate().atTime(LocalTime.of(17, 0)).atZone(tenant.timezone()).toInstant();
    }

    private static List<LineItemInput> lines(DraftFields f) {
        List<LineItemInput> out = new ArrayList<>();
        for (DraftFields.DraftLine line : f.lineItems()) {
            out.add(new LineItemInput(line.description(), line.quantity() == null ? java.math.BigDecimal.ONE : line.quantity(),
                    line.unitPrice(), null, null));
        }
        return out;
    }

    /** The contact the draft names: by id, else by email, else by name and phone; empty when none matches. */
    private Optional<ContactId> findContact(Actor actor, DraftFields f) {
        if (f.contactId() != null) {
            ContactId id = ContactId.parse(f.contactId(), "payload.contact_id");
            documents.requireContact(actor, id, "payload.contact_id");
            return Optional.of(id);
        }
        Optional<Contact> found = Optional.empty();
        if (f.contactEmail() != null) {
            found = contacts.findByEmail(actor.tenantId(), f.contactEmail());
        }
        if (found.isEmpty() && f.contactName() != null && f.contactPhone() != null) {
            found = contacts.findByNameAndPhone(actor.tenantId(), f.contactName(), f.contactPhone());
        }
        return found.map(Contact::id);
    }

    /** As {@link #findContact}, creating a customer from the draft's name/email/phone when none matches. */
    private ContactId requireContact(Actor actor, DraftFields f) {
        Optional<ContactId> found = findContact(actor, f);
        if (found.isPresent()) {
            return found.get();
        }
        String name = f.contactName() != null ? f.contactName() : f.contactEmail() != null ? f.contactEmail() : f.contactPhone();
        return new ContactId(createContact.create(actor, new CreateContactCommand(new ContactDetails(ContactType.CUSTOMER,
                name, null, f.contactEmail(), f.contactPhone(), null, List.of(), "Created from an AI draft", null))).id());
    }

    private AiDraftView store(Actor actor, AiDraft draft, AiDraftView before) {
        List<io.smbhub.domain.ai.AiDraftEvent> events = draft.pullEvents();
        long version = drafts.save(draft);
        AiDraftView after = view(draft, version);
        auditor.record(actor, "ai_draft", draft.id().value(), before, after, events);
        return after;
    }

    private AiDraft load(Actor actor, AiDraftId id) {
        return drafts.findById(actor.tenantId(), id).orElseThrow(() -> DomainException.notFound("AI draft", id));
    }

    private static AiDraftStatus parseStatus(String s) {
        try {
            return AiDraftStatus.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("status", "status must be PENDING_QC, APPROVED, REJECTED or APPLIED; got " + s);
        }
    }

    private static String encode(AiDraft d) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((d.createdAt() + "|" + d.id()).getBytes(StandardCharsets.UTF_8));
    }

    private static AiDraftRepository.Position decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            return new AiDraftRepository.Position(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw DomainException.invalid("cursor", "cursor is not one this API returned");
        }
    }

    /** The view of {@code d} at its loaded version. */
    public static AiDraftView view(AiDraft d) {
        return view(d, d.version());
    }

    private static AiDraftView view(AiDraft d, long version) {
        AppliedTarget t = d.appliedTarget().orElse(null);
        return new AiDraftView(d.id().value(), d.intent().name(), d.fields().toMap(), d.confidence(), d.confidenceLevel(),
                d.extractor(), d.status().name(), d.source().name(), d.sourceId(), d.sourceText(), d.reviewedBy(),
                d.reviewNotes(), d.edited(), t == null ? null : t.type(), t == null ? null : t.id(), d.createdBy(),
                d.createdAt(), d.updatedAt(), version);
    }
}
