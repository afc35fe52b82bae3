package io.smbhub.application.service.expense;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.expense.CreateExpenseUseCase;
import io.smbhub.application.port.in.expense.ExpenseDraft;
import io.smbhub.application.port.in.expense.ExpenseInput;
import io.smbhub.application.port.in.expense.ExpensePatch;
import io.smbhub.application.port.in.expense.ExpenseQueries;
import io.smbhub.application.port.in.expense.ExpenseUseCase;
import io.smbhub.application.port.in.expense.ExpenseView;
import io.smbhub.application.port.out.ExpenseRepository;
import io.smbhub.application.port.out.FileRepository;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Checks;
import io.smbhub.application.service.support.Cursors;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.TenantContext;
import io.smbhub.application.service.support.Versions;
import io.smbhub.domain.expense.Expense;
import io.smbhub.domain.expense.ExpenseDetails;
import io.smbhub.domain.expense.ExpenseSource;
import io.smbhub.domain.profile.Capability;
import io.smbhub.domain.profile.ProfileEntity;
import io.smbhub.domain.profile.ProfileOperation;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.ExpenseId;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.shared.Validation;
import io.smbhub.domain.tenant.Permission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Expense capture, edit, submit, approve, reject and reads (spec smb-hub-prd.md 2.1 "Expense", 2.2 "Expense
 * capture", 2.3 "Expenses", 3.12, Epic 6). Every use case runs in one tenant transaction: permission, the profile's
 * {@code expenses} capability, validation (the aggregate's rules, the references, the profile's required expense
 * fields on create, update and AI apply), the state move, the save and one audit entry per event. An AGENT sees and
 * changes only the expenses it captured; another's answers {@code NOT_FOUND}, as an unknown id does.
 */
public final class ExpenseService implements CreateExpenseUseCase, ExpenseUseCase, ExpenseQueries {

    static final String ENTITY = "expense";

    private final ExpenseRepository expenses;
    private final FileRepository files;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;
    private final Auditor auditor;

    public ExpenseService(ExpenseRepository expenses, FileRepository files, Documents documents, TransactionRunner tx,
                          TimeSource clock, IdGenerator ids, Auditor auditor) {
        this.expenses = expenses;
        this.files = files;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
        this.auditor = auditor;
    }

    @Override
    public ExpenseView create(Actor actor, ExpenseInput input) {
        Access.require(actor, Permission.EXPENSES_WRITE);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.EXPENSES);
            Validation v = new Validation();
            ExpenseSource[] source = {ExpenseSource.MANUAL};
            if (input.source() != null) {
                v.capture("", () -> source[0] = ExpenseSource.parse(input.source()));
            }
            ExpenseDetails details = details(v, actor, input.vendor(), input.vendorContactId(), input.expenseDate(),
                    input.amount(), input.taxTotal(), input.category(), input.notes(), input.receiptFileId(), true, true);
            v.throwIfAny("Expense is invalid");
            return insert(actor, ctx, source[0], details, input.aiConfidence());
        });
    }

    @Override
    public ExpenseView capture(Actor actor, ExpenseDraft draft) {
        Access.require(actor, Permission.EXPENSES_WRITE);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.EXPENSES);
            Validation v = new Validation();
            String currency = draft.currency() != null ? draft.currency() : ctx.tenant().currency();
            boolean knownCurrency = knownCurrency(v, currency);
            Money amount = knownCurrency ? money(v, "amount", draft.amount(), currency) : null;
            Money tax = knownCurrency ? money(v, "tax_total", draft.taxTotal(), currency) : null;
            ExpenseDetails details = v.hasErrors() ? null : details(v, actor, draft.vendor(), draft.vendorContactId(),
                    draft.expenseDate(), amount, tax, draft.category(), draft.notes(), draft.receiptFileId(), true, true);
            v.throwIfAny("Expense is invalid");
            return insert(actor, ctx, ExpenseSource.MANUAL, details, null);
        });
    }

    @Override
    public ExpenseView update(Actor actor, ExpenseId id, Long expectedVersion, ExpensePatch p) {
        Access.require(actor, Permission.EXPENSES_WRITE);
        return change(actor, id, expectedVersion, ExpenseActions.UPDATE, (expense, ctx) -> {
            ExpenseDetails cur = expense.details();
            Validation v = new Validation();
            String currency = p.currency() != null ? p.currency() : cur.currency();
            boolean knownCurrency = knownCurrency(v, currency);
            Money amount = !knownCurrency ? null
                    : money(v, "amount", p.amount() != null ? p.amount() : cur.amount().amount(), currency);
            BigDecimal taxValue = p.taxTotal() != null ? p.taxTotal().orElse(null)
                    : cur.taxTotal() == null ? null : cur.taxTotal().amount();
            Money tax = knownCurrency ? money(v, "tax_total", taxValue, currency) : null;
            ContactId vendorContact = p.vendorContactId() != null ? p.vendorContactId().orElse(null) : cur.vendorContactId();
            FileId receipt = p.receiptFileId() != null ? p.receiptFileId().orElse(null) : cur.receiptFileId();
            ExpenseDetails next = v.hasErrors() ? null : details(v, actor,
                    p.vendor() != null ? p.vendor() : cur.vendor(), vendorContact,
                    p.expenseDate() != null ? p.expenseDate() : cur.expenseDate(), amount, tax,
                    p.category() != null ? p.category() : cur.category(), p.notes() != null ? p.notes() : cur.notes(),
                    receipt, !Objects.equals(vendorContact, cur.vendorContactId()), !Objects.equals(receipt, cur.receiptFileId()));
            v.throwIfAny("Expense " + expense.id() + " is invalid");
            requireProfileFields(ctx, next, ProfileOperation.UPDATE);
            expense.revise(next, clock.now());
        });
    }

    @Override
    public ExpenseView submit(Actor actor, ExpenseId id) {
        Access.require(actor, Permission.EXPENSES_WRITE);
        return change(actor, id, null, ExpenseActions.SUBMIT, (expense, ctx) -> expense.submit(clock.now()));
    }

    @Override
    public ExpenseView approve(Actor actor, ExpenseId id) {
        Access.require(actor, Permission.EXPENSES_APPROVE);
        return change(actor, id, null, ExpenseActions.APPROVE, (expense, ctx) -> expense.approve(clock.now()));
    }

    @Override
    public ExpenseView reject(Actor actor, ExpenseId id, String reason) {
        Access.require(actor, Permission.EXPENSES_APPROVE);
        return change(actor, id, null, ExpenseActions.REJECT, (expense, ctx) -> expense.reject(reason, clock.now()));
    }

    @Override
    public ExpenseView get(Actor actor, ExpenseId id) {
        Access.require(actor, Permission.EXPENSES_READ);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.EXPENSES);
            Expense expense = load(actor, id);
            return view(actor, expense, expense.version(), ctx);
        });
    }

    @Override
    public Page<ExpenseView> list(Actor actor, ListQuery query) {
        Access.require(actor, Permission.EXPENSES_READ);
        LocalDate from = query.month() == null ? null : query.month().atDay(1);
        LocalDate to = query.month() == null ? null : query.month().atEndOfMonth();
        ExpenseRepository.Filter filter = new ExpenseRepository.Filter(query.status(), from, to,
                actor.role().scopedToAssigned() ? actor.userId() : null);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.EXPENSES);
            return Cursors.page(query.page(), (after, limit) -> expenses.list(actor.tenantId(), filter, after, limit),
                    e -> e.id().value(), e -> view(actor, e, e.version(), ctx));
        });
    }

    /** The expense if the actor may see it (an AGENT only the expenses it captured); else {@code NOT_FOUND}. */
    private Expense load(Actor actor, ExpenseId id) {
        return expenses.findById(actor.tenantId(), id)
                .filter(e -> !actor.role().scopedToAssigned() || actor.userId().equals(e.createdBy()))
                .orElseThrow(() -> DomainException.notFound("Expense", id));
    }

    private ExpenseView insert(Actor actor, TenantContext ctx, ExpenseSource source, ExpenseDetails details,
                               BigDecimal aiConfidence) {
        requireProfileFields(ctx, details, source == ExpenseSource.AI ? ProfileOperation.APPLY_AI : ProfileOperation.CREATE);
        Expense expense = Expense.create(new ExpenseId(ids.newId()), actor.tenantId(), source, details, aiConfidence,
                actor.userId(), clock.now());
        long version = expenses.save(expense);
        auditor.record(actor, ENTITY, expense.id().value(), null, ExpenseView.of(expense, version, List.of()),
                expense.pullEvents());
        return view(actor, expense, version, ctx);
    }

    /**
     * Load, check version, require {@code action} ({@link ExpenseActions}), apply {@code intent}, save, audit — one
     * transaction; a refused action or a stale version changes nothing.
     */
    private ExpenseView change(Actor actor, ExpenseId id, Long expectedVersion, String action,
                               BiConsumer<Expense, TenantContext> intent) {
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor, Capability.EXPENSES);
            Expense expense = load(actor, id);
            Versions.requireExpected("Expense " + expense.id(), expectedVersion, expense.version());
            ExpenseActions.decide(actor, expense, ctx.profile()).require(action);
            ExpenseView before = ExpenseView.of(expense, expense.version(), List.of());
            intent.accept(expense, ctx);
            long version = expenses.save(expense);
            auditor.record(actor, ENTITY, expense.id().value(), before, ExpenseView.of(expense, version, List.of()),
                    expense.pullEvents());
            return view(actor, expense, version, ctx);
        });
    }

    private ExpenseView view(Actor actor, Expense expense, long version, TenantContext ctx) {
        return ExpenseView.of(expense, version, ExpenseActions.decide(actor, expense, ctx.profile()).allowed());
    }

    /**
     * The validated details, or {@code null} with the reasons added to {@code v}; the vendor contact and the receipt
     * file must exist in the tenant when {@code checkContact} / {@code checkReceipt} (new or changed references).
     */
    private ExpenseDetails details(Validation v, Actor actor, String vendor, ContactId vendorContact, LocalDate date,
                                   Money amount, Money tax, String category, String notes, FileId receipt,
                                   boolean checkContact, boolean checkReceipt) {
        ExpenseDetails[] built = new ExpenseDetails[1];
        v.capture("", () -> built[0] = new ExpenseDetails(vendor, vendorContact, date, amount, tax, category, notes, receipt));
        v.check(checkContact && vendorContact != null && documents.findContact(actor, vendorContact).isEmpty(),
                "vendor_contact_id", "Contact " + vendorContact + " does not exist");
        v.check(checkReceipt && receipt != null && files.findById(actor.tenantId(), receipt).isEmpty(),
                "receipt_file_id", "File " + receipt + " does not exist");
        return built[0];
    }

    /** Whether {@code currency} is an ISO 4217 money currency; if not, the reason is added to {@code v}. */
    private static boolean knownCurrency(Validation v, String currency) {
        boolean[] known = {false};
        v.capture("", () -> {
            Money.minorUnits(currency);
            known[0] = true;
        });
        return known[0];
    }

    /** {@code value} as exact money of {@code currency} ({@code null} stays null); a refusal is reported on {@code field}. */
    private static Money money(Validation v, String field, BigDecimal value, String currency) {
        if (value == null) {
            return null;
        }
        try {
            return Money.of(value, currency);
        } catch (DomainException e) {
            if (e.code() != ErrorCode.VALIDATION_ERROR) {
                throw e;
            }
            for (FieldError error : e.details()) {
                v.add(field, error.message());
            }
            return null;
        }
    }

    /** {@code VALIDATION_ERROR} listing the expense fields the tenant's profile requires for {@code operation}. */
    private static void requireProfileFields(TenantContext ctx, ExpenseDetails d, ProfileOperation operation) {
        Checks.profileFieldsRefusal(ctx.profile(), ProfileEntity.EXPENSE, payload(d), operation, "The expense")
                .ifPresent(Refusal::raise);
    }

    /** The profile validator's view of an expense, keyed by API field names ({@code vendor_id} = the vendor contact). */
    private static Map<String, Object> payload(ExpenseDetails d) {
        Map<String, Object> m = new HashMap<>();
        String vendorContact = Optional.ofNullable(d.vendorContactId()).map(c -> c.value().toString()).orElse(null);
        m.put("vendor", d.vendor());
        m.put("vendor_id", vendorContact);
        m.put("vendor_contact_id", vendorContact);
        m.put("expense_date", d.expenseDate() == null ? null : d.expenseDate().toString());
        m.put("amount", d.amount() == null ? null : d.amount().toPlainString());
        m.put("currency", d.amount() == null ? null : d.currency());
        m.put("tax_total", d.taxTotal() == null ? null : d.taxTotal().toPlainString());
        m.put("category", d.category());
        m.put("notes", d.notes());
        m.put("receipt_file_id", d.receiptFileId() == null ? null : d.receiptFileId().value().toString());
        return m;
    }
}
