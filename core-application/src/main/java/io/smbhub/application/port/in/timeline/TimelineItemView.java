package io.smbhub.application.port.in.timeline;

import io.smbhub.domain.shared.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of a contact's timeline (spec smb-hub-prd.md 12.3.2): {@code type} ({@code work_item}, {@code quote},
 * {@code invoice}, {@code payment}, {@code audit}), the id of that object (of the audit entry for {@code audit}),
 * a title ({@code Invoice #INV-000042}, the work item's title, the audit action), when (UTC: creation of the
 * object, time of the audit entry), the object's status and amount (quote or invoice total, payment amount)
 * where it has them, else {@code null}.
 */
public record TimelineItemView(String type, UUID id, String title, Instant at, String status, Money amount) {
}
