package io.smbhub.application.service;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.audit.AuditEntryView;
import io.smbhub.application.port.in.audit.AuditQueries;
import io.smbhub.application.port.in.expense.ExpenseDraft;
import io.smbhub.application.port.in.expense.ExpenseInput;
import io.smbhub.application.port.in.expense.ExpensePatch;
import io.smbhub.application.port.in.expense.ExpenseQueries;
import io.smbhub.application.port.in.expense.ExpenseView;
import io.smbhub.application.port.out.StoredFile;
import io.smbhub.domain.expense.ExpenseStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.ExpenseId;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.tenant.Role;
import org.assertj.core.api.ThrowableAssert;
import io.smbhub.application.service.expense.ExpenseActions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@DisplayName("Expenses: capture, review, role matrix, capability and audit (spec 2.1, 2.2, 2.3, 3.12, Epic 6)")
class ExpenseServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final CoreFixture f = new CoreFixture();

    private static ExpenseDraft draft(String amount) {
        return new ExpenseDraft("Office Depot", null, DAY, new BigDecimal(amount), null, null, "Supplies", null, null);
    }

    private ExpenseView capture(Actor actor, String amount) {
        return f.core.expenses().capture(actor, draft(amount));
    }

    private static ExpenseId id(ExpenseView v) {
        return new ExpenseId(v.id());
    }

    private static DomainException refused(ErrorCode code, ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        DomainException e = (DomainException) thrown;
        assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
        return e;
    }

    private static List<String> fields(DomainException e) {
        return e.details().stream().map(FieldError::field).toList();
    }

    private List<AuditEntryView> audit(ExpenseView v) {
        return f.core.auditQueries().list(f.owner, new AuditQueries.ListQuery("expense", v.id(), null, null, null, null,
                new PageRequest(100, null))).items();
    }

    private List<UUID> list(Actor actor, ExpenseStatus status, YearMonth month) {
        Page<ExpenseView> page = f.core.expenseQueries().list(actor,
                new ExpenseQueries.ListQuery(status, month, new PageRequest(100, null)));
        return page.items().stream().map(ExpenseView::id).toList();
    }

    private FileId storedFile(Actor actor) {
        FileId id = new FileId(f.hub.ports().ids().newId());
        f.hub.ports().tx().inTenant(actor.tenantId(), () -> {
            f.hub.ports().files().insert(new StoredFile(id, actor.tenantId(), "LOCAL", "files", "receipts/" + id,
                    "receipt.jpg", "image/jpeg", 100, null, null, null, actor.userId(), f.hub.clock().now()));
            return null;
        });
        return id;
    }

    @Test
    void aCapturedExpenseIsAManualDraftInTheTenantsCurrencyAndIsAudited() {
        ExpenseView v = capture(f.owner, "12.5");

        assertThat(v.status()).isEqualTo("DRAFT");
        assertThat(v.source()).isEqualTo("MANUAL");
        assertThat(v.amount()).isEqualTo(Money.of(new BigDecimal("12.50"), "USD"));
        assertThat(v.amount().toPlainString()).isEqualTo("12.50");
        assertThat(v.createdBy()).isEqualTo(f.owner.userId().value());
        assertThat(v.version()).isEqualTo(1);
        assertThat(v.allowedActions()).containsExactly("update", "submit");
        assertThat(f.core.expenseQueries().get(f.owner, id(v))).isEqualTo(v);
        List<AuditEntryView> audit = audit(v);
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("expense.created");
            assertThat(e.actorUserId()).isEqualTo(f.owner.userId().value());
            assertThat(e.before()).isNull();
            assertThat(e.after()).containsEntry("status", "DRAFT").containsEntry("vendor", "Office Depot")
                    .containsEntry("amount", Map.of("amount", "12.50", "currency", "USD")).doesNotContainKey("allowed_actions");
        });
    }

    @Test
    void amountAndDateAreRequiredAndEveryProblemIsReportedTogether() {
        ContactId ghost = new ContactId(UUID.randomUUID());
        FileId missing = new FileId(UUID.randomUUID());
        DomainException e = refused(ErrorCode.VALIDATION_ERROR, () -> f.core.expenses().capture(f.owner,
                new ExpenseDraft(null, ghost, null, null, null, null, null, null, missing)));

        assertThat(fields(e)).containsExactly("expense_date", "amount", "vendor_contact_id", "receipt_file_id");
        assertThat(list(f.owner, null, null)).isEmpty();
    }

    @Test
    void amountsAreExactInTheirCurrency() {
        DomainException decimals = refused(ErrorCode.VALIDATION_ERROR, () -> f.core.expenses().capture(f.owner,
                new ExpenseDraft(null, null, DAY, new BigDecimal("1500.5"), "JPY", new BigDecimal("0.001"), null, null, null)));
        assertThat(fields(decimals)).containsExactly("amount", "tax_total");
        DomainException currency = refused(ErrorCode.VALIDATION_ERROR, () -> f.core.expenses().capture(f.owner,
                new ExpenseDraft(null, null, DAY, BigDecimal.TEN, "usd", null, null, null, null)));
        assertThat(fields(currency)).containsExactly("currency");

        ExpenseView yen = f.core.expenses().capture(f.owner,
                new ExpenseDraft(null, null, DAY, new BigDecimal("1500"), "JPY", new BigDecimal("136"), null, null, null));
        assertThat(yen.amount().toString()).isEqualTo("1500 JPY");
        assertThat(yen.taxTotal().toString()).isEqualTo("136 JPY");
    }

    @Test
    void theVendorContactAndReceiptMustBeTheTenantsOwn() {
        Actor other = f.otherBusiness("owner@other.test");
        ContactId othersContact = new ContactId(f.contactAs(other).id());
        FileId othersFile = storedFile(other);
        DomainException e = refused(ErrorCode.VALIDATION_ERROR, () -> f.core.expenses().capture(f.owner,
                new ExpenseDraft("X", othersContact, DAY, BigDecimal.ONE, null, null, null, null, othersFile)));
        assertThat(fields(e)).containsExactly("vendor_contact_id", "receipt_file_id");

        ContactId ours = new ContactId(f.contact("Office Depot", "sales@depot.test").id());
        FileId receipt = storedFile(f.owner);
        ExpenseView v = f.core.expenses().capture(f.owner,
                new ExpenseDraft("Office Depot", ours, DAY, BigDecimal.ONE, null, null, null, null, receipt));
        assertThat(v.vendorContactId()).isEqualTo(ours.value());
        assertThat(v.receiptFileId()).isEqualTo(receipt.value());
    }

    @Test
    void staffSubmitsTheOwnerApprovesAndEveryStepIsAudited() {
        Actor staff = f.member(Role.STAFF);
        ExpenseView v = capture(staff, "40.00");
        ExpenseView submitted = f.core.expenses().submit(staff, id(v));
        assertThat(submitted.status()).isEqualTo("SUBMITTED");
        assertThat(submitted.allowedActions()).isEmpty();
        refused(ErrorCode.FORBIDDEN, () -> f.core.expenses().approve(staff, id(v)));
        refused(ErrorCode.FORBIDDEN, () -> f.core.expenses().reject(staff, id(v), "no"));
        assertThat(f.core.expenseQueries().get(f.owner, id(v)).allowedActions()).containsExactly("approve", "reject");

        ExpenseView approved = f.core.expenses().approve(f.owner, id(v));

        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(approved.version()).isEqualTo(3);
        assertThat(approved.allowedActions()).isEmpty();
        refused(ErrorCode.INVALID_TRANSITION, () -> f.core.expenses().update(f.owner, id(v), null,
                new ExpensePatch(null, null, null, BigDecimal.ONE, null, null, null, null, null)));
        assertThat(audit(v)).extracting(AuditEntryView::action)
                .containsExactly("expense.approved", "expense.submitted", "expense.created");
        assertThat(audit(v).get(0).before()).containsEntry("status", "SUBMITTED");
        assertThat(audit(v).get(0).after()).containsEntry("status", "APPROVED");
    }

    @Test
    void aRejectionNeedsAReasonAndEditingTheRejectedExpenseReopensIt() {
        ExpenseView v = capture(f.owner, "40.00");
        f.core.expenses().submit(f.owner, id(v));
        DomainException noReason = refused(ErrorCode.VALIDATION_ERROR, () -> f.core.expenses().reject(f.owner, id(v), " "));
        assertThat(fields(noReason)).containsExactly("reason");

        ExpenseView rejected = f.core.expenses().reject(f.owner, id(v), "Attach the receipt");
        assertThat(rejected.status()).isEqualTo("REJECTED");
        assertThat(rejected.rejectionReason()).isEqualTo("Attach the receipt");
        assertThat(rejected.allowedActions()).containsExactly("update");
        refused(ErrorCode.INVALID_TRANSITION, () -> f.core.expenses().submit(f.owner, id(v)));

        ExpenseView edited = f.core.expenses().update(f.owner, id(v), rejected.version(),
                new ExpensePatch(null, null, null, null, null, null, null, "Receipt attached", Optional.of(storedFile(f.owner))));
        assertThat(edited.status()).isEqualTo("DRAFT");
        assertThat(edited.rejectionReason()).isNull();
        assertThat(edited.notes()).isEqualTo("Receipt attached");
        assertThat(f.core.expenses().submit(f.owner, id(v)).status()).isEqualTo("SUBMITTED");
        assertThat(audit(v)).extracting(AuditEntryView::action).containsExactly("expense.submitted", "expense.updated",
                "expense.rejected", "expense.submitted", "expense.created");
    }

    @Test
    void aPatchChangesOnlyWhatItNamesAndClearsWhatItEmpties() {
        ContactId vendor = new ContactId(f.contact("Depot", "d@depot.test").id());
        ExpenseView v = f.core.expenses().capture(f.owner, new ExpenseDraft("Depot", vendor, DAY, new BigDecimal("20.00"),
                null, new BigDecimal("2.00"), "Supplies", "Paper", null));

        ExpenseView cleared = f.core.expenses().update(f.owner, id(v), null,
                new ExpensePatch("", Optional.empty(), null, null, null, Optional.empty(), null, "", null));
        assertThat(cleared.vendor()).isNull();
        assertThat(cleared.vendorContactId()).isNull();
        assertThat(cleared.taxTotal()).isNull();
        assertThat(cleared.notes()).isNull();
        assertThat(cleared.category()).isEqualTo("Supplies");
        assertThat(cleared.amount().toPlainString()).isEqualTo("20.00");
        assertThat(cleared.expenseDate()).isEqualTo(DAY);

        ExpenseView euros = f.core.expenses().update(f.owner, id(v), null,
                new ExpensePatch(null, null, DAY.minusDays(3), null, "EUR", Optional.of(new BigDecimal("3.20")), null, null, null));
        assertThat(euros.amount().toString()).isEqualTo("20.00 EUR");
        assertThat(euros.taxTotal().toString()).isEqualTo("3.20 EUR");
        assertThat(euros.expenseDate()).isEqualTo(DAY.minusDays(3));

        DomainException tooMuchTax = refused(ErrorCode.VALIDATION_ERROR, () -> f.core.expenses().update(f.owner, id(v), null,
                new ExpensePatch(null, null, null, new BigDecimal("3.00"), null, null, null, null, null)));
        assertThat(fields(tooMuchTax)).containsExactly("tax_total");
        assertThat(f.core.expenseQueries().get(f.owner, id(v)).amount().toPlainString()).isEqualTo("20.00");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        ExpenseView v = capture(f.owner, "10.00");
        f.core.expenses().update(f.owner, id(v), v.version(), new ExpensePatch(null, null, null, null, null, null, "Travel", null, null));

        refused(ErrorCode.CONFLICT, () -> f.core.expenses().update(f.owner, id(v), v.version(),
                new ExpensePatch(null, null, null, null, null, null, "Meals", null, null)));

        assertThat(f.core.expenseQueries().get(f.owner, id(v)).category()).isEqualTo("Travel");
    }

    @Test
    void aViewerReadsButCannotCaptureEditSubmitOrReview() {
        ExpenseView v = capture(f.owner, "10.00");
        Actor viewer = f.member(Role.VIEWER);

        assertThat(list(viewer, null, null)).containsExactly(v.id());
        assertThat(f.core.expenseQueries().get(viewer, id(v)).allowedActions()).isEmpty();
        refused(ErrorCode.FORBIDDEN, () -> capture(viewer, "1.00"));
        refused(ErrorCode.FORBIDDEN, () -> f.core.expenses().update(viewer, id(v), null, ExpensePatch.NONE));
        refused(ErrorCode.FORBIDDEN, () -> f.core.expenses().submit(viewer, id(v)));
        refused(ErrorCode.FORBIDDEN, () -> f.core.expenses().approve(viewer, id(v)));
        assertThat(f.core.expenseQueries().get(f.owner, id(v)).version()).isEqualTo(1);
    }

    @Test
    void anAgentSeesAndChangesOnlyTheExpensesItCaptured() {
        Actor agent = f.member(Role.AGENT);
        ExpenseView owners = capture(f.owner, "10.00");
        ExpenseView own = capture(agent, "5.00");

        assertThat(list(agent, null, null)).containsExactly(own.id());
        assertThat(list(f.owner, null, null)).containsExactly(own.id(), owners.id());
        refused(ErrorCode.NOT_FOUND, () -> f.core.expenseQueries().get(agent, id(owners)));
        refused(ErrorCode.NOT_FOUND, () -> f.core.expenses().update(agent, id(owners), null, ExpensePatch.NONE));
        refused(ErrorCode.NOT_FOUND, () -> f.core.expenses().submit(agent, id(owners)));
        assertThat(f.core.expenses().submit(agent, id(own)).status()).isEqualTo("SUBMITTED");
        refused(ErrorCode.FORBIDDEN, () -> f.core.expenses().approve(agent, id(own)));
    }

    @ParameterizedTest(name = "{0} may approve")
    @EnumSource(value = Role.class, names = {"OWNER", "ADMIN"})
    void ownersAndAdminsReview(Role role) {
        Actor reviewer = role == Role.OWNER ? f.owner : f.member(role);
        ExpenseView a = capture(f.member(Role.STAFF), "1.00");
        ExpenseView b = capture(f.owner, "2.00");
        f.core.expenses().submit(f.owner, id(a));
        f.core.expenses().submit(f.owner, id(b));

        assertThat(f.core.expenses().approve(reviewer, id(a)).status()).isEqualTo("APPROVED");
        assertThat(f.core.expenses().reject(reviewer, id(b), "Personal").status()).isEqualTo("REJECTED");
    }

    @Test
    void anotherBusinessesExpenseIsNotFound() {
        ExpenseView v = capture(f.owner, "10.00");
        Actor other = f.otherBusiness("owner@elsewhere.test");

        refused(ErrorCode.NOT_FOUND, () -> f.core.expenseQueries().get(other, id(v)));
        refused(ErrorCode.NOT_FOUND, () -> f.core.expenses().approve(other, id(v)));
        assertThat(list(other, null, null)).isEmpty();
    }

    @Test
    void listFiltersByStatusAndMonthOfTheExpenseDate() {
        ExpenseView march = capture(f.owner, "1.00");
        ExpenseView february = f.core.expenses().capture(f.owner,
                new ExpenseDraft(null, null, LocalDate.of(2026, 2, 28), BigDecimal.ONE, null, null, null, null, null));
        f.core.expenses().submit(f.owner, id(february));

        assertThat(list(f.owner, null, YearMonth.of(2026, 3))).containsExactly(march.id());
        assertThat(list(f.owner, null, YearMonth.of(2026, 2))).containsExactly(february.id());
        assertThat(list(f.owner, ExpenseStatus.SUBMITTED, null)).containsExactly(february.id());
        assertThat(list(f.owner, ExpenseStatus.SUBMITTED, YearMonth.of(2026, 3))).isEmpty();
        assertThat(list(f.owner, null, YearMonth.of(2026, 1))).isEmpty();
    }

    @Test
    void withExpensesSwitchedOffEveryExpenseCallIsCapabilityDisabled() {
        ExpenseView v = capture(f.owner, "10.00");
        f.core.updateProfile().patchOverrides(f.owner, Map.of("capabilities", Map.of("expenses", false)), null);

        refused(ErrorCode.CAPABILITY_DISABLED, () -> capture(f.owner, "1.00"));
        refused(ErrorCode.CAPABILITY_DISABLED, () -> list(f.owner, null, null));
        refused(ErrorCode.CAPABILITY_DISABLED, () -> f.core.expenseQueries().get(f.owner, id(v)));
        refused(ErrorCode.CAPABILITY_DISABLED, () -> f.core.expenses().submit(f.owner, id(v)));
        refused(ErrorCode.CAPABILITY_DISABLED, () -> f.core.createExpense().create(f.owner, new ExpenseInput("AI vendor",
                DAY, Money.of(BigDecimal.TEN, "USD"), null, null, null, null, "AI", new BigDecimal("0.9"))));

        f.core.updateProfile().patchOverrides(f.owner, Map.of("capabilities", Map.of("expenses", true)), null);
        assertThat(f.core.expenseQueries().get(f.owner, id(v)).status()).isEqualTo("DRAFT");
    }

    @Test
    void theProfilesRequiredExpenseFieldsApplyOnCreateAndUpdate() {
        f.core.updateProfile().patchOverrides(f.owner,
                Map.of("required_fields", Map.of("expense", List.of("expense_date", "amount", "category"))), null);

        DomainException e = refused(ErrorCode.VALIDATION_ERROR, () -> f.core.expenses().capture(f.owner,
                new ExpenseDraft(null, null, DAY, BigDecimal.ONE, null, null, null, null, null)));
        assertThat(fields(e)).containsExactly("category");
        ExpenseView v = capture(f.owner, "1.00");
        DomainException cleared = refused(ErrorCode.VALIDATION_ERROR, () -> f.core.expenses().update(f.owner, id(v), null,
                new ExpensePatch(null, null, null, null, null, null, "", null, null)));
        assertThat(fields(cleared)).containsExactly("category");
    }

    @Test
    void anAiDraftBecomesAnExpenseWithSourceAndConfidence() {
        ExpenseView v = f.core.createExpense().create(f.owner, new ExpenseInput("Shell", DAY,
                Money.of(new BigDecimal("61.20"), "USD"), Money.of(new BigDecimal("5.10"), "USD"), "Fuel", null, null,
                "AI", new BigDecimal("0.874")));

        assertThat(v.source()).isEqualTo("AI");
        assertThat(v.status()).isEqualTo("DRAFT");
        assertThat(v.aiConfidence().toPlainString()).isEqualTo("0.87");
        assertThat(audit(v)).extracting(AuditEntryView::action).containsExactly("expense.created");

        DomainException bad = refused(ErrorCode.VALIDATION_ERROR, () -> f.core.createExpense().create(f.owner,
                new ExpenseInput(null, null, null, null, null, null, null, "FAX", null)));
        assertThat(fields(bad)).containsExactly("source", "expense_date", "amount");
    }

    private static final Set<ErrorCode> RULE_CODES = Set.of(ErrorCode.FORBIDDEN, ErrorCode.INVALID_TRANSITION,
            ErrorCode.VALIDATION_ERROR, ErrorCode.CAPABILITY_DISABLED);

    /**
     * For every role, on expenses it captured and on the owner's, in every status: each action listed in
     * {@code allowed_actions} (spec 12.7) succeeds and each other one is refused by a rule; an expense the role cannot
     * see refuses everything as NOT_FOUND or FORBIDDEN. Each attempt is rolled back.
     */
    @TestFactory
    Stream<DynamicTest> allowedActionsAgreeWithEnforcementForEveryRoleAndStatus() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Role role : Role.values()) {
            for (boolean own : role == Role.OWNER || role == Role.VIEWER ? List.of(false) : List.of(true, false)) {
                tests.add(DynamicTest.dynamicTest(role + " on expenses captured by " + (own ? "itself" : "the owner"), () -> {
                    CoreFixture g = new CoreFixture();
                    Actor actor = role == Role.OWNER ? g.owner : g.member(role);
                    Actor capturer = own ? actor : g.owner;
                    for (ExpenseStatus status : ExpenseStatus.values()) {
                        ExpenseId id = id(g.core.expenses().capture(capturer, draft("10.00")));
                        switch (status) {
                            case DRAFT -> { }
                            case SUBMITTED -> g.core.expenses().submit(g.owner, id);
                            case APPROVED -> { g.core.expenses().submit(g.owner, id); g.core.expenses().approve(g.owner, id); }
                            case REJECTED -> { g.core.expenses().submit(g.owner, id); g.core.expenses().reject(g.owner, id, "No"); }
                        }
                        Optional<List<String>> allowed;
                        try {
                            allowed = Optional.of(g.core.expenseQueries().get(actor, id).allowedActions());
                        } catch (DomainException e) {
                            assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                            allowed = Optional.empty();
                        }
                        for (String action : ExpenseActions.ALL) {
                            Optional<DomainException> refusal = attemptAndRollBack(g, () -> attempt(g, actor, id, action));
                            String what = action + " by " + role + " on a " + status + " expense";
                            if (allowed.isEmpty()) {
                                assertThat(refusal).as(what + " it cannot see").hasValueSatisfying(e ->
                                        assertThat(e.code()).isIn(ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN));
                            } else if (allowed.get().contains(action)) {
                                assertThat(refusal).as(what + " is allowed " + allowed.get()).isEmpty();
                            } else {
                                assertThat(refusal).as(what + " is not allowed " + allowed.get()).hasValueSatisfying(e ->
                                        assertThat(e.code()).as(e.getMessage()).isIn(RULE_CODES));
                            }
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static void attempt(CoreFixture g, Actor actor, ExpenseId id, String action) {
        Consumer<ExpenseId> run = switch (action) {
            case ExpenseActions.UPDATE -> x -> g.core.expenses().update(actor, x, null,
                    new ExpensePatch(null, null, null, new BigDecimal("11.00"), null, null, null, null, null));
            case ExpenseActions.SUBMIT -> x -> g.core.expenses().submit(actor, x);
            case ExpenseActions.APPROVE -> x -> g.core.expenses().approve(actor, x);
            case ExpenseActions.REJECT -> x -> g.core.expenses().reject(actor, x, "Wrong month");
            default -> throw new IllegalArgumentException(action);
        };
        run.accept(id);
    }

    private static Optional<DomainException> attemptAndRollBack(CoreFixture g, Runnable attempt) {
        try {
            g.hub.ports().tx().inTenant(g.owner.tenantId(), () -> {
                attempt.run();
                throw new RolledBack();
            });
            throw new AssertionError("unreachable");
        } catch (RolledBack done) {
            return Optional.empty();
        } catch (DomainException refused) {
            return Optional.of(refused);
        }
    }

    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super(null, null, false, false);
        }
    }
}
