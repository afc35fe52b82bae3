package io.smbhub.domain.workitem;

/** Kind of work item; profiles relabel them (spec smb-hub-prd.md 2.1 "WorkItem"). */
public enum WorkItemType { REQUEST, ORDER, JOB, SUPPORT, ADMIN, COLLECTION, BOOKKEEPING }
