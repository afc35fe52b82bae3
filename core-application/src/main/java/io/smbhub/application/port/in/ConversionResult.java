package io.smbhub.application.port.in;

import io.smbhub.domain.workitem.ConversionTarget;

import java.util.UUID;

/**
 * Outcome of a conversion (spec smb-hub-prd.md 12.3.3): the quote or invoice id, and {@code created}
 * false when an earlier conversion's document was returned instead of making a duplicate.
 */
public record ConversionResult(ConversionTarget target, UUID documentId, boolean created) {
}
