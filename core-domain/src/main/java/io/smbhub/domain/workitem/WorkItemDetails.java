package io.smbhub.domain.workitem;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.Validation;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The editable fields of a work item (spec smb-hub-prd.md 2.1, 12.3.3): {@code type} (null only until the
 * profile's default type is applied, spec 9.5.1), {@code title} required
 * (≤ 300 chars), optional description, priority (default NORMAL), contact, due time (UTC), and
 * {@code labels}: profile-specific fields as text, keys {@code [a-z][a-z0-9_]{0,62}}, values ≤ 2000
 * chars, at most 50. Errors: {@code VALIDATION_ERROR} with field details.
 */
public record WorkItemDetails(WorkItemType type, String title, String description, WorkItemPriority priority,
                              ContactId contactId, Instant dueAt, Map<String, String> labels) {
    public WorkItemDetails {
        priority = priority == null ? WorkItemPriority.NORMAL : priority;
        title = Text.clean(title);
        description = Text.clean(description);
        Map<String, String> clean = new TreeMap<>();
        Validation v = new Validation()
                .check(title == null, "title", "Title is required")
                .check(title != null && title.length() > 300, "title", "Title is longer than 300 characters")
                .check(description != null && description.length() > 20_000, "description", "Description is longer than 20000 characters");
        if (labels != null) {
            v.check(labels.size() > 50, "labels", "At most 50 labels");
            labels.forEach((key, value) -> {
                if (key == null || !key.matches("[a-z][a-z0-9_]{0,62}")) {
                    v.add("labels." + key, "Label keys are lower-case letters, digits and underscores");
                } else if (value != null && value.length() > 2000) {
                    v.add("labels." + key, "Label value is longer than 2000 characters");
                } else if (Text.clean(value) != null) {
                    clean.put(key, value.strip());
                }
            });
        }
        v.throwIfAny("Work item is invalid");
        labels = Collections.unmodifiableMap(clean);
    }

    /** These details with {@code newType}. */
    public WorkItemDetails withType(WorkItemType newType) {
        return new WorkItemDetails(newType, title, description, priority, contactId, dueAt, labels);
    }
}
