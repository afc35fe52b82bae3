package io.smbhub.domain.contact;

/** Whether a contact is in everyday use or archived (still readable, hidden from pickers). */
public enum ContactStatus { ACTIVE, ARCHIVED }
