package io.smbhub.application.service.audit;

import io.smbhub.application.port.in.audit.AuditEntryView;
import io.smbhub.application.port.out.AuditEntry;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Audit entries as {@link AuditEntryView}s, with the changed fields worked out from the snapshots. */
public final class AuditViews {

    private AuditViews() {
    }

    public static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id(), e.actorUserId() == null ? null : e.actorUserId().value(), e.action(),
                e.entityType(), e.entityId(), e.before(), e.after(), changedFields(e.before(), e.after()),
                e.requestId(), e.at());
    }

    /** Top-level keys whose values differ; a missing snapshot counts as empty, so create and delete list every key. */
    static List<String> changedFields(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> b = before == null ? Map.of() : before;
        Map<String, Object> a = after == null ? Map.of() : after;
        Set<String> keys = new TreeSet<>(b.keySet());
        keys.addAll(a.keySet());
        keys.removeIf(k -> b.containsKey(k) == a.containsKey(k) && Objects.equals(b.get(k), a.get(k)));
        return List.copyOf(keys);
    }
}
