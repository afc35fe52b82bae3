package io.smbhub.domain.inbox;

/** What a template is for (spec smb-hub-prd.md 2.1 Template): document emails, messages, checklists, other. */
public enum TemplateType { INVOICE, QUOTE, MESSAGE, CHECKLIST, OTHER }
