package io.smbhub.domain.workitem;

/** Where a work item came from (spec smb-hub-prd.md 2.1). */
public enum WorkItemSource { INBOX, PORTAL, MANUAL, POS_SYNC, AI }
