package io.smbhub.application.port.out;

import io.smbhub.domain.inbox.MessagePurpose;
import io.smbhub.domain.inbox.MessageTemplate;
import io.smbhub.domain.inbox.TemplateType;
import io.smbhub.domain.shared.TemplateId;
import io.smbhub.domain.shared.TenantId;

import java.util.List;
import java.util.Optional;

/** A tenant's message and document templates (spec smb-hub-prd.md 2.1 Template). Tenant-scoped. */
public interface TemplateRepository {

    Optional<MessageTemplate> findById(TenantId tenant, TemplateId id);

    /**
     * Inserts (version 0) or updates (only if the stored version still equals it) and returns the stored version.
     * Errors: {@code CONFLICT} when the stored version moved on, or when a second default for the same purpose would
     * be stored (the caller clears the old default first in the same transaction).
     */
    long save(MessageTemplate template);

    /** Templates by name then id; {@code type}/{@code purpose} filter when given. */
    List<MessageTemplate> list(TenantId tenant, TemplateType type, MessagePurpose purpose);

    /** The tenant's default template of {@code purpose}, if it has one. */
    Optional<MessageTemplate> findDefault(TenantId tenant, MessagePurpose purpose);
}
