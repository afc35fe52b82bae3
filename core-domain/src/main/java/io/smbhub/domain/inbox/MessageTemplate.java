package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.AggregateRoot;
import io.smbhub.domain.shared.DomainEvent;
import io.smbhub.domain.shared.TemplateId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.Validation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A tenant's message or document template (spec smb-hub-prd.md 2.1 Template; issue 5): {@code type},
 * {@code purpose} (which email it writes — e.g. {@code invoice_sent}, {@code ar_reminder_1} — or null for a canned
 * text a member inserts by hand), {@code name} (≤ 120 chars), {@code subject} (≤ 300 chars; required for a template
 * with a purpose), {@code content} (the body, required, ≤ 20,000 chars), {@code isDefault}: the one used for its
 * purpose (at most one default per purpose and tenant; without one the built-in default of the tenant's profile
 * applies), {@code profileScopes}: profile ids it applies to (empty = every profile). Variables
 * ({@link TemplateVariables}) are checked on every change.
 */
public final class MessageTemplate extends AggregateRoot<MessageTemplate.TemplateChanged> {

    /** The one audit event of a template: {@code template.created} or {@code template.updated}. */
    public record TemplateChanged(TemplateId templateId, boolean created, Instant occurredAt) implements DomainEvent {
        public String action() { return created ? "template.created" : "template.updated"; }
    }

    /** The editable content; see the class comment for limits. */
    public record Content(TemplateType type, MessagePurpose purpose, String name, String subject, String body,
                          boolean isDefault, List<String> profileScopes) {
        public Content {
            name = Text.clean(name);
            subject = Text.clean(subject);
            body = body == null || body.isBlank() ? null : body.strip();
            profileScopes = profileScopes == null ? List.of()
                    : profileScopes.stream().map(Text::clean).filter(Objects::nonNull).distinct().toList();
            Validation v = new Validation()
                    .check(type == null, "type", "Template type is required (INVOICE, QUOTE, MESSAGE, CHECKLIST, OTHER)")
                    .check(name == null, "name", "Name is required")
                    .check(name != null && name.length() > 120, "name", "Name is longer than 120 characters")
                    .check(body == null, "content", "Content is required")
                    .check(body != null && body.length() > 20_000, "content", "Content is longer than 20000 characters")
                    .check(subject != null && subject.length() > 300, "subject", "Subject is longer than 300 characters")
                    .check(purpose != null && subject == null, "subject", "An email template needs a subject")
                    .check(isDefault && purpose == null, "is_default", "Only a template with a purpose can be the default")
                    .check(profileScopes.size() > 20, "profile_scopes", "At most 20 profile scopes");
            TemplateText.check(subject, TemplateVariables.of(purpose), "subject", v);
            TemplateText.check(body, TemplateVariables.of(purpose), "content", v);
            v.throwIfAny("Template is invalid");
        }
    }

    private final TemplateId id;
    private final TenantId tenantId;
    private Content content;
    private final Instant createdAt;
    private Instant updatedAt;

    private MessageTemplate(TemplateId id, TenantId tenantId, Content content, Instant createdAt, Instant updatedAt,
                            long version) {
        super(version);
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.content = Objects.requireNonNull(content);
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new template. Records {@code template.created}. */
    public static MessageTemplate create(TemplateId id, TenantId tenantId, Content content, Instant at) {
        MessageTemplate t = new MessageTemplate(id, tenantId, content, at, at, 0);
        t.record(new TemplateChanged(id, true, at));
        return t;
    }

    /** Reloads a stored template at {@code version}. */
    public static MessageTemplate rehydrate(TemplateId id, TenantId tenantId, Content content, Instant createdAt,
                                            Instant updatedAt, long version) {
        return new MessageTemplate(id, tenantId, content, createdAt, updatedAt, version);
    }

    /** Replaces the content. Records {@code template.updated}. */
    public void revise(Content newContent, Instant at) {
        this.content = Objects.requireNonNull(newContent);
        this.updatedAt = at;
        record(new TemplateChanged(id, false, at));
    }

    /** Stops being the default of its purpose (another template became the default). Records {@code template.updated}. */
    public void clearDefault(Instant at) {
        if (content.isDefault()) {
            revise(new Content(content.type(), content.purpose(), content.name(), content.subject(), content.body(), false,
                    content.profileScopes()), at);
        }
    }

    /** Whether it applies to a tenant on profile {@code profileId}. */
    public boolean appliesTo(String profileId) {
        return content.profileScopes().isEmpty() || content.profileScopes().contains(profileId);
    }

    public TemplateId id() { return id; }
    public TenantId tenantId() { return tenantId; }
    public Content content() { return content; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
