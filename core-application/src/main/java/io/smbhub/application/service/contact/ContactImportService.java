package io.smbhub.application.service.contact;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.contact.ImportContactsUseCase;
import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.ProfilePayloads;
import io.smbhub.domain.profile.EffectiveProfile;
import io.smbhub.domain.profile.ProfileEntity;
import io.smbhub.domain.profile.ProfileOperation;
import io.smbhub.domain.profile.ProfileValidator;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.domain.contact.Address;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.tenant.Permission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports contacts from parsed CSV rows in one transaction: valid new rows are created (each audited as
 * {@code contact.created}), rows that match an existing or earlier row are skipped, invalid rows are
 * reported by line. Matching key: the email when present, else the display name (case-insensitive) and phone.
 */
public final class ContactImportService implements ImportContactsUseCase {

    private static final Set<String> COLUMNS = Set.of("display_name", "type", "company_name", "email", "phone",
            "address_line1", "address_line2", "city", "region", "postal_code", "country", "tags", "notes");

    private final ContactRepository contacts;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;
    private final Auditor auditor;

    public ContactImportService(ContactRepository contacts, Documents documents, TransactionRunner tx, TimeSource clock,
                                IdGenerator ids, Auditor auditor) {
        this.contacts = contacts;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
        this.auditor = auditor;
    }

    @Override
    public Report importContacts(Actor actor, List<Row> rows) {
        Access.require(actor, Permission.CONTACTS_WRITE);
        if (rows.size() > MAX_ROWS) {
            throw DomainException.invalid("file", "At most " + MAX_ROWS + " rows per import, got " + rows.size());
        }
        if (!rows.isEmpty() && !rows.get(0).cells().containsKey("display_name")) {
            throw DomainException.invalid("file", "The header row must have a display_name column; known columns: "
                    + String.join(", ", COLUMNS.stream().sorted().toList()));
        }
        return tx.inTenant(actor.tenantId(), () -> {
            int created = 0;
            int skipped = 0;
            List<RowError> errors = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            EffectiveProfile profile = documents.context(actor).profile();
            for (Row row : rows) {
                ContactDetails details;
                try {
                    details = details(row.cells());
                } catch (DomainException e) {
                    for (FieldError f : e.details().isEmpty() ? List.of(new FieldError("row", e.getMessage())) : e.details()) {
                        errors.add(new RowError(row.line(), f.field(), f.message()));
                    }
                    continue;
                }
                List<FieldError> missing = ProfileValidator.validate(ProfileEntity.CONTACT, ProfilePayloads.contact(details),
                        ProfileOperation.CREATE, profile);
                if (!missing.isEmpty()) {
                    missing.forEach(f -> errors.add(new RowError(row.line(), f.field(), f.message())));
                    continue;
                }
                String key = details.email() != null ? "e:" + details.email()
                        : "n:" + details.displayName().toLowerCase(Locale.ROOT) + "|" + details.phone();
                boolean exists = details.email() != null
                        ? contacts.findByEmail(actor.tenantId(), details.email()).isPresent()
                        : contacts.findByNameAndPhone(actor.tenantId(), details.displayName(), details.phone()).isPresent();
                if (!seen.add(key) || exists) {
                    skipped++;
                    continue;
                }
                Contact contact = Contact.create(new ContactId(ids.newId()), actor.tenantId(), details, actor.userId(), clock.now());
                long version = contacts.save(contact);
                auditor.record(actor, ContactService.ENTITY, contact.id().value(), null, ContactView.of(contact, version, List.of()),
                        contact.pullEvents());
                created++;
            }
            return new Report(created, skipped, (int) errors.stream().map(RowError::line).distinct().count(), errors);
        });
    }

    private static ContactDetails details(Map<String, String> cells) {
        String typeText = cells.get("type");
        ContactType type = null;
        if (typeText != null && !typeText.isBlank()) {
            try {
                type = ContactType.valueOf(typeText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DomainException(ErrorCode.VALIDATION_ERROR, "Unknown type",
                        List.of(new FieldError("type", "Unknown type '" + typeText + "'; use CUSTOMER, VENDOR, LEAD or OTHER")));
            }
        }
        String tags = cells.get("tags");
        return new ContactDetails(type, cells.get("display_name"), cells.get("company_name"), cells.get("email"),
                cells.get("phone"), new Address(cells.get("address_line1"), cells.get("address_line2"), cells.get("city"),
                cells.get("region"), cells.get("postal_code"), cells.get("country")),
                tags == null ? List.of() : Arrays.asList(tags.split(";")), cells.get("notes"), null);
    }
}
