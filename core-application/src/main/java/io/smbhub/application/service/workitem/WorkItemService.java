package io.smbhub.application.service.workitem;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.workitem.CreateWorkItemCommand;
import io.smbhub.application.port.in.workitem.CreateWorkItemUseCase;
import io.smbhub.application.port.in.workitem.UpdateWorkItemCommand;
import io.smbhub.application.port.in.workitem.UpdateWorkItemUseCase;
import io.smbhub.application.port.in.workitem.WorkItemPatch;
import io.smbhub.application.port.in.workitem.WorkItemQueries;
import io.smbhub.application.port.in.workitem.WorkItemView;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.out.WorkItemRepository;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Cursors;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.Versions;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.shared.WorkItemId;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Work item create, edit (fields, status, assignment) and reads (spec smb-hub-prd.md Epic 2, 12.2 A).
 * An AGENT works only on items assigned to it: its new items are assigned to itself, others are not found.
 */
public final class WorkItemService implements CreateWorkItemUseCase, UpdateWorkItemUseCase, WorkItemQueries {

    static final String ENTITY = "work_item";

    private final WorkItemRepository items;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;
    private final Auditor auditor;

    public WorkItemService(WorkItemRepository items, Documents documents, TransactionRunner tx, TimeSource clock,
                           IdGenerator ids, Auditor auditor) {
        this.items = items;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
        this.auditor = auditor;
    }

    @Override
    public WorkItemView create(Actor actor, CreateWorkItemCommand command) {
        Access.require(actor, Permission.WORK_WRITE);
        UserId assignee = actor.role().scopedToAssigned() ? actor.userId() : command.assignedTo();
        return tx.inTenant(actor.tenantId(), () -> {
            if (command.details().contactId() != null) {
                documents.requireContact(actor, command.details().contactId(), "contact_id");
            }
            WorkItem item = WorkItem.create(new WorkItemId(ids.newId()), actor.tenantId(), command.details(), assignee,
                    command.source(), actor.userId(), clock.now());
            long version = items.save(item);
            WorkItemView view = WorkItemView.of(item, version);
            auditor.record(actor, ENTITY, item.id().value(), null, view, item.pullEvents());
            return view;
        });
    }

    @Override
    public WorkItemView update(Actor actor, UpdateWorkItemCommand command) {
        Access.require(actor, Permission.WORK_WRITE);
        return tx.inTenant(actor.tenantId(), () -> {
            WorkItem item = load(actor, command.id());
            Versions.requireExpected("Work item " + command.id(), command.expectedVersion(), item.version());
            WorkItemView before = WorkItemView.of(item, item.version());
            WorkItemPatch p = command.patch();
            WorkItemDetails merged = merge(item.details(), p);
            if (!Objects.equals(merged.contactId(), item.details().contactId()) && merged.contactId() != null) {
                documents.requireContact(actor, merged.contactId(), "contact_id");
            }
            if (!merged.equals(item.details())) {
                item.update(merged, clock.now());
            }
            if (p.assignedTo() != null) {
                if (actor.role().scopedToAssigned() && !p.assignedTo().equals(Optional.of(actor.userId()))) {
                    throw DomainException.invalid("assigned_to", "An AGENT cannot reassign work items");
                }
                item.assign(p.assignedTo().orElse(null), clock.now());
            }
            if (p.status() != null) {
                item.changeStatus(p.status(), clock.now());
            }
            var events = item.pullEvents();
            if (events.isEmpty()) {
                return before;
            }
            long version = items.save(item);
            WorkItemView after = WorkItemView.of(item, version);
            auditor.record(actor, ENTITY, item.id().value(), before, after, events);
            return after;
        });
    }

    @Override
    public WorkItemView get(Actor actor, WorkItemId id) {
        Access.require(actor, Permission.WORK_READ);
        return tx.inTenant(actor.tenantId(), () -> {
            WorkItem item = load(actor, id);
            return WorkItemView.of(item, item.version());
        });
    }

    @Override
    public Page<WorkItemView> list(Actor actor, ListQuery query) {
        Access.require(actor, Permission.WORK_READ);
        UserId assignee = actor.role().scopedToAssigned() ? actor.userId() : query.assignedTo();
        WorkItemRepository.Filter filter = new WorkItemRepository.Filter(query.status(), query.type(), assignee,
                query.contactId(), query.q());
        return tx.inTenant(actor.tenantId(), () -> Cursors.page(query.page(),
                (after, limit) -> items.list(actor.tenantId(), filter, after, limit),
                w -> w.id().value(), w -> WorkItemView.of(w, w.version())));
    }

    /** The item if the actor may see it (an AGENT only its assigned items); else {@code NOT_FOUND}. */
    WorkItem load(Actor actor, WorkItemId id) {
        return items.findById(actor.tenantId(), id)
                .filter(w -> !actor.role().scopedToAssigned() || w.assignedTo().equals(Optional.of(actor.userId())))
                .orElseThrow(() -> DomainException.notFound("Work item", id));
    }

    private static WorkItemDetails merge(WorkItemDetails cur, WorkItemPatch p) {
        Map<String, String> labels = new TreeMap<>(cur.labels());
        if (p.labels() != null) {
            p.labels().forEach((k, v) -> {
                if (v == null || v.isBlank()) {
                    labels.remove(k);
                } else {
                    labels.put(k, v);
                }
            });
        }
        return new WorkItemDetails(
                p.type() != null ? p.type() : cur.type(),
                p.title() != null ? p.title() : cur.title(),
                p.description() != null ? p.description() : cur.description(),
                p.priority() != null ? p.priority() : cur.priority(),
                p.contactId() != null ? p.contactId().orElse(null) : cur.contactId(),
                p.dueAt() != null ? p.dueAt().orElse(null) : cur.dueAt(),
                labels);
    }
}
