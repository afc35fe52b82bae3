package io.smbhub.application.port.in.home;

import io.smbhub.domain.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * The home snapshot (spec smb-hub-prd.md 2.3 "Home", 3.3): for the tenant's {@code today}, per currency
 * the unpaid (open) and overdue invoices with amounts due, the count of NEW work items, and today's
 * succeeded payments (tenant-local day).
 */
public record HomeSummary(LocalDate today, long unpaidCount, List<Money> unpaidAmounts, long overdueCount,
                          List<Money> overdueAmounts, long newWorkItems, List<Money> paymentsToday) {
}
