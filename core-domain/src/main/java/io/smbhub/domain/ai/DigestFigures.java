package io.smbhub.domain.ai;

import io.smbhub.domain.shared.Money;

import java.util.List;

/**
 * Yesterday in numbers for the CEO digest (enterprise-business-os.md feature 1; issue 6), for one tenant-local day.
 * Amounts are per currency (a tenant may bill in several), each list sorted by currency code; empty = none.
 *
 * <ul>
 *   <li>{@code revenue}: totals of invoices issued (sent for the first time) that day; {@code invoicesIssued} count;</li>
 *   <li>{@code paymentsReceived}: succeeded payments net of refunds received that day; {@code paymentCount};</li>
 *   <li>{@code expensesTotal} and {@code topExpenses} (≤ 5, largest first): non-rejected expenses dated that day;</li>
 *   <li>{@code overdueAr}: amount due of invoices past their due date at the end of the day; {@code overdueCount};</li>
 *   <li>{@code openWorkItems}: work items not done or cancelled at the end of the day; {@code newWorkItems}: created
 *       that day; {@code pendingAiDrafts}: AI drafts waiting for review.</li>
 * </ul>
 */
public record DigestFigures(List<Money> revenue, int invoicesIssued, List<Money> paymentsReceived, int paymentCount,
                            List<Money> expensesTotal, List<TopExpense> topExpenses, List<Money> overdueAr,
                            int overdueCount, int openWorkItems, int newWorkItems, int pendingAiDrafts) {

    /** One of the day's largest expenses: {@code vendor} and {@code category} may be null. */
    public record TopExpense(String vendor, String category, Money amount) {
    }

    public DigestFigures {
        revenue = List.copyOf(revenue);
        paymentsReceived = List.copyOf(paymentsReceived);
        expensesTotal = List.copyOf(expensesTotal);
        topExpenses = List.copyOf(topExpenses);
        overdueAr = List.copyOf(overdueAr);
    }
}
