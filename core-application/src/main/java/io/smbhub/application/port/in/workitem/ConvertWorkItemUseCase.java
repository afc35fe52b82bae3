package io.smbhub.application.port.in.workitem;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.ConversionResult;
import io.smbhub.domain.workitem.ConversionTarget;
import io.smbhub.domain.shared.WorkItemId;

/**
 * Turn a work item into a DRAFT quote or invoice for its contact (spec smb-hub-prd.md Story 2.3, 12.3.3);
 * converting again returns the document made the first time ({@code created = false}). Errors:
 * {@code FORBIDDEN}, {@code NOT_FOUND}, {@code VALIDATION_ERROR} (no contact), {@code INVALID_TRANSITION}
 * (canceled item).
 */
public interface ConvertWorkItemUseCase {
    ConversionResult convert(Actor actor, WorkItemId id, ConversionTarget target);
}
