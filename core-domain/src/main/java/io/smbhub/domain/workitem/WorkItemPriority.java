package io.smbhub.domain.workitem;

/** Urgency of a work item. */
public enum WorkItemPriority { LOW, NORMAL, HIGH, URGENT }
