package io.smbhub.adapter.postgres;

import io.smbhub.adapter.postgres.Tables.Contacts;
import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.domain.contact.Address;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.contact.ContactStatus;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@link ContactRepository} on PostgreSQL ({@code contacts}); soft-deleted rows are never read. */
public final class JooqContactRepository implements ContactRepository {

    private final JdbcTransactionRunner tx;

    public JooqContactRepository(JdbcTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<Contact> findById(TenantId tenant, ContactId id) {
        return tx.dsl().select(Contacts.ALL).from(Contacts.TABLE)
                .where(Contacts.TENANT_ID.eq(tenant.value()), Contacts.ID.eq(id.value()), Contacts.DELETED_AT.isNull())
                .fetchOptional().map(JooqContactRepository::toContact);
    }

    @Override
    public long save(Contact contact) {
        return SqlSupport.saveVersioned(tx.dsl(), Contacts.TABLE, Contacts.TENANT_ID, Contacts.ID, Contacts.VERSION,
                contact.tenantId().value(), contact.id().value(), contact.version(), values(contact),
                "Contact '" + contact.details().displayName() + "'", () -> "Contact " + contact.id() + " already exists");
    }

    @Override
    public List<Contact> list(TenantId tenant, Filter filter, UUID afterId, int limit) {
        Condition where = Contacts.TENANT_ID.eq(tenant.value()).and(Contacts.DELETED_AT.isNull())
                .and(SqlSupport.before(Contacts.ID, afterId));
        if (filter.type() != null) {
            where = where.and(Contacts.TYPE.eq(filter.type().name()));
        }
        if (filter.status() != null) {
            where = where.and(Contacts.STATUS.eq(filter.status().name()));
        }
        String q = SqlSupport.searchText(filter.q());
        if (q != null) {
            where = where.and(DSL.or(
                    SqlSupport.containsIgnoreCase(Contacts.DISPLAY_NAME, q),
                    SqlSupport.containsIgnoreCase(Contacts.COMPANY_NAME, q),
                    SqlSupport.containsIgnoreCase(Contacts.EMAIL, q),
                    SqlSupport.containsIgnoreCase(Contacts.PHONE, q)));
        }
        return tx.dsl().select(Contacts.ALL).from(Contacts.TABLE).where(where).orderBy(Contacts.ID.desc()).limit(limit)
                .fetch(JooqContactRepository::toContact);
    }

    @Override
    public Optional<Contact> findByEmail(TenantId tenant, String email) {
        return tx.dsl().select(Contacts.ALL).from(Contacts.TABLE)
                .where(Contacts.TENANT_ID.eq(tenant.value()), Contacts.DELETED_AT.isNull(), Contacts.EMAIL.eq(email))
                .orderBy(Contacts.ID).limit(1)
                .fetchOptional().map(JooqContactRepository::toContact);
    }

    @Override
    public Optional<Contact> findByNameAndPhone(TenantId tenant, String displayName, String phone) {
        return tx.dsl().select(Contacts.ALL).from(Contacts.TABLE)
                .where(Contacts.TENANT_ID.eq(tenant.value()), Contacts.DELETED_AT.isNull(),
                        DSL.lower(Contacts.DISPLAY_NAME).eq(DSL.lower(DSL.val(displayName))),
                        Contacts.PHONE.isNotDistinctFrom(phone))
                .orderBy(Contacts.ID).limit(1)
                .fetchOptional().map(JooqContactRepository::toContact);
    }

    private static Map<Field<?>, Object> values(Contact c) {
        ContactDetails d = c.details();
        Address a = d.address();
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(Contacts.TYPE, d.type().name());
        v.put(Contacts.DISPLAY_NAME, d.displayName());
        v.put(Contacts.COMPANY_NAME, d.companyName());
        v.put(Contacts.EMAIL, d.email());
        v.put(Contacts.PHONE, d.phone());
        v.put(Contacts.ADDRESS_LINE1, a.line1());
        v.put(Contacts.ADDRESS_LINE2, a.line2());
        v.put(Contacts.CITY, a.city());
        v.put(Contacts.REGION, a.region());
        v.put(Contacts.POSTAL_CODE, a.postalCode());
        v.put(Contacts.COUNTRY, a.country());
        v.put(Contacts.TAGS, d.tags().toArray(String[]::new));
        v.put(Contacts.NOTES, d.notes());
        v.put(Contacts.STATUS, d.status().name());
        v.put(Contacts.CREATED_AT, SqlSupport.micros(c.createdAt()));
        v.put(Contacts.UPDATED_AT, SqlSupport.micros(c.updatedAt()));
        v.put(Contacts.CREATED_BY, c.createdBy() == null ? null : c.createdBy().value());
        v.put(Contacts.DELETED_AT, SqlSupport.micros(c.deletedAt()));
        return v;
    }

    private static Contact toContact(Record r) {
        String[] tags = r.get(Contacts.TAGS);
        ContactDetails details = new ContactDetails(ContactType.valueOf(r.get(Contacts.TYPE)), r.get(Contacts.DISPLAY_NAME),
                r.get(Contacts.COMPANY_NAME), r.get(Contacts.EMAIL), r.get(Contacts.PHONE),
                new Address(r.get(Contacts.ADDRESS_LINE1), r.get(Contacts.ADDRESS_LINE2), r.get(Contacts.CITY),
                        r.get(Contacts.REGION), r.get(Contacts.POSTAL_CODE), r.get(Contacts.COUNTRY)),
                tags == null ? List.of() : Arrays.asList(tags), r.get(Contacts.NOTES),
                ContactStatus.valueOf(r.get(Contacts.STATUS)));
        UUID createdBy = r.get(Contacts.CREATED_BY);
        return Contact.rehydrate(new ContactId(r.get(Contacts.ID)), new TenantId(r.get(Contacts.TENANT_ID)), details,
                createdBy == null ? null : new UserId(createdBy), r.get(Contacts.CREATED_AT), r.get(Contacts.UPDATED_AT),
                r.get(Contacts.DELETED_AT), r.get(Contacts.VERSION));
    }
}
