package io.smbhub.application.port.in.member;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.domain.tenant.InvitationId;
import io.smbhub.domain.tenant.InvitationStatus;

/** Reads of the caller's member invitations (OWNER/ADMIN), never with tokens. Errors: {@code FORBIDDEN}, {@code NOT_FOUND}. */
public interface InvitationQueries {

    /** Invitations, optionally only those in {@code status}, newest first, keyset-paginated. */
    Page<InvitationView> list(Actor actor, InvitationStatus status, PageRequest page);

    InvitationView get(Actor actor, InvitationId id);
}
