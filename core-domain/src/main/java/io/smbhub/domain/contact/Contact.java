package io.smbhub.domain.contact;

import io.smbhub.domain.shared.ContactId;

import io.smbhub.domain.shared.AggregateRoot;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer, vendor, lead or other party (spec smb-hub-prd.md 2.1 "Contact", Epic 1). Deleting is
 * soft: {@code deletedAt} is set and the contact disappears from reads, while documents that reference
 * it keep their link.
 */
public final class Contact extends AggregateRoot<ContactEvent> {

    private final ContactId id;
    private final TenantId tenantId;
    private ContactDetails details;
    private final UserId createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;

    private Contact(ContactId id, TenantId tenantId, ContactDetails details, UserId createdBy,
                    Instant createdAt, Instant updatedAt, Instant deletedAt, long version) {
        super(version);
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.details = Objects.requireNonNull(details);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.deletedAt = deletedAt;
    }

    /** A new contact; records {@code contact.created}. */
    public static Contact create(ContactId id, TenantId tenantId, ContactDetails details, UserId createdBy, Instant at) {
        Contact contact = new Contact(id, tenantId, details, createdBy, at, at, null, 0);
        contact.record(new ContactEvent.ContactCreated(id, at));
        return contact;
    }

    /** Reloads a stored contact at {@code version}. */
    public static Contact rehydrate(ContactId id, TenantId tenantId, ContactDetails details, UserId createdBy,
                                    Instant createdAt, Instant updatedAt, Instant deletedAt, long version) {
        return new Contact(id, tenantId, details, createdBy, createdAt, updatedAt, deletedAt, version);
    }

    /** Replaces the editable fields. Errors: {@code NOT_FOUND} if deleted. */
    public void update(ContactDetails newDetails, Instant at) {
        requireNotDeleted();
        this.details = Objects.requireNonNull(newDetails);
        this.updatedAt = at;
        record(new ContactEvent.ContactUpdated(id, at));
    }

    /** Soft-deletes. Errors: {@code NOT_FOUND} if already deleted. */
    public void delete(Instant at) {
        requireNotDeleted();
        this.deletedAt = at;
        this.updatedAt = at;
        record(new ContactEvent.ContactDeleted(id, at));
    }

    private void requireNotDeleted() {
        if (deletedAt != null) {
            throw DomainException.notFound("Contact", id);
        }
    }

    public boolean isDeleted() { return deletedAt != null; }
    public ContactId id() { return id; }
    public TenantId tenantId() { return tenantId; }
    public ContactDetails details() { return details; }
    public UserId createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant deletedAt() { return deletedAt; }
}
