package io.smbhub.application.port.in.template;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.inbox.TemplateType;
import io.smbhub.domain.shared.TemplateId;

import java.util.List;

/**
 * Message templates (spec smb-hub-prd.md 2.3 {@code /v1/templates}, 2.1 Template; issue 5). Reading needs
 * {@code INBOX_READ} or {@code DOCUMENTS_READ}; creating and editing {@code MANAGE_SETTINGS}. Changes are audited.
 * Errors: {@code FORBIDDEN}, {@code NOT_FOUND}, {@code VALIDATION_ERROR} (unknown purpose or variable, missing name,
 * subject or content), {@code CONFLICT} (stale {@code expectedVersion}).
 */
public interface TemplateUseCase {

    /** The tenant's templates plus the built-in default of each purpose for its profile; filters optional. */
    List<TemplateView> list(Actor actor, TemplateType type, String purpose);

    TemplateView get(Actor actor, TemplateId id);

    /** Creates a template; with {@code isDefault} it replaces the previous default of its purpose. */
    TemplateView create(Actor actor, TemplateCommand command);

    /** Changes the given fields (null = unchanged). */
    TemplateView update(Actor actor, TemplateId id, Long expectedVersion, TemplateCommand patch);

    /**
     * Fields of a template: {@code purpose} wire value or null; {@code profileScopes} profile ids (empty = all).
     * In an update every null field keeps its value.
     */
    record TemplateCommand(TemplateType type, String purpose, String name, String subject, String content,
                           Boolean isDefault, List<String> profileScopes) {
    }
}
