package io.smbhub.application.port.in.contact;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.contact.ContactStatus;
import io.smbhub.domain.contact.ContactType;

/** Reads of contacts (spec smb-hub-prd.md 12.3.2). Errors: {@code FORBIDDEN}, {@code NOT_FOUND}. */
public interface ContactQueries {

    /** Filters for {@link #list}; all optional; {@code q} searches name, company, email and phone. */
    record ListQuery(ContactType type, ContactStatus status, String q, PageRequest page) {
    }

    ContactView get(Actor actor, ContactId id);

    Page<ContactView> list(Actor actor, ListQuery query);
}
