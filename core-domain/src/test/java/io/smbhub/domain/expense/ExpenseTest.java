package io.smbhub.domain.expense;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.ExpenseId;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.tenant.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("An expense is captured, submitted, and approved or rejected (spec 2.1, 3.12, Epic 6)")
class ExpenseTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), "USD");
    }

    private static ExpenseDetails details(String vendor, String amount) {
        return new ExpenseDetails(vendor, null, DAY, usd(amount), usd("1.00"), "Supplies", "Printer paper", null);
    }

    private static Expense draft() {
        return Expense.create(new ExpenseId(UUID.fromString("018f0000-0000-7000-8000-000000000001")),
                new TenantId(UUID.randomUUID()), ExpenseSource.MANUAL, details("Office Depot", "12.50"), null,
                new UserId(UUID.randomUUID()), T0);
    }

    private static Expense in(ExpenseStatus status) {
        Expense e = draft();
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> e.submit(T0);
            case APPROVED -> { e.submit(T0); e.approve(T0); }
            case REJECTED -> { e.submit(T0); e.reject("Receipt missing", T0); }
        }
        e.pullEvents();
        return e;
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "DRAFT, SUBMITTED, true", "DRAFT, APPROVED, false", "DRAFT, REJECTED, false",
            "SUBMITTED, APPROVED, true", "SUBMITTED, REJECTED, true", "SUBMITTED, DRAFT, false",
            "REJECTED, DRAFT, true", "REJECTED, SUBMITTED, false", "REJECTED, APPROVED, false",
            "APPROVED, DRAFT, false", "APPROVED, REJECTED, false", "APPROVED, SUBMITTED, false",
    })
    void theTransitionTableIsTheStateMachine(ExpenseStatus from, ExpenseStatus to, boolean allowed) {
        assertThat(ExpenseStatus.TRANSITIONS.allows(from, to)).isEqualTo(allowed);
    }

    @Test
    void aNewExpenseIsADraftAndRecordsExpenseCreated() {
        Expense e = draft();
        assertThat(e.status()).isEqualTo(ExpenseStatus.DRAFT);
        assertThat(e.source()).isEqualTo(ExpenseSource.MANUAL);
        assertThat(e.version()).isZero();
        assertThat(e.pullEvents()).extracting(ExpenseEvent::action).containsExactly("expense.created");
    }

    @Test
    void submitThenApproveRecordsEachStep() {
        Expense e = draft();
        e.pullEvents();
        e.submit(T0.plusSeconds(60));
        e.approve(T0.plusSeconds(120));
        assertThat(e.status()).isEqualTo(ExpenseStatus.APPROVED);
        assertThat(e.updatedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(e.pullEvents()).extracting(ExpenseEvent::action).containsExactly("expense.submitted", "expense.approved");
    }

    @Test
    void rejectingKeepsTheReasonAndEditingTakesTheExpenseBackToDraft() {
        Expense e = in(ExpenseStatus.SUBMITTED);
        e.reject("  The receipt is unreadable  ", T0);
        assertThat(e.status()).isEqualTo(ExpenseStatus.REJECTED);
        assertThat(e.rejectionReason()).contains("The receipt is unreadable");
        assertThat(e.pullEvents()).singleElement().isInstanceOfSatisfying(ExpenseEvent.ExpenseRejected.class,
                r -> assertThat(r.reason()).isEqualTo("The receipt is unreadable"));

        e.revise(details("Office Depot", "13.50"), T0.plusSeconds(5));

        assertThat(e.status()).isEqualTo(ExpenseStatus.DRAFT);
        assertThat(e.rejectionReason()).isEmpty();
        assertThat(e.details().amount()).isEqualTo(usd("13.50"));
        assertThat(e.pullEvents()).extracting(ExpenseEvent::action).containsExactly("expense.updated");
        e.submit(T0.plusSeconds(6));
        assertThat(e.status()).isEqualTo(ExpenseStatus.SUBMITTED);
    }

    @Test
    void aRejectionNeedsAReason() {
        Expense e = in(ExpenseStatus.SUBMITTED);
        assertThatThrownBy(() -> e.reject("   ", T0)).isInstanceOfSatisfying(DomainException.class, x -> {
            assertThat(x.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(x.details()).extracting(FieldError::field).containsExactly("reason");
        });
        assertThat(e.status()).isEqualTo(ExpenseStatus.SUBMITTED);
        assertThat(e.pullEvents()).isEmpty();
    }

    @ParameterizedTest(name = "{1} from {0} is refused")
    @CsvSource({
            "DRAFT, approve", "DRAFT, reject", "SUBMITTED, submit", "SUBMITTED, revise", "APPROVED, revise",
            "APPROVED, reject", "APPROVED, submit", "REJECTED, approve", "REJECTED, submit", "REJECTED, reject",
    })
    void illegalMovesAreInvalidTransitionsNamingFromAndTo(ExpenseStatus from, String action) {
        Expense e = in(from);
        Consumer<Expense> move = switch (action) {
            case "submit" -> x -> x.submit(T0);
            case "approve" -> x -> x.approve(T0);
            case "reject" -> x -> x.reject("No", T0);
            case "revise" -> x -> x.revise(details("Other", "1.00"), T0);
            default -> throw new IllegalArgumentException(action);
        };
        assertThatThrownBy(() -> move.accept(e)).isInstanceOfSatisfying(DomainException.class, x -> {
            assertThat(x.code()).isEqualTo(ErrorCode.INVALID_TRANSITION);
            assertThat(x.getMessage()).contains("Expense " + e.id() + " (Office Depot)").contains("from " + from);
        });
        assertThat(e.status()).isEqualTo(from);
        assertThat(e.pullEvents()).isEmpty();
    }

    @Test
    void submittingARejectedExpenseSaysToEditItFirst() {
        assertThat(in(ExpenseStatus.REJECTED).refusalToSubmit()).hasValueSatisfying(r ->
                assertThat(r.message()).contains("edit the rejected expense first"));
    }

    @Test
    void amountAndDateAreRequiredAndEveryBrokenFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> new ExpenseDetails("x".repeat(201), null, null, null, null, "c".repeat(101),
                "n".repeat(10_001), null)).isInstanceOfSatisfying(DomainException.class, x -> {
            assertThat(x.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(x.details()).extracting(FieldError::field)
                    .containsExactly("expense_date", "amount", "vendor", "category", "notes");
        });
    }

    @ParameterizedTest(name = "amount {0}, tax {1} {2}: error on {3}")
    @CsvSource({
            "0.00, , USD, amount", "-5.00, , USD, amount", "10.00, 10.01, USD, tax_total", "10.00, -0.01, USD, tax_total",
            "10.00, 1.00, EUR, tax_total",
    })
    void amountMustBePositiveAndTaxWithinItInTheSameCurrency(String amount, String tax, String taxCurrency, String field) {
        Money taxTotal = tax == null ? null : Money.of(new BigDecimal(tax), taxCurrency);
        assertThatThrownBy(() -> new ExpenseDetails(null, null, DAY, usd(amount), taxTotal, null, null, null))
                .isInstanceOfSatisfying(DomainException.class, x ->
                        assertThat(x.details()).extracting(FieldError::field).containsExactly(field));
    }

    @Test
    void blankTextsBecomeNullAndATaxEqualToTheAmountIsAllowed() {
        ExpenseDetails d = new ExpenseDetails("  ", null, DAY, usd("5.00"), usd("5.00"), " ", "\t", null);
        assertThat(d.vendor()).isNull();
        assertThat(d.category()).isNull();
        assertThat(d.notes()).isNull();
        assertThat(d.currency()).isEqualTo("USD");
    }

    @ParameterizedTest(name = "confidence {0} → {1}")
    @CsvSource({"0, 0.00", "1, 1.00", "0.875, 0.88", "0.5, 0.50"})
    void aiConfidenceIsKeptToTwoDecimals(String given, String kept) {
        Expense e = Expense.create(new ExpenseId(UUID.randomUUID()), new TenantId(UUID.randomUUID()), ExpenseSource.AI,
                details(null, "1.00"), new BigDecimal(given), null, T0);
        assertThat(e.aiConfidence()).hasValueSatisfying(c -> assertThat(c.toPlainString()).isEqualTo(kept));
    }

    @ParameterizedTest(name = "confidence {0} is refused")
    @CsvSource({"-0.01", "1.01", "2"})
    void aiConfidenceOutsideZeroToOneIsRefused(String given) {
        assertThatThrownBy(() -> Expense.create(new ExpenseId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                ExpenseSource.AI, details(null, "1.00"), new BigDecimal(given), null, T0))
                .isInstanceOfSatisfying(DomainException.class, x ->
                        assertThat(x.details()).extracting(FieldError::field).containsExactly("ai_confidence"));
    }

    @ParameterizedTest(name = "source {0} → {1}")
    @CsvSource({"manual, MANUAL", "AI, AI", " email_forward , EMAIL_FORWARD", "Upload, UPLOAD"})
    void sourcesParseCaseInsensitively(String text, ExpenseSource expected) {
        assertThat(ExpenseSource.parse(text)).isEqualTo(expected);
    }

    @Test
    void anUnknownSourceIsAValidationErrorOnSource() {
        assertThatThrownBy(() -> ExpenseSource.parse("FAX")).isInstanceOfSatisfying(DomainException.class, x ->
                assertThat(x.details()).extracting(FieldError::field).containsExactly("source"));
    }

    @ParameterizedTest(name = "{0}: read {1}, write {2}, approve {3}")
    @CsvSource({
            "OWNER, true, true, true", "ADMIN, true, true, true", "STAFF, true, true, false",
            "AGENT, true, true, false", "VIEWER, true, false, false",
    })
    void theRoleMatrixRowExpenseCapture(Role role, boolean read, boolean write, boolean approve) {
        assertThat(role.allows(Permission.EXPENSES_READ)).isEqualTo(read);
        assertThat(role.allows(Permission.EXPENSES_WRITE)).isEqualTo(write);
        assertThat(role.allows(Permission.EXPENSES_APPROVE)).isEqualTo(approve);
    }
}
