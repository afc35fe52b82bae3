package io.smbhub.domain.workitem;

/** What a work item can be converted into (spec smb-hub-prd.md 12.3.3 {@code target}). */
public enum ConversionTarget { QUOTE, INVOICE }
