package io.smbhub.application.memory;

import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.TenantId;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** {@link ContactRepository} in memory, for tests and embedders. */
public final class InMemoryContactRepository implements ContactRepository {

    private final InMemoryTable<Contact> table;

    public InMemoryContactRepository(InMemoryTransactionRunner tx) {
        table = new InMemoryTable<>(tx, "Contact", (c, v) -> Contact.rehydrate(c.id(), c.tenantId(), c.details(),
                c.createdBy(), c.createdAt(), c.updatedAt(), c.deletedAt(), v));
    }

    @Override
    public Optional<Contact> findById(TenantId tenant, ContactId id) {
        return table.find(tenant.value(), id.value()).filter(c -> !c.isDeleted());
    }

    @Override
    public long save(Contact contact) {
        return table.save(contact.tenantId().value(), contact.id().value(), contact, contact.version(), Contact::version);
    }

    @Override
    public List<Contact> list(TenantId tenant, Filter f, UUID afterId, int limit) {
        String q = f.q() == null || f.q().isBlank() ? null : f.q().strip().toLowerCase(Locale.ROOT);
        return table.list(tenant.value(), c -> !c.isDeleted()
                && (f.type() == null || c.details().type() == f.type())
                && (f.status() == null || c.details().status() == f.status())
                && (q == null || Stream.of(c.details().displayName(), c.details().companyName(), c.details().email(), c.details().phone())
                .filter(Objects::nonNull).anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(q))),
                c -> c.id().value(), afterId, limit);
    }

    @Override
    public Optional<Contact> findByEmail(TenantId tenant, String email) {
        return table.all(tenant.value()).stream().filter(c -> !c.isDeleted() && email.equals(c.details().email()))
                .min(InMemoryTable.byId(c -> c.id().value()));
    }

    @Override
    public Optional<Contact> findByNameAndPhone(TenantId tenant, String displayName, String phone) {
        return table.all(tenant.value()).stream().filter(c -> !c.isDeleted()
                && c.details().displayName().equalsIgnoreCase(displayName)
                && Objects.equals(c.details().phone(), phone)).min(InMemoryTable.byId(c -> c.id().value()));
    }
}
