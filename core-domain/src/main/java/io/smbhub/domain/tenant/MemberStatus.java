package io.smbhub.domain.tenant;

/** Status of a tenant membership (spec smb-hub-prd.md 2.1 "TenantMember"). */
public enum MemberStatus { ACTIVE, INVITED, DISABLED }
