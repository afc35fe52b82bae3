package io.smbhub.application.contract;

import io.smbhub.application.port.out.ExpenseRepository;
import io.smbhub.application.port.out.ExpenseRepository.Filter;
import io.smbhub.application.port.out.FileRepository;
import io.smbhub.application.port.out.StoredFile;
import io.smbhub.domain.expense.Expense;
import io.smbhub.domain.expense.ExpenseDetails;
import io.smbhub.domain.expense.ExpenseSource;
import io.smbhub.domain.expense.ExpenseStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ExpenseId;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract of {@link ExpenseRepository}, run against every implementation on the store of {@link #adapters()}. */
public abstract class ExpenseRepositoryContract extends PortContract {

    private ExpenseRepository expenses;
    private FileRepository files;

    /** The expense repository under test, on {@code adapters.tx()} and its store. */
    protected abstract ExpenseRepository createExpenses(PortAdapters adapters);

    /** A file repository on the same store (receipts are files of the tenant). */
    protected abstract FileRepository createFiles(PortAdapters adapters);

    @BeforeAll
    final void openExpenses() {
        expenses = createExpenses(adapters());
        files = createFiles(adapters());
    }

    private static ExpenseDetails details(LocalDate date, String amount) {
        return new ExpenseDetails("Office Depot", null, date, usd(amount), null, "Supplies", null, null);
    }

    private Expense draft(TenantId tenant, UserId by, LocalDate date, String amount) {
        return Expense.create(new ExpenseId(newId()), tenant, ExpenseSource.MANUAL, details(date, amount), null, by, T0);
    }

    private Expense stored(Expense expense) {
        TenantId tenant = expense.tenantId();
        return in(tenant, () -> {
            expenses.save(expense);
            return expenses.findById(tenant, expense.id()).orElseThrow();
        });
    }

    private Expense load(TenantId tenant, ExpenseId id) {
        return in(tenant, () -> expenses.findById(tenant, id)).orElseThrow();
    }

    private List<UUID> listIds(TenantId tenant, Filter filter) {
        return in(tenant, () -> expenses.list(tenant, filter, null, 100)).stream().map(e -> e.id().value()).toList();
    }

    private FileId receipt(TenantId tenant) {
        FileId id = new FileId(newId());
        run(tenant, () -> files.insert(new StoredFile(id, tenant, "LOCAL", "files", "tenants/" + tenant + "/" + id,
                "receipt.jpg", "image/jpeg", 2048, null, StoredFile.LinkedEntity.EXPENSE, newId(), null, T0)));
        return id;
    }

    @Test
    void insertReturnsVersionOneAndFindByIdRestoresEveryField() {
        TenantId tenant = newTenant();
        ContactId vendor = newContact(tenant, "Office Depot").id();
        FileId receipt = receipt(tenant);
        Expense expense = Expense.create(new ExpenseId(newId()), tenant, ExpenseSource.AI,
                new ExpenseDetails("Office Depot #42", vendor, TODAY, usd("120.50"), usd("10.95"), "Supplies",
                        "Toner and paper", receipt),
                new BigDecimal("0.875"), newUserId(), T0);
        expense.submit(at(Duration.ofMinutes(1)));
        expense.reject("Receipt is blurry", at(Duration.ofMinutes(2)));

        long version = in(tenant, () -> expenses.save(expense));
        Expense loaded = load(tenant, expense.id());

        assertThat(version).isEqualTo(1);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(expense);
        assertThat(loaded.status()).isEqualTo(ExpenseStatus.REJECTED);
        assertThat(loaded.source()).isEqualTo(ExpenseSource.AI);
        assertThat(loaded.details().amount().amount().toPlainString()).isEqualTo("120.50");
        assertThat(loaded.details().taxTotal().amount().toPlainString()).isEqualTo("10.95");
        assertThat(loaded.details().vendorContactId()).isEqualTo(vendor);
        assertThat(loaded.details().receiptFileId()).isEqualTo(receipt);
        assertThat(loaded.aiConfidence()).hasValueSatisfying(c -> assertThat(c.toPlainString()).isEqualTo("0.88"));
        assertThat(loaded.rejectionReason()).contains("Receipt is blurry");
        assertThat(loaded.updatedAt()).isEqualTo(at(Duration.ofMinutes(2)));
    }

    @Test
    void optionalFieldsStayEmpty() {
        TenantId tenant = newTenant();
        Expense expense = Expense.create(new ExpenseId(newId()), tenant, ExpenseSource.MANUAL,
                new ExpenseDetails(null, null, TODAY, usd("1.00"), null, null, null, null), null, null, T0);

        Expense loaded = stored(expense);

        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(expense);
        assertThat(loaded.details().vendor()).isNull();
        assertThat(loaded.details().vendorContactId()).isNull();
        assertThat(loaded.details().taxTotal()).isNull();
        assertThat(loaded.details().category()).isNull();
        assertThat(loaded.details().notes()).isNull();
        assertThat(loaded.details().receiptFileId()).isNull();
        assertThat(loaded.aiConfidence()).isEmpty();
        assertThat(loaded.rejectionReason()).isEmpty();
        assertThat(loaded.createdBy()).isNull();
    }

    @Test
    void amountsComeBackAtTheirCurrencysScale() {
        TenantId tenant = newTenant();
        Expense yen = stored(Expense.create(new ExpenseId(newId()), tenant, ExpenseSource.MANUAL,
                new ExpenseDetails(null, null, TODAY, Money.of(new BigDecimal("1500"), "JPY"),
                        Money.of(new BigDecimal("136"), "JPY"), null, null, null), null, null, T0));
        Expense dinar = stored(Expense.create(new ExpenseId(newId()), tenant, ExpenseSource.MANUAL,
                new ExpenseDetails(null, null, TODAY, Money.of(new BigDecimal("12.345"), "BHD"), null, null, null, null),
                null, null, T0));

        assertThat(yen.details().amount().toString()).isEqualTo("1500 JPY");
        assertThat(yen.details().taxTotal().toString()).isEqualTo("136 JPY");
        assertThat(dinar.details().amount().toString()).isEqualTo("12.345 BHD");
    }

    @Test
    void updateBumpsTheVersionAndStoresTheChange() {
        TenantId tenant = newTenant();
        Expense expense = stored(draft(tenant, newUserId(), TODAY, "10.00"));
        expense.revise(details(TODAY.minusDays(1), "11.00"), at(Duration.ofHours(1)));
        expense.submit(at(Duration.ofHours(2)));

        long version = in(tenant, () -> expenses.save(expense));
        Expense loaded = load(tenant, expense.id());

        assertThat(version).isEqualTo(2);
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.status()).isEqualTo(ExpenseStatus.SUBMITTED);
        assertThat(loaded.details().amount()).isEqualTo(usd("11.00"));
        assertThat(loaded.details().expenseDate()).isEqualTo(TODAY.minusDays(1));
        assertThat(loaded.updatedAt()).isEqualTo(at(Duration.ofHours(2)));
    }

    @Test
    void savingAStaleVersionIsAConflictAndLeavesTheStoredRowUnchanged() {
        TenantId tenant = newTenant();
        Expense stored = stored(draft(tenant, newUserId(), TODAY, "10.00"));
        Expense first = load(tenant, stored.id());
        Expense second = load(tenant, stored.id());
        first.submit(at(Duration.ofMinutes(1)));
        second.revise(details(TODAY, "99.00"), at(Duration.ofMinutes(2)));
        in(tenant, () -> expenses.save(first));

        var conflict = assertConflict(() -> in(tenant, () -> expenses.save(second)));

        assertThat(conflict.getMessage()).contains("was changed by someone else");
        Expense loaded = load(tenant, stored.id());
        assertThat(loaded.status()).isEqualTo(ExpenseStatus.SUBMITTED);
        assertThat(loaded.details().amount()).isEqualTo(usd("10.00"));
        assertThat(loaded.version()).isEqualTo(2);
    }

    @Test
    void insertingTheSameIdTwiceIsAConflict() {
        TenantId tenant = newTenant();
        Expense expense = draft(tenant, newUserId(), TODAY, "10.00");
        in(tenant, () -> expenses.save(expense));
        Expense again = Expense.rehydrate(expense.id(), tenant, ExpenseStatus.DRAFT, ExpenseSource.MANUAL,
                details(TODAY, "20.00"), null, null, null, T0, T0, 0);

        assertConflict(() -> in(tenant, () -> expenses.save(again)));

        assertThat(load(tenant, expense.id()).details().amount()).isEqualTo(usd("10.00"));
    }

    @Test
    void aRolledBackSaveLeavesNothing() {
        TenantId tenant = newTenant();
        Expense expense = draft(tenant, newUserId(), TODAY, "10.00");

        runAndRollBack(tenant, () -> expenses.save(expense));

        assertThat(in(tenant, () -> expenses.findById(tenant, expense.id()))).isEmpty();
    }

    @Test
    void anotherTenantsExpenseIsNotFoundListedOrDated() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        Expense expense = stored(draft(owner, newUserId(), TODAY, "10.00"));

        assertThat(in(other, () -> expenses.findById(other, expense.id()))).isEmpty();
        assertThat(listIds(other, Filter.ALL)).isEmpty();
        assertThat(in(other, () -> expenses.listDated(other, TODAY.minusYears(1), TODAY.plusYears(1)))).isEmpty();
    }

    @Test
    void listFiltersByStatusDateRangeAndCapturer() {
        TenantId tenant = newTenant();
        UserId ann = newUserId();
        UserId bob = newUserId();
        LocalDate january = LocalDate.of(2026, 1, 31);
        LocalDate february = LocalDate.of(2026, 2, 1);
        Expense annJanuary = stored(draft(tenant, ann, january, "10.00"));
        Expense bobFebruary = draft(tenant, bob, february, "20.00");
        bobFebruary.submit(T0);
        stored(bobFebruary);
        Expense annFebruary = stored(draft(tenant, ann, february.plusDays(27), "30.00"));

        assertThat(listIds(tenant, Filter.ALL))
                .containsExactly(annFebruary.id().value(), bobFebruary.id().value(), annJanuary.id().value());
        assertThat(listIds(tenant, new Filter(ExpenseStatus.SUBMITTED, null, null, null)))
                .containsExactly(bobFebruary.id().value());
        assertThat(listIds(tenant, new Filter(null, february, LocalDate.of(2026, 2, 28), null)))
                .containsExactly(annFebruary.id().value(), bobFebruary.id().value());
        assertThat(listIds(tenant, new Filter(null, LocalDate.of(2026, 1, 1), january, null)))
                .containsExactly(annJanuary.id().value());
        assertThat(listIds(tenant, new Filter(null, null, null, ann)))
                .containsExactly(annFebruary.id().value(), annJanuary.id().value());
        assertThat(listIds(tenant, new Filter(ExpenseStatus.DRAFT, february, null, bob))).isEmpty();
        assertThat(listIds(tenant, new Filter(ExpenseStatus.APPROVED, null, null, null))).isEmpty();
    }

    @Test
    void keysetPagesReturnEveryExpenseOnceNewestFirstEvenWithInsertsBetweenPages() {
        TenantId tenant = newTenant();
        List<UUID> created = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            created.add(stored(draft(tenant, null, TODAY, i + ".00")).id().value());
        }

        List<UUID> served = walkPages((after, limit) -> in(tenant, () -> expenses.list(tenant, Filter.ALL, after, limit)),
                e -> e.id().value(), 2, () -> stored(draft(tenant, null, TODAY, "9.00")));

        assertThat(served).containsExactlyElementsOf(newestFirst(created));
    }

    @Test
    void listDatedReturnsTheInclusiveRangeOfEveryStatusInDateThenIdOrder() {
        TenantId tenant = newTenant();
        Expense late = stored(draft(tenant, null, TODAY.plusDays(1), "1.00"));
        Expense onDayA = stored(draft(tenant, null, TODAY, "2.00"));
        Expense rejected = draft(tenant, null, TODAY, "3.00");
        rejected.submit(T0);
        rejected.reject("Duplicate", T0);
        stored(rejected);
        Expense before = stored(draft(tenant, null, TODAY.minusDays(1), "4.00"));
        stored(draft(tenant, null, TODAY.plusDays(2), "5.00"));
        stored(draft(tenant, null, TODAY.minusDays(2), "6.00"));

        List<UUID> dated = in(tenant, () -> expenses.listDated(tenant, TODAY.minusDays(1), TODAY.plusDays(1)))
                .stream().map(e -> e.id().value()).toList();

        assertThat(dated).containsExactly(before.id().value(), onDayA.id().value(), rejected.id().value(),
                late.id().value());
        assertThat(in(tenant, () -> expenses.listDated(tenant, TODAY, TODAY))).extracting(e -> e.id())
                .containsExactly(onDayA.id(), rejected.id());
    }
}
