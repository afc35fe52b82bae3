package io.smbhub.application.service.home;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.home.HomeQueries;
import io.smbhub.application.port.in.home.HomeSummary;
import io.smbhub.application.port.out.InvoiceRepository;
import io.smbhub.application.port.out.PaymentRepository;
import io.smbhub.application.port.out.TenantRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.out.WorkItemRepository;
import io.smbhub.application.service.support.Access;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.workitem.WorkItemStatus;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The home snapshot (spec smb-hub-prd.md 2.3 "Home", 3.3), computed for the tenant's local today. */
public final class HomeService implements HomeQueries {

    private final TenantRepository tenants;
    private final InvoiceRepository invoices;
    private final WorkItemRepository workItems;
    private final PaymentRepository payments;
    private final TransactionRunner tx;
    private final TimeSource clock;

    public HomeService(TenantRepository tenants, InvoiceRepository invoices, WorkItemRepository workItems,
                       PaymentRepository payments, TransactionRunner tx, TimeSource clock) {
        this.tenants = tenants;
        this.invoices = invoices;
        this.workItems = workItems;
        this.payments = payments;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public HomeSummary summary(Actor actor) {
        Access.require(actor, Permission.PAYMENTS_READ);
        return tx.inTenant(actor.tenantId(), () -> {
            Tenant tenant = tenants.findById(actor.tenantId()).orElseThrow(() -> DomainException.notFound("Tenant", actor.tenantId()));
            ZoneId zone = tenant.timezone();
            LocalDate today = LocalDate.ofInstant(clock.now(), zone);
            List<InvoiceRepository.OpenTotals> open = invoices.openTotals(actor.tenantId(), today);
            return new HomeSummary(today,
                    open.stream().mapToLong(InvoiceRepository.OpenTotals::openCount).sum(),
                    open.stream().map(InvoiceRepository.OpenTotals::amountDue).toList(),
                    open.stream().mapToLong(InvoiceRepository.OpenTotals::overdueCount).sum(),
                    open.stream().filter(o -> o.overdueCount() > 0).map(InvoiceRepository.OpenTotals::overdueAmount).toList(),
                    workItems.countByStatus(actor.tenantId(), WorkItemStatus.NEW),
                    payments.succeededBetween(actor.tenantId(), today.atStartOfDay(zone).toInstant(),
                            today.plusDays(1).atStartOfDay(zone).toInstant()));
        });
    }
}
