package io.smbhub.application.service.inbox;

import io.smbhub.application.port.out.TemplateRepository;
import io.smbhub.domain.inbox.BuiltInTemplates;
import io.smbhub.domain.inbox.MessagePurpose;
import io.smbhub.domain.inbox.MessageTemplate;
import io.smbhub.domain.tenant.Tenant;

/**
 * Picks the template an email of a purpose is written with (issue 5 "default per profile"): the tenant's default
 * template of that purpose when it applies to the tenant's profile, else the profile's built-in one.
 */
public final class TemplateResolver {

    private final TemplateRepository templates;

    public TemplateResolver(TemplateRepository templates) {
        this.templates = templates;
    }

    /** The content to use for {@code purpose} (not REPLY) for {@code tenant}; read inside its transaction. */
    public MessageTemplate.Content of(Tenant tenant, MessagePurpose purpose) {
        return templates.findDefault(tenant.id(), purpose)
                .filter(t -> t.appliesTo(tenant.profileId()))
                .map(MessageTemplate::content)
                .orElseGet(() -> BuiltInTemplates.of(purpose, tenant.profileId()));
    }
}
