package io.smbhub.domain.contact;

/** Kind of contact (spec smb-hub-prd.md 2.1 "Contact"). */
public enum ContactType { CUSTOMER, VENDOR, LEAD, OTHER }
