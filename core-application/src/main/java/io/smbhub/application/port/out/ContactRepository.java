package io.smbhub.application.port.out;

import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.contact.ContactStatus;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.shared.TenantId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Contacts of a tenant. Every method is scoped to the given tenant: another tenant's id is simply not
 * found. Soft-deleted contacts are never returned.
 */
public interface ContactRepository {

    /** List filter; every part optional. {@code q} matches name, company, email or phone (case-insensitive substring). */
    record Filter(ContactType type, ContactStatus status, String q) {
    }

    Optional<Contact> findById(TenantId tenant, ContactId id);

    /**
     * Inserts (version 0) or updates (version ≥ 1, only if the stored version still equals it) and returns
     * the stored version. Errors: {@code CONFLICT} when the stored version moved on.
     */
    long save(Contact contact);

    /** Newest first, ids strictly below {@code afterId} when given, at most {@code limit}. */
    List<Contact> list(TenantId tenant, Filter filter, UUID afterId, int limit);

    /** An active contact with this email (stored lower-case). */
    Optional<Contact> findByEmail(TenantId tenant, String email);

    /** An active contact with this display name (case-insensitive) and phone ({@code null} matches no phone). */
    Optional<Contact> findByNameAndPhone(TenantId tenant, String displayName, String phone);
}
