package io.smbhub.domain.inbox;

/** The channel a conversation runs on (spec smb-hub-prd.md 2.1 Conversation). Email is the one wired today. */
public enum Channel { EMAIL, SMS, WHATSAPP, WEB_PORTAL }
