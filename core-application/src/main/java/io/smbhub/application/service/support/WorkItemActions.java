package io.smbhub.application.service.support;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.profile.ConversionRule;
import io.smbhub.domain.profile.EffectiveProfile;
import io.smbhub.domain.profile.ProfileEntity;
import io.smbhub.domain.profile.ProfileOperation;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.workitem.WorkItem;
import io.smbhub.domain.workitem.WorkItemStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static io.smbhub.application.service.support.Checks.capability;
import static io.smbhub.application.service.support.Checks.conversion;
import static io.smbhub.application.service.support.Checks.permission;
import static io.smbhub.application.service.support.Checks.profileFields;
import static io.smbhub.domain.profile.Capability.INVOICES;
import static io.smbhub.domain.profile.Capability.QUOTES;
import static io.smbhub.domain.tenant.Permission.DOCUMENTS_DRAFT;
import static io.smbhub.domain.tenant.Permission.WORK_WRITE;

/**
 * The work item actions and what allows each (spec smb-hub-prd.md 12.7, 12.3.3, 2.2, 9.4): editing, assigning,
 * one action per status move (only to statuses the profile uses; {@code complete} also needs the fields the
 * profile requires to close), and conversions (profile capability and conversion rule, a live contact).
 */
public final class WorkItemActions {

    public static final String UPDATE = "update";
    public static final String ASSIGN = "assign";
    public static final String CONVERT_TO_QUOTE = "convert_to_quote";
    public static final String CONVERT_TO_INVOICE = "convert_to_invoice";

    /** The status each status action moves to. */
    public static final Map<String, WorkItemStatus> STATUS_ACTIONS = statusActions();

    /** Every work item action, in the order {@code allowed_actions} lists them. */
    public static final List<String> ALL = all();

    private WorkItemActions() {
    }

    /** The status action that moves an item to {@code status}. */
    public static String statusAction(WorkItemStatus status) {
        return STATUS_ACTIONS.entrySet().stream().filter(e -> e.getValue() == status).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    /** The decisions for {@code actor} on {@code item}; {@code contact} is the item's live contact, if any. */
    public static ActionDecisions decide(Actor actor, WorkItem item, EffectiveProfile profile, Optional<Contact> contact) {
        Map<String, Object> payload = ProfilePayloads.workItem(item.details(), item.status(), item.assignedTo().orElse(null));
        String subject = "Work item '" + item.details().title() + "'";
        ActionDecisions.Builder b = ActionDecisions.builder()
                .action(UPDATE, permission(actor, WORK_WRITE), item::refusalToUpdate)
                .action(ASSIGN, permission(actor, WORK_WRITE), () -> assignRefusal(actor));
        STATUS_ACTIONS.forEach((action, target) -> {
            Supplier<Optional<Refusal>> closing = target == WorkItemStatus.DONE
                    ? profileFields(profile, ProfileEntity.WORK_ITEM, payload, ProfileOperation.CLOSE, subject)
                    : Optional::empty;
            b.action(action, permission(actor, WORK_WRITE), () -> statusRefusal(item, target, profile),
                    () -> item.refusalToMove(target), closing);
        });
        return b
                .action(CONVERT_TO_QUOTE, permission(actor, DOCUMENTS_DRAFT), capability(profile, QUOTES),
                        conversion(profile, ConversionRule.WORK_ITEM_TO_QUOTE), item::refusalToConvert,
                        () -> Documents.liveContactRefusal(item.details().contactId(), contact),
                        profileFields(profile, ProfileEntity.WORK_ITEM, payload, ProfileOperation.CONVERT, subject))
                .action(CONVERT_TO_INVOICE, permission(actor, DOCUMENTS_DRAFT), capability(profile, INVOICES),
                        conversion(profile, ConversionRule.WORK_ITEM_TO_INVOICE), item::refusalToConvert,
                        () -> Documents.liveContactRefusal(item.details().contactId(), contact),
                        profileFields(profile, ProfileEntity.WORK_ITEM, payload, ProfileOperation.CONVERT, subject))
                .build();
    }

    /** An AGENT works only on its own items and cannot hand them to someone else. */
    private static Optional<Refusal> assignRefusal(Actor actor) {
        if (!actor.role().scopedToAssigned()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(ErrorCode.FORBIDDEN, "Role " + actor.role() + " may not reassign work items"));
    }

    /** A move to a status the profile does not use, or to the status the item already has. */
    private static Optional<Refusal> statusRefusal(WorkItem item, WorkItemStatus target, EffectiveProfile profile) {
        if (!profile.workItemStatuses().contains(target)) {
            String message = "Status " + target + " is not used by the " + profile.profileId() + " profile; use one of "
                    + profile.workItemStatuses();
            return Optional.of(new Refusal(ErrorCode.VALIDATION_ERROR, message, List.of(new FieldError("status", message))));
        }
        if (item.status() == target) {
            return Optional.of(new Refusal(ErrorCode.INVALID_TRANSITION,
                    "Work item '" + item.details().title() + "' is already " + target));
        }
        return Optional.empty();
    }

    private static Map<String, WorkItemStatus> statusActions() {
        Map<String, WorkItemStatus> m = new LinkedHashMap<>();
        m.put("start", WorkItemStatus.IN_PROGRESS);
        m.put("request_approval", WorkItemStatus.NEEDS_APPROVAL);
        m.put("wait", WorkItemStatus.WAITING);
        m.put("complete", WorkItemStatus.DONE);
        m.put("cancel", WorkItemStatus.CANCELED);
        return Collections.unmodifiableMap(m);
    }

    private static List<String> all() {
        List<String> all = new ArrayList<>(List.of(UPDATE, ASSIGN));
        all.addAll(STATUS_ACTIONS.keySet());
        all.addAll(List.of(CONVERT_TO_QUOTE, CONVERT_TO_INVOICE));
        return List.copyOf(all);
    }
}
