package io.smbhub.application.contract;

import io.smbhub.application.port.out.WorkItemRepository;
import io.smbhub.application.port.out.WorkItemRepository.Filter;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.invoice.Invoice;
import io.smbhub.domain.quote.Quote;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.workitem.WorkItemPriority;
import io.smbhub.domain.workitem.WorkItemSource;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract of {@link WorkItemRepository}. */
public abstract class WorkItemRepositoryContract extends PortContract {

    private static final Filter ALL = new Filter(null, null, null, null, null);

    private WorkItemRepository items() {
        return adapters().workItems();
    }

    private static WorkItemDetails details(String title) {
        return new WorkItemDetails(WorkItemType.REQUEST, title, null, null, null, null, null);
    }

    private WorkItem newItem(TenantId tenant, WorkItemDetails details, UserId assignee) {
        WorkItem item = WorkItem.create(new WorkItemId(newId()), tenant, details, assignee, WorkItemSource.MANUAL, null, T0);
        in(tenant, () -> items().save(item));
        return load(tenant, item.id());
    }

    private WorkItem newItem(TenantId tenant, String title) {
        return newItem(tenant, details(title), null);
    }

    private WorkItem load(TenantId tenant, WorkItemId id) {
        return in(tenant, () -> items().findById(tenant, id)).orElseThrow();
    }

    private List<UUID> listIds(TenantId tenant, Filter filter) {
        return in(tenant, () -> items().list(tenant, filter, null, 100)).stream().map(w -> w.id().value()).toList();
    }

    @Test
    void insertReturnsVersionOneAndFindByIdRestoresEveryField() {
        TenantId tenant = newTenant();
        ContactId contact = newContact(tenant, "Customer").id();
        Quote quote = newQuote(tenant, "Q-000001", contact);
        Invoice invoice = newInvoice(tenant, "INV-000001", contact);
        UserId assignee = newUserId();
        WorkItemDetails details = new WorkItemDetails(WorkItemType.JOB, "Fix the leaking roof",
                "Water comes in near the chimney.\nBring a ladder.", WorkItemPriority.URGENT, contact,
                at(Duration.ofDays(3)), Map.of("service_address", "Jl. Kenanga 7, Bandung", "table_no", "12"));
        WorkItem item = WorkItem.create(new WorkItemId(newId()), tenant, details, assignee, WorkItemSource.AI, newUserId(), T0);
        item.changeStatus(WorkItemStatus.IN_PROGRESS, at(Duration.ofMinutes(10)));
        item.convertedToQuote(quote.id(), at(Duration.ofMinutes(20)));
        item.convertedToInvoice(invoice.id(), at(Duration.ofMinutes(30)));

        long version = in(tenant, () -> items().save(item));
        WorkItem loaded = load(tenant, item.id());

        assertThat(version).isEqualTo(1);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(item);
        assertThat(loaded.details().labels()).containsExactlyInAnyOrderEntriesOf(
                Map.of("service_address", "Jl. Kenanga 7, Bandung", "table_no", "12"));
        assertThat(loaded.details().dueAt()).isEqualTo(at(Duration.ofDays(3)));
        assertThat(loaded.assignedTo()).contains(assignee);
        assertThat(loaded.quoteId()).contains(quote.id());
        assertThat(loaded.invoiceId()).contains(invoice.id());
        assertThat(loaded.status()).isEqualTo(WorkItemStatus.IN_PROGRESS);
        assertThat(loaded.source()).isEqualTo(WorkItemSource.AI);
        assertThat(loaded.updatedAt()).isEqualTo(at(Duration.ofMinutes(30)));
    }

    @Test
    void optionalFieldsStayEmpty() {
        TenantId tenant = newTenant();
        WorkItem item = WorkItem.create(new WorkItemId(newId()), tenant, details("Bare"), null, null, null, T0);

        in(tenant, () -> items().save(item));
        WorkItem loaded = load(tenant, item.id());

        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(item);
        assertThat(loaded.details().description()).isNull();
        assertThat(loaded.details().contactId()).isNull();
        assertThat(loaded.details().dueAt()).isNull();
        assertThat(loaded.details().labels()).isEmpty();
        assertThat(loaded.details().priority()).isEqualTo(WorkItemPriority.NORMAL);
        assertThat(loaded.assignedTo()).isEmpty();
        assertThat(loaded.quoteId()).isEmpty();
        assertThat(loaded.invoiceId()).isEmpty();
        assertThat(loaded.createdBy()).isNull();
        assertThat(loaded.source()).isEqualTo(WorkItemSource.MANUAL);
    }

    @Test
    void updateBumpsTheVersionAndStoresTheChange() {
        TenantId tenant = newTenant();
        WorkItem item = newItem(tenant, "Before");
        UserId assignee = newUserId();
        item.update(new WorkItemDetails(WorkItemType.SUPPORT, "After", "now described", WorkItemPriority.HIGH, null, null,
                Map.of("ticket", "T-1")), at(Duration.ofHours(1)));
        item.assign(assignee, at(Duration.ofHours(2)));

        long version = in(tenant, () -> items().save(item));
        WorkItem loaded = load(tenant, item.id());

        assertThat(version).isEqualTo(2);
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.details().title()).isEqualTo("After");
        assertThat(loaded.details().labels()).containsExactlyEntriesOf(Map.of("ticket", "T-1"));
        assertThat(loaded.assignedTo()).contains(assignee);
        assertThat(loaded.updatedAt()).isEqualTo(at(Duration.ofHours(2)));
    }

    @Test
    void savingAStaleVersionIsAConflictAndLeavesTheStoredRowUnchanged() {
        TenantId tenant = newTenant();
        WorkItem stored = newItem(tenant, "Original");
        WorkItem first = load(tenant, stored.id());
        WorkItem second = load(tenant, stored.id());
        first.changeStatus(WorkItemStatus.IN_PROGRESS, at(Duration.ofMinutes(1)));
        second.changeStatus(WorkItemStatus.CANCELED, at(Duration.ofMinutes(2)));
        in(tenant, () -> items().save(first));

        var conflict = assertConflict(() -> in(tenant, () -> items().save(second)));

        assertThat(conflict.getMessage()).contains("was changed by someone else");
        WorkItem loaded = load(tenant, stored.id());
        assertThat(loaded.status()).isEqualTo(WorkItemStatus.IN_PROGRESS);
        assertThat(loaded.version()).isEqualTo(2);
    }

    @Test
    void insertingAnExistingIdIsAConflict() {
        TenantId tenant = newTenant();
        WorkItem stored = newItem(tenant, "Existing");

        assertConflict(() -> in(tenant, () -> items().save(
                WorkItem.create(stored.id(), tenant, details("Impostor"), null, null, null, T0))));

        assertThat(load(tenant, stored.id()).details().title()).isEqualTo("Existing");
    }

    @Test
    void anotherTenantsWorkItemIsNotFound() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        WorkItem item = newItem(owner, "Private job");

        assertThat(in(other, () -> items().findById(other, item.id()))).isEmpty();
        assertThat(listIds(other, ALL)).isEmpty();
        assertThat(in(other, () -> items().countByStatus(other, WorkItemStatus.NEW))).isZero();
    }

    @Test
    void listFiltersByStatusTypeAssigneeContactAndTitle() {
        TenantId tenant = newTenant();
        ContactId contact = newContact(tenant, "Customer").id();
        UserId alice = newUserId();
        UserId bob = newUserId();
        WorkItem order = newItem(tenant, new WorkItemDetails(WorkItemType.ORDER, "Order 50% off flyers", null, null, contact, null, null), alice);
        WorkItem job = newItem(tenant, new WorkItemDetails(WorkItemType.JOB, "Paint the FENCE", null, null, null, null, null), bob);
        WorkItem started = newItem(tenant, new WorkItemDetails(WorkItemType.JOB, "Fence repair", null, null, contact, null, null), alice);
        started.changeStatus(WorkItemStatus.IN_PROGRESS, at(Duration.ofMinutes(5)));
        in(tenant, () -> items().save(started));

        assertThat(listIds(tenant, ALL)).containsExactly(started.id().value(), job.id().value(), order.id().value());
        assertThat(listIds(tenant, new Filter(WorkItemStatus.IN_PROGRESS, null, null, null, null))).containsExactly(started.id().value());
        assertThat(listIds(tenant, new Filter(WorkItemStatus.NEW, null, null, null, null))).containsExactly(job.id().value(), order.id().value());
        assertThat(listIds(tenant, new Filter(null, WorkItemType.JOB, null, null, null))).containsExactly(started.id().value(), job.id().value());
        assertThat(listIds(tenant, new Filter(null, null, alice, null, null))).containsExactly(started.id().value(), order.id().value());
        assertThat(listIds(tenant, new Filter(null, null, newUserId(), null, null))).isEmpty();
        assertThat(listIds(tenant, new Filter(null, null, null, contact, null))).containsExactly(started.id().value(), order.id().value());
        assertThat(listIds(tenant, new Filter(null, null, null, null, "fence"))).containsExactly(started.id().value(), job.id().value());
        assertThat(listIds(tenant, new Filter(null, null, null, null, "50%"))).containsExactly(order.id().value());
        assertThat(listIds(tenant, new Filter(null, null, null, null, "0%"))).containsExactly(order.id().value());
        assertThat(listIds(tenant, new Filter(null, null, null, null, "5_"))).isEmpty();
        assertThat(listIds(tenant, new Filter(WorkItemStatus.NEW, WorkItemType.JOB, bob, null, "paint"))).containsExactly(job.id().value());
    }

    @Test
    void countByStatusCountsOneTenantsItemsInThatStatus() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        newItem(tenant, "one");
        newItem(tenant, "two");
        WorkItem done = newItem(tenant, "three");
        done.changeStatus(WorkItemStatus.IN_PROGRESS, at(Duration.ofMinutes(1)));
        done.changeStatus(WorkItemStatus.DONE, at(Duration.ofMinutes(2)));
        in(tenant, () -> items().save(done));
        newItem(other, "elsewhere");

        assertThat(in(tenant, () -> items().countByStatus(tenant, WorkItemStatus.NEW))).isEqualTo(2);
        assertThat(in(tenant, () -> items().countByStatus(tenant, WorkItemStatus.DONE))).isEqualTo(1);
        assertThat(in(tenant, () -> items().countByStatus(tenant, WorkItemStatus.WAITING))).isZero();
        assertThat(in(other, () -> items().countByStatus(other, WorkItemStatus.NEW))).isEqualTo(1);
    }

    @Test
    void keysetPagesReturnEveryItemOnceNewestFirstEvenWithInsertsBetweenPages() {
        TenantId tenant = newTenant();
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(newItem(tenant, "Item " + i).id().value());
        }

        List<UUID> served = walkPages((after, limit) -> in(tenant, () -> items().list(tenant, ALL, after, limit)),
                w -> w.id().value(), 2, () -> newItem(tenant, "Late"));

        assertThat(served).containsExactlyElementsOf(newestFirst(created));
        assertThat(listIds(tenant, ALL)).hasSize(7);
    }

    @Test
    void aRolledBackSaveLeavesNoWorkItem() {
        TenantId tenant = newTenant();
        WorkItem item = WorkItem.create(new WorkItemId(newId()), tenant, details("Never"), null, null, null, T0);

        runAndRollBack(tenant, () -> items().save(item));

        assertThat(in(tenant, () -> items().findById(tenant, item.id()))).isEmpty();
    }
}
