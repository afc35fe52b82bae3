package io.smbhub.domain.tenant;

/** Capabilities of the role matrix (spec smb-hub-prd.md 2.2, "Core permissions"). */
public enum Permission {
    MANAGE_TEAM,
    MANAGE_SETTINGS,
    CONTACTS_READ,
    CONTACTS_WRITE,
    WORK_READ,
    WORK_WRITE,
    DOCUMENTS_READ,
    /** Create and edit quote and invoice drafts. */
    DOCUMENTS_DRAFT,
    /** Send, void, approve, reject quotes and invoices. */
    DOCUMENTS_SEND,
    PAYMENTS_READ,
    /** Record payments and refunds. */
    PAYMENTS_RECORD,
    /** See inbox conversations and messages (spec 2.2 "Inbox view/respond"; AGENT: assigned conversations only). */
    INBOX_READ,
    /** Reply, assign, close/reopen, convert conversations into work. */
    INBOX_RESPOND,
    EXPORT,
    AUDIT_READ,
    /** See expenses (spec 2.2 "Expense capture"; VIEWER read-only; AGENT: the expenses it captured). */
    EXPENSES_READ,
    /** Capture, edit and submit expenses (AGENT: its own only). */
    EXPENSES_WRITE,
    /** Approve or reject submitted expenses: OWNER and ADMIN review what staff submit (spec Epic 6). */
    EXPENSES_APPROVE
}
