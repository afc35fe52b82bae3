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
import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.application.port.out.WorkItemRepository;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.ActionDecisions;
import io.smbhub.application.service.support.Checks;
import io.smbhub.application.service.support.ProfilePayloads;
import io.smbhub.application.service.support.TenantContext;
import io.smbhub.application.service.support.WorkItemActions;
import io.smbhub.domain.profile.EffectiveProfile;
import io.smbhub.domain.profile.ProfileEntity;
import io.smbhub.domain.profile.ProfileOperation;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Cursors;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.Versions;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.shared.WorkItemId;

import java.util.List;
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
    private final UserAccountRepository users;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;
    private final Auditor auditor;

    public WorkItemService(WorkItemRepository items, UserAccountRepository users, Documents documents, TransactionRunner tx,
                           TimeSource clock, IdGenerator ids, Auditor auditor) {
        this.items = items;
        this.users = users;
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
            TenantContext ctx = documents.context(actor);
            EffectiveProfile profile = ctx.profile();
            WorkItemDetails details = command.details().type() == null
                    ? command.details().withType(profile.defaultWorkItemType()) : command.details();
            WorkItemStatus status = profile.defaultWorkItemStatus();
            Checks.profileFieldsRefusal(profile, ProfileEntity.WORK_ITEM, ProfilePayloads.workItem(details, status, assignee),
                    ProfileOperation.CREATE, "Work item '" + details.title() + "'").ifPresent(Refusal::raise);
            if (details.contactId() != null) {
                documents.requireContact(actor, details.contactId(), "contact_id");
            }
            requireAssignable(actor, assignee);
            WorkItem item = WorkItem.create(new WorkItemId(ids.newId()), actor.tenantId(), details, assignee,
                    command.source(), command.conversationId(), null, actor.userId(), clock.now());
            item.changeStatus(status, clock.now());
            long version = items.save(item);
            auditor.record(actor, ENTITY, item.id().value(), null, WorkItemView.of(item, version, List.of()), item.pullEvents());
            return view(actor, item, version, ctx);
        });
    }

    @Override
    public WorkItemView update(Actor actor, UpdateWorkItemCommand command) {
        Access.require(actor, Permission.WORK_WRITE);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor);
            WorkItem item = load(actor, command.id());
            Versions.requireExpected("Work item " + command.id(), command.expectedVersion(), item.version());
            ActionDecisions decisions = decide(actor, item, ctx);
            WorkItemView before = WorkItemView.of(item, item.version(), List.of());
            WorkItemPatch p = command.patch();
            WorkItemDetails merged = merge(item.details(), p);
            if (!merged.equals(item.details())) {
                decisions.require(WorkItemActions.UPDATE);
                if (!Objects.equals(merged.contactId(), item.details().contactId()) && merged.contactId() != null) {
                    documents.requireContact(actor, merged.contactId(), "contact_id");
                }
                item.update(merged, clock.now());
            }
            if (p.assignedTo() != null && !p.assignedTo().equals(item.assignedTo())) {
                decisions.require(WorkItemActions.ASSIGN);
                requireAssignable(actor, p.assignedTo().orElse(null));
                item.assign(p.assignedTo().orElse(null), clock.now());
            }
            if (p.status() != null && p.status() != item.status()) {
                decisions.require(WorkItemActions.statusAction(p.status()));
                item.changeStatus(p.status(), clock.now());
            }
            var events = item.pullEvents();
            if (events.isEmpty()) {
                return view(actor, item, item.version(), ctx);
            }
            Checks.profileFieldsRefusal(ctx.profile(), ProfileEntity.WORK_ITEM,
                    ProfilePayloads.workItem(item.details(), item.status(), item.assignedTo().orElse(null)),
                    ProfileOperation.UPDATE, "Work item '" + item.details().title() + "'").ifPresent(Refusal::raise);
            long version = items.save(item);
            auditor.record(actor, ENTITY, item.id().value(), before, WorkItemView.of(item, version, List.of()), events);
            return view(actor, item, version, ctx);
        });
    }

    @Override
    public WorkItemView get(Actor actor, WorkItemId id) {
        Access.require(actor, Permission.WORK_READ);
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor);
            WorkItem item = load(actor, id);
            return view(actor, item, item.version(), ctx);
        });
    }

    @Override
    public Page<WorkItemView> list(Actor actor, ListQuery query) {
        Access.require(actor, Permission.WORK_READ);
        UserId assignee = actor.role().scopedToAssigned() ? actor.userId() : query.assignedTo();
        WorkItemRepository.Filter filter = new WorkItemRepository.Filter(query.status(), query.type(), assignee,
                query.contactId(), query.q());
        return tx.inTenant(actor.tenantId(), () -> {
            TenantContext ctx = documents.context(actor);
            return Cursors.page(query.page(), (after, limit) -> items.list(actor.tenantId(), filter, after, limit),
                    w -> w.id().value(), w -> view(actor, w, w.version(), ctx));
        });
    }

    /** The item if the actor may see it (an AGENT only its assigned items); else {@code NOT_FOUND}. */
    WorkItem load(Actor actor, WorkItemId id) {
        return items.findById(actor.tenantId(), id)
                .filter(w -> !actor.role().scopedToAssigned() || w.assignedTo().equals(Optional.of(actor.userId())))
                .orElseThrow(() -> DomainException.notFound("Work item", id));
    }

    /** {@code VALIDATION_ERROR} on {@code assigned_to} unless {@code assignee} (nullable) is an active member of the tenant. */
    private void requireAssignable(Actor actor, UserId assignee) {
        if (assignee != null && users.findMember(actor.tenantId(), assignee).filter(TenantMember::isActive).isEmpty()) {
            throw DomainException.invalid("assigned_to", "User " + assignee + " is not an active member of this business");
        }
    }

    /** The actions {@code actor} may take on {@code item} now (spec 12.7), as enforced by the use cases. */
    ActionDecisions decide(Actor actor, WorkItem item, TenantContext ctx) {
        return WorkItemActions.decide(actor, item, ctx.profile(), documents.findContact(actor, item.details().contactId()));
    }

    private WorkItemView view(Actor actor, WorkItem item, long version, TenantContext ctx) {
        return WorkItemView.of(item, version, decide(actor, item, ctx).allowed());
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
