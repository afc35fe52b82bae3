package io.smbhub.domain.inbox;

/** Whether a message came from the outside party or was sent by the business (spec smb-hub-prd.md 2.1 Message). */
public enum MessageDirection { INBOUND, OUTBOUND }
