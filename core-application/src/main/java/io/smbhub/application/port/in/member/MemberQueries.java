package io.smbhub.application.port.in.member;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.domain.shared.UserId;

/** Reads of the caller's team (OWNER/ADMIN). Errors: {@code FORBIDDEN}, {@code NOT_FOUND}. */
public interface MemberQueries {

    /** Members of every status, by user id descending (newest accounts first), keyset-paginated. */
    Page<MemberView> list(Actor actor, PageRequest page);

    MemberView get(Actor actor, UserId userId);
}
