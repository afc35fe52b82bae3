package io.smbhub.domain.workitem;

/**
 * Where a work item came from (spec smb-hub-prd.md 2.1); AUTOMATION: made by the product itself, e.g. the COLLECTION
 * work item after an invoice's final reminder (issue 5).
 */
public enum WorkItemSource { INBOX, PORTAL, MANUAL, POS_SYNC, AI, AUTOMATION }
