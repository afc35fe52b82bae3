package io.smbhub.domain.tenant;

import java.util.EnumSet;
import java.util.Set;

import static io.smbhub.domain.tenant.Permission.*;

/**
 * Member roles and the permission matrix of spec smb-hub-prd.md 2.2. AGENT is additionally
 * {@linkplain #scopedToAssigned() scoped}: it sees work items and inbox conversations assigned to it, quote/invoice drafts
 * only, and the expenses it captured. Expenses: OWNER/ADMIN/STAFF/AGENT capture and submit, VIEWER reads, and only
 * OWNER/ADMIN ({@code EXPENSES_APPROVE}) approve or reject.
 */
public enum Role {
    OWNER(EnumSet.allOf(Permission.class)),
    ADMIN(EnumSet.allOf(Permission.class)),
    STAFF(EnumSet.of(CONTACTS_READ, CONTACTS_WRITE, WORK_READ, WORK_WRITE, DOCUMENTS_READ, DOCUMENTS_DRAFT,
            DOCUMENTS_SEND, PAYMENTS_READ, PAYMENTS_RECORD, INBOX_READ, INBOX_RESPOND, EXPENSES_READ, EXPENSES_WRITE)),
    AGENT(EnumSet.of(CONTACTS_READ, CONTACTS_WRITE, WORK_READ, WORK_WRITE, DOCUMENTS_READ, DOCUMENTS_DRAFT, INBOX_READ,
            INBOX_RESPOND, EXPENSES_READ, EXPENSES_WRITE)),
    VIEWER(EnumSet.of(CONTACTS_READ, WORK_READ, DOCUMENTS_READ, PAYMENTS_READ, INBOX_READ, EXPENSES_READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    /** True for AGENT: reads are limited to assigned work items and to drafts. */
    public boolean scopedToAssigned() {
        return this == AGENT;
    }
}
