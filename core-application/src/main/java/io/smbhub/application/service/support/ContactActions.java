package io.smbhub.application.service.support;

import io.smbhub.application.port.in.Actor;

import java.util.List;

import static io.smbhub.application.service.support.Checks.permission;
import static io.smbhub.domain.tenant.Permission.CONTACTS_WRITE;

/** The contact actions and what allows each (spec smb-hub-prd.md 12.7, 2.2 "Contacts CRUD"). */
public final class ContactActions {

    public static final String UPDATE = "update";
    public static final String DELETE = "delete";
    /** Every contact action, in the order {@code allowed_actions} lists them. */
    public static final List<String> ALL = List.of(UPDATE, DELETE);

    private ContactActions() {
    }

    public static ActionDecisions decide(Actor actor) {
        return ActionDecisions.builder()
                .action(UPDATE, permission(actor, CONTACTS_WRITE))
                .action(DELETE, permission(actor, CONTACTS_WRITE))
                .build();
    }
}
