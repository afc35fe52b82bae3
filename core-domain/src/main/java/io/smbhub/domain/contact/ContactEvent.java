package io.smbhub.domain.contact;

import io.smbhub.domain.shared.ContactId;

import io.smbhub.domain.shared.DomainEvent;

import java.time.Instant;

/** What happened to a contact; {@link #action()} is the audit action name. */
public sealed interface ContactEvent extends DomainEvent {

    ContactId contactId();

    record ContactCreated(ContactId contactId, Instant occurredAt) implements ContactEvent {
        public String action() { return "contact.created"; }
    }

    record ContactUpdated(ContactId contactId, Instant occurredAt) implements ContactEvent {
        public String action() { return "contact.updated"; }
    }

    record ContactDeleted(ContactId contactId, Instant occurredAt) implements ContactEvent {
        public String action() { return "contact.deleted"; }
    }
}
