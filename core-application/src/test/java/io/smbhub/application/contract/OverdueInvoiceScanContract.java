package io.smbhub.application.contract;

import io.smbhub.application.port.out.OverdueInvoiceScan;
import io.smbhub.application.port.out.OverdueInvoiceScan.Candidate;
import io.smbhub.domain.invoice.ArStage;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.invoice.InvoiceDetails;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.Money;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link OverdueInvoiceScan} (issue 5, the collections scheduler's one cross-tenant read). The store is
 * shared by the whole class, so each test looks only at the candidates of the tenants it made.
 */
public abstract class OverdueInvoiceScanContract extends InboxPortContract {

    private static final LocalDate SCAN_DATE = LocalDate.of(2026, 3, 10);

    /** (tenant id, invoice id), each compared as PostgreSQL compares uuids: unsigned, byte by byte. */
    private static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> c.tenantId().value(), OverdueInvoiceScanContract::compareUnsigned)
            .thenComparing(c -> c.invoiceId().value(), OverdueInvoiceScanContract::compareUnsigned);

    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private OverdueInvoiceScan scan() {
        return inbox().overdueScan();
    }

    private int numbers;

    /** A stored invoice of {@code tenant} in {@code status} (100.00 USD, half paid when PARTIALLY_PAID), due on {@code due}. */
    private Candidate invoice(TenantId tenant, InvoiceStatus status, LocalDate due, ArStage stage) {
        InvoiceDetails details = new InvoiceDetails(null, "USD", due == null ? null : due.minusDays(14), due,
                List.of(new io.smbhub.domain.shared.LineItem("Service", BigDecimal.ONE, usd("100.00"), null, null)), null, null);
        String paid = switch (status) {
            case PAID -> "100.00";
            case PARTIALLY_PAID -> "50.00";
            default -> "0";
        };
        boolean sent = status != InvoiceStatus.DRAFT;
        Invoice invoice = Invoice.rehydrate(new InvoiceId(newId()), tenant, "INV-%06d".formatted(++numbers), status, details,
                Money.of(new BigDecimal(paid), "USD"), null, null, sent ? T0 : null,
                status == InvoiceStatus.VOID ? "mistake" : null, null, T0, T0, null, stage,
                stage == ArStage.NONE ? null : at(Duration.ofDays(1)), 0);
        in(tenant, () -> adapters().invoices().save(invoice));
        return new Candidate(tenant, invoice.id());
    }

    /** Every candidate of {@code tenants}, walking all pages of {@code pageSize}; asserts the global order. */
    private List<Candidate> scanAll(Set<TenantId> tenants, int pageSize) {
        List<Candidate> all = new ArrayList<>();
        Candidate after = null;
        for (int guard = 0; guard < 10_000; guard++) {
            Candidate cursor = after;
            List<Candidate> page = tx().withoutTenant(() -> scan().candidates(SCAN_DATE, cursor, pageSize));
            assertThat(page).hasSizeLessThanOrEqualTo(pageSize);
            all.addAll(page);
            if (page.size() < pageSize) {
                assertThat(all).isSortedAccordingTo(ORDER).doesNotHaveDuplicates();
                return all.stream().filter(c -> tenants.contains(c.tenantId())).toList();
            }
            after = page.get(page.size() - 1);
        }
        throw new AssertionError("the scan did not end");
    }

    @Test
    void candidatesAreSentOrPartlyPaidInvoicesDueOnOrBeforeTheDateAndNotYetAtTheFinalStage() {
        TenantId tenant = newTenant();
        Candidate dueBefore = invoice(tenant, InvoiceStatus.SENT, SCAN_DATE.minusDays(20), ArStage.NONE);
        Candidate dueOnTheDay = invoice(tenant, InvoiceStatus.SENT, SCAN_DATE, ArStage.NONE);
        Candidate partlyPaid = invoice(tenant, InvoiceStatus.PARTIALLY_PAID, SCAN_DATE.minusDays(3), ArStage.REMINDER_1);
        Candidate secondStage = invoice(tenant, InvoiceStatus.SENT, SCAN_DATE.minusDays(9), ArStage.REMINDER_2);
        invoice(tenant, InvoiceStatus.SENT, SCAN_DATE.plusDays(1), ArStage.NONE);
        invoice(tenant, InvoiceStatus.SENT, SCAN_DATE.minusDays(30), ArStage.FINAL);
        invoice(tenant, InvoiceStatus.SENT, null, ArStage.NONE);
        invoice(tenant, InvoiceStatus.DRAFT, SCAN_DATE.minusDays(5), ArStage.NONE);
        invoice(tenant, InvoiceStatus.PAID, SCAN_DATE.minusDays(5), ArStage.REMINDER_1);
        invoice(tenant, InvoiceStatus.VOID, SCAN_DATE.minusDays(5), ArStage.NONE);

        List<Candidate> found = scanAll(Set.of(tenant), 100);

        assertThat(found).containsExactlyInAnyOrder(dueBefore, dueOnTheDay, partlyPaid, secondStage);
    }

    @Test
    void theScanCrossesTenantsInTenantThenInvoiceOrderAndPagesWithoutGapsOrRepeats() {
        TenantId a = newTenant();
        TenantId b = newTenant();
        TenantId c = newTenant();
        List<Candidate> expected = new ArrayList<>();
        for (TenantId tenant : List.of(a, b)) {
            for (int i = 0; i < 3; i++) {
                expected.add(invoice(tenant, InvoiceStatus.SENT, SCAN_DATE.minusDays(i), ArStage.NONE));
            }
        }
        invoice(c, InvoiceStatus.PAID, SCAN_DATE.minusDays(1), ArStage.NONE);
        expected.sort(ORDER);

        assertThat(scanAll(Set.of(a, b, c), 2)).containsExactlyElementsOf(expected);
        assertThat(scanAll(Set.of(a, b, c), 1)).containsExactlyElementsOf(expected);
        assertThat(scanAll(Set.of(a, b, c), 500)).containsExactlyElementsOf(expected);
    }

    @Test
    void aPageStartsStrictlyAfterTheGivenCandidate() {
        TenantId tenant = newTenant();
        List<Candidate> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(invoice(tenant, InvoiceStatus.SENT, SCAN_DATE.minusDays(1), ArStage.NONE));
        }
        mine.sort(ORDER);

        List<Candidate> rest = tx().withoutTenant(() -> scan().candidates(SCAN_DATE, mine.get(0), 10_000)).stream()
                .filter(c -> c.tenantId().equals(tenant)).toList();

        assertThat(rest).containsExactly(mine.get(1), mine.get(2));
    }

    @Test
    void anInvoiceReachingTheFinalStageOrBeingPaidLeavesTheScan() {
        TenantId tenant = newTenant();
        Candidate reminded = invoice(tenant, InvoiceStatus.SENT, SCAN_DATE.minusDays(14), ArStage.REMINDER_2);
        Candidate paid = invoice(tenant, InvoiceStatus.SENT, SCAN_DATE.minusDays(14), ArStage.NONE);
        run(tenant, () -> {
            Invoice one = adapters().invoices().findById(tenant, reminded.invoiceId()).orElseThrow();
            one.advanceArStage(ArStage.FINAL, at(Duration.ofDays(20)));
            adapters().invoices().save(one);
            Invoice two = adapters().invoices().findById(tenant, paid.invoiceId()).orElseThrow();
            two.applyPayment(usd("100.00"), at(Duration.ofDays(20)));
            adapters().invoices().save(two);
        });

        assertThat(scanAll(Set.of(tenant), 100)).isEmpty();
    }
}
