package io.smbhub.application.memory;

import io.smbhub.application.port.out.TemplateRepository;
import io.smbhub.domain.inbox.MessagePurpose;
import io.smbhub.domain.inbox.MessageTemplate;
import io.smbhub.domain.inbox.TemplateType;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TemplateId;
import io.smbhub.domain.shared.TenantId;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link TemplateRepository} in memory, for tests and embedders; at most one default per purpose and tenant. */
public final class InMemoryTemplateRepository implements TemplateRepository {

    /** By name (case-insensitive, then exact), then id — the order the PostgreSQL adapter uses. */
    static final Comparator<MessageTemplate> BY_NAME = Comparator
            .comparing((MessageTemplate t) -> t.content().name().toLowerCase(Locale.ROOT))
            .thenComparing(t -> t.content().name())
            .thenComparing(t -> t.id().value(), InMemoryTable.UNSIGNED);

    private final InMemoryTable<MessageTemplate> table;

    public InMemoryTemplateRepository(InMemoryTransactionRunner tx) {
        table = new InMemoryTable<>(tx, "Template", (t, v) -> MessageTemplate.rehydrate(t.id(), t.tenantId(), t.content(),
                t.createdAt(), t.updatedAt(), v));
    }

    @Override
    public Optional<MessageTemplate> findById(TenantId tenant, TemplateId id) {
        return table.find(tenant.value(), id.value());
    }

    @Override
    public long save(MessageTemplate template) {
        MessageTemplate.Content c = template.content();
        if (c.isDefault() && c.purpose() != null) {
            boolean another = table.all(template.tenantId().value()).stream().anyMatch(t -> !t.id().equals(template.id())
                    && t.content().isDefault() && t.content().purpose() == c.purpose());
            if (another) {
                throw new DomainException(ErrorCode.CONFLICT, "Template '" + c.name() + "' cannot be the default for "
                        + c.purpose().wire() + ": another template already is; clear that default first");
            }
        }
        return table.save(template.tenantId().value(), template.id().value(), template, template.version(),
                MessageTemplate::version);
    }

    @Override
    public List<MessageTemplate> list(TenantId tenant, TemplateType type, MessagePurpose purpose) {
        return table.all(tenant.value()).stream()
                .filter(t -> type == null || t.content().type() == type)
                .filter(t -> purpose == null || t.content().purpose() == purpose)
                .sorted(BY_NAME).toList();
    }

    @Override
    public Optional<MessageTemplate> findDefault(TenantId tenant, MessagePurpose purpose) {
        return table.all(tenant.value()).stream()
                .filter(t -> t.content().isDefault() && t.content().purpose() == purpose)
                .findFirst();
    }
}
