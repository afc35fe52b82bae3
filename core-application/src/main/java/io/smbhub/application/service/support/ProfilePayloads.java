package io.smbhub.application.service.support;

import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.invoice.InvoiceDetails;
import io.smbhub.domain.quote.QuoteDetails;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.workitem.WorkItemStatus;
import io.smbhub.domain.shared.UserId;

import java.util.HashMap;
import java.util.Map;

/**
 * The field maps the profile validator reads (spec smb-hub-prd.md 9.4.2 {@code payload}), keyed by API field
 * names; absent values are {@code null}.
 */
public final class ProfilePayloads {

    private ProfilePayloads() {
    }

    public static Map<String, Object> workItem(WorkItemDetails d, WorkItemStatus status, UserId assignee) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", d.type() == null ? null : d.type().name());
        m.put("title", d.title());
        m.put("description", d.description());
        m.put("status", status == null ? null : status.name());
        m.put("priority", d.priority() == null ? null : d.priority().name());
        m.put("contact_id", d.contactId() == null ? null : d.contactId().value().toString());
        m.put("due_at", d.dueAt() == null ? null : d.dueAt().toString());
        m.put("assigned_to", assignee == null ? null : assignee.value().toString());
        m.put("labels", d.labels());
        return m;
    }

    public static Map<String, Object> invoice(InvoiceDetails d) {
        Map<String, Object> m = new HashMap<>();
        m.put("contact_id", d.contactId() == null ? null : d.contactId().value().toString());
        m.put("currency", d.currency());
        m.put("issue_date", d.issueDate() == null ? null : d.issueDate().toString());
        m.put("due_date", d.dueDate() == null ? null : d.dueDate().toString());
        m.put("line_items", d.lineItems());
        m.put("notes", d.notes());
        m.put("terms", d.terms());
        return m;
    }

    public static Map<String, Object> quote(QuoteDetails d) {
        Map<String, Object> m = new HashMap<>();
        m.put("contact_id", d.contactId() == null ? null : d.contactId().value().toString());
        m.put("currency", d.currency());
        m.put("issue_date", d.issueDate() == null ? null : d.issueDate().toString());
        m.put("expiry_date", d.expiryDate() == null ? null : d.expiryDate().toString());
        m.put("line_items", d.lineItems());
        m.put("notes", d.notes());
        m.put("terms", d.terms());
        return m;
    }

    public static Map<String, Object> contact(ContactDetails d) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", d.type() == null ? null : d.type().name());
        m.put("display_name", d.displayName());
        m.put("company_name", d.companyName());
        m.put("email", d.email());
        m.put("phone", d.phone());
        m.put("address", d.address());
        m.put("notes", d.notes());
        return m;
    }
}
