package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.WorkItems;
import io.smbhub.application.port.out.WorkItemRepository;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.QuoteId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.workitem.WorkItemPriority;
import io.smbhub.domain.workitem.WorkItemSource;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.workitem.WorkItemType;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link WorkItemRepository} on PostgreSQL ({@code work_items}; labels as a jsonb object; {@code conversation_id} the
 * inbox conversation it was made from).
 */
public final class JooqWorkItemRepository implements WorkItemRepository {

    private final JdbcTransactionRunner tx;

    public JooqWorkItemRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<WorkItem> findById(TenantId tenant, WorkItemId id) {
        return tx.dsl().select(WorkItems.ALL).from(WorkItems.TABLE)
                .where(WorkItems.TENANT_ID.eq(tenant.value()), WorkItems.ID.eq(id.value()))
                .fetchOptional().map(JooqWorkItemRepository::toWorkItem);
    }

    @Override
    public long save(WorkItem item) {
        return SqlSupport.saveVersioned(tx.dsl(), WorkItems.TABLE, WorkItems.TENANT_ID, WorkItems.ID, WorkItems.VERSION,
                item.tenantId().value(), item.id().value(), item.version(), values(item),
                "Work item '" + item.details().title() + "'", () -> "Work item " + item.id() + " already exists");
    }

    @Override
    public List<WorkItem> list(TenantId tenant, Filter filter, UUID afterId, int limit) {
        Condition where = WorkItems.TENANT_ID.eq(tenant.value()).and(SqlSupport.before(WorkItems.ID, afterId));
        if (filter.status() != null) {
            where = where.and(WorkItems.STATUS.eq(filter.status().name()));
        }
        if (filter.type() != null) {
            where = where.and(WorkItems.TYPE.eq(filter.type().name()));
        }
        if (filter.assignedTo() != null) {
            where = where.and(WorkItems.ASSIGNED_TO.eq(filter.assignedTo().value()));
        }
        if (filter.contactId() != null) {
            where = where.and(WorkItems.CONTACT_ID.eq(filter.contactId().value()));
        }
        String q = SqlSupport.searchText(filter.q());
        if (q != null) {
            where = where.and(SqlSupport.containsIgnoreCase(WorkItems.TITLE, q));
        }
        return tx.dsl().select(WorkItems.ALL).from(WorkItems.TABLE).where(where).orderBy(WorkItems.ID.desc()).limit(limit)
                .fetch(JooqWorkItemRepository::toWorkItem);
    }

    @Override
    public long countByStatus(TenantId tenant, WorkItemStatus status) {
        return tx.dsl().fetchCount(WorkItems.TABLE,
                WorkItems.TENANT_ID.eq(tenant.value()).and(WorkItems.STATUS.eq(status.name())));
    }

    private static Map<Field<?>, Object> values(WorkItem w) {
        WorkItemDetails d = w.details();
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(WorkItems.TYPE, d.type().name());
        v.put(WorkItems.TITLE, d.title());
        v.put(WorkItems.DESCRIPTION, d.description());
        v.put(WorkItems.STATUS, w.status().name());
        v.put(WorkItems.PRIORITY, d.priority().name());
        v.put(WorkItems.CONTACT_ID, d.contactId() == null ? null : d.contactId().value());
        v.put(WorkItems.DUE_AT, SqlSupport.micros(d.dueAt()));
        v.put(WorkItems.ASSIGNED_TO, w.assignedTo().map(UserId::value).orElse(null));
        v.put(WorkItems.SOURCE, w.source().name());
        v.put(WorkItems.LABELS, JsonColumns.labels(d.labels()));
        v.put(WorkItems.QUOTE_ID, w.quoteId().map(QuoteId::value).orElse(null));
        v.put(WorkItems.INVOICE_ID, w.invoiceId().map(InvoiceId::value).orElse(null));
        v.put(WorkItems.CONVERSATION_ID, w.conversationId().map(ConversationId::value).orElse(null));
        v.put(WorkItems.CREATED_AT, SqlSupport.micros(w.createdAt()));
        v.put(WorkItems.UPDATED_AT, SqlSupport.micros(w.updatedAt()));
        v.put(WorkItems.CREATED_BY, w.createdBy() == null ? null : w.createdBy().value());
        return v;
    }

    private static WorkItem toWorkItem(Record r) {
        UUID contact = r.get(WorkItems.CONTACT_ID);
        WorkItemDetails details = new WorkItemDetails(WorkItemType.valueOf(r.get(WorkItems.TYPE)), r.get(WorkItems.TITLE),
                r.get(WorkItems.DESCRIPTION), WorkItemPriority.valueOf(r.get(WorkItems.PRIORITY)),
                contact == null ? null : new ContactId(contact), r.get(WorkItems.DUE_AT),
                JsonColumns.labels(r.get(WorkItems.LABELS)));
        UUID assignedTo = r.get(WorkItems.ASSIGNED_TO);
        UUID quote = r.get(WorkItems.QUOTE_ID);
        UUID invoice = r.get(WorkItems.INVOICE_ID);
        UUID conversation = r.get(WorkItems.CONVERSATION_ID);
        UUID createdBy = r.get(WorkItems.CREATED_BY);
        return WorkItem.rehydrate(new WorkItemId(r.get(WorkItems.ID)), new TenantId(r.get(WorkItems.TENANT_ID)), details,
                WorkItemStatus.valueOf(r.get(WorkItems.STATUS)), assignedTo == null ? null : new UserId(assignedTo),
                WorkItemSource.valueOf(r.get(WorkItems.SOURCE)), quote == null ? null : new QuoteId(quote),
                invoice == null ? null : new InvoiceId(invoice), conversation == null ? null : new ConversationId(conversation),
                createdBy == null ? null : new UserId(createdBy),
                r.get(WorkItems.CREATED_AT), r.get(WorkItems.UPDATED_AT), r.get(WorkItems.VERSION));
    }
}
