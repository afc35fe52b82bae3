package io.smbhub.bootstrap.isolation;

/**
 * What an id in a path, a query filter or a request body names, so that the suite can put tenant B's id of
 * that kind there. {@link #ANY} stands for every id tenant B has (an {@code entity_id} filter).
 */
enum Kind {
    CONTACT,
    WORK_ITEM,
    QUOTE,
    INVOICE,
    PAYMENT,
    /** A user (member) of the tenant. */
    USER,
    /** A member invitation. */
    INVITATION,
    /** An audit entry. */
    AUDIT_ENTRY,
    /** An inbox conversation. */
    CONVERSATION,
    /** A message of a conversation. */
    MESSAGE,
    /** A stored file (an email attachment). */
    FILE,
    /** A tenant message template. */
    TEMPLATE,
    /** A background job. */
    JOB,
    /** An expense. */
    EXPENSE,
    /** An AI draft of the QC queue. */
    AI_DRAFT,
    /** Any of the tenant's ids. */
    ANY
}
