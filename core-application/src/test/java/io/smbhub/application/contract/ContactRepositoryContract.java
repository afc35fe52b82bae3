package io.smbhub.application.contract;

import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.application.port.out.ContactRepository.Filter;
import io.smbhub.domain.contact.Address;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.contact.ContactStatus;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract of {@link ContactRepository}. */
public abstract class ContactRepositoryContract extends PortContract {

    private static final Filter ALL = new Filter(null, null, null);

    private ContactRepository contacts() {
        return adapters().contacts();
    }

    private static ContactDetails fullDetails() {
        return new ContactDetails(ContactType.VENDOR, "Budi Santoso", "PT Maju Jaya", "budi@majujaya.co.id",
                "+62 21 555-0100", new Address("Jl. Sudirman 1", "Lantai 5", "Jakarta", "DKI Jakarta", "10220", "ID"),
                List.of("supplier", "priority"), "Prefers WhatsApp", ContactStatus.ARCHIVED);
    }

    /** Details with just the searchable fields; the rest default. */
    private static ContactDetails reachable(String name, String company, String email, String phone) {
        return new ContactDetails(null, name, company, email, phone, null, null, null, null);
    }

    private static ContactDetails kind(ContactType type, String name, ContactStatus status) {
        return new ContactDetails(type, name, null, null, null, null, null, null, status);
    }

    private Contact load(TenantId tenant, ContactId id) {
        return in(tenant, () -> contacts().findById(tenant, id)).orElseThrow();
    }

    private List<UUID> listIds(TenantId tenant, Filter filter) {
        return in(tenant, () -> contacts().list(tenant, filter, null, 100)).stream().map(c -> c.id().value()).toList();
    }

    @Test
    void insertReturnsVersionOneAndFindByIdRestoresEveryField() {
        TenantId tenant = newTenant();
        Contact contact = Contact.create(new ContactId(newId()), tenant, fullDetails(), newUserId(), T0);
        contact.update(fullDetails(), at(Duration.ofMinutes(3)));

        long version = in(tenant, () -> contacts().save(contact));
        Contact loaded = load(tenant, contact.id());

        assertThat(version).isEqualTo(1);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(contact);
        assertThat(loaded.details().tags()).containsExactly("supplier", "priority");
        assertThat(loaded.details().address().postalCode()).isEqualTo("10220");
        assertThat(loaded.createdAt()).isEqualTo(T0);
        assertThat(loaded.updatedAt()).isEqualTo(at(Duration.ofMinutes(3)));
        assertThat(loaded.createdBy()).isEqualTo(contact.createdBy());
        assertThat(loaded.deletedAt()).isNull();
    }

    @Test
    void optionalFieldsStayEmpty() {
        TenantId tenant = newTenant();
        Contact contact = Contact.create(new ContactId(newId()), tenant, contactDetails("Only A Name"), null, T0);

        in(tenant, () -> contacts().save(contact));
        Contact loaded = load(tenant, contact.id());

        assertThat(loaded).usingRecursiveComparison().ignoringFields("events", "version").isEqualTo(contact);
        ContactDetails d = loaded.details();
        assertThat(d.companyName()).isNull();
        assertThat(d.email()).isNull();
        assertThat(d.phone()).isNull();
        assertThat(d.notes()).isNull();
        assertThat(d.address()).isEqualTo(Address.EMPTY);
        assertThat(d.tags()).isEmpty();
        assertThat(loaded.createdBy()).isNull();
    }

    @Test
    void updateBumpsTheVersionAndStoresTheNewFields() {
        TenantId tenant = newTenant();
        Contact contact = newContact(tenant, "Before");
        contact.update(fullDetails(), at(Duration.ofHours(1)));

        long version = in(tenant, () -> contacts().save(contact));
        Contact loaded = load(tenant, contact.id());

        assertThat(version).isEqualTo(2);
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.details()).isEqualTo(fullDetails());
        assertThat(loaded.updatedAt()).isEqualTo(at(Duration.ofHours(1)));
        assertThat(loaded.createdAt()).isEqualTo(T0);
    }

    @Test
    void savingAStaleVersionIsAConflictAndLeavesTheStoredRowUnchanged() {
        TenantId tenant = newTenant();
        Contact stored = newContact(tenant, "Original");
        Contact first = load(tenant, stored.id());
        Contact second = load(tenant, stored.id());
        first.update(contactDetails("First writer"), at(Duration.ofMinutes(1)));
        second.update(contactDetails("Second writer"), at(Duration.ofMinutes(2)));
        in(tenant, () -> contacts().save(first));

        var conflict = assertConflict(() -> in(tenant, () -> contacts().save(second)));

        assertThat(conflict.getMessage()).contains("was changed by someone else");
        Contact loaded = load(tenant, stored.id());
        assertThat(loaded.details().displayName()).isEqualTo("First writer");
        assertThat(loaded.version()).isEqualTo(2);
    }

    @Test
    void insertingAnExistingIdIsAConflict() {
        TenantId tenant = newTenant();
        Contact stored = newContact(tenant, "Existing");
        Contact sameId = Contact.create(stored.id(), tenant, contactDetails("Impostor"), null, T0);

        assertConflict(() -> in(tenant, () -> contacts().save(sameId)));

        assertThat(load(tenant, stored.id()).details().displayName()).isEqualTo("Existing");
    }

    @Test
    void anotherTenantsContactIsNotFound() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        Contact contact = newContact(owner, reachable("Private", null, "private@example.com", "+1 555 0100"));

        assertThat(in(other, () -> contacts().findById(other, contact.id()))).isEmpty();
        assertThat(listIds(other, ALL)).doesNotContain(contact.id().value());
        assertThat(in(other, () -> contacts().findByEmail(other, "private@example.com"))).isEmpty();
        assertThat(in(other, () -> contacts().findByNameAndPhone(other, "Private", "+1 555 0100"))).isEmpty();
    }

    @Test
    void aSoftDeletedContactIsNeverReturned() {
        TenantId tenant = newTenant();
        Contact contact = newContact(tenant, reachable("Gone Soon", null, "gone@example.com", "+1 555 0199"));
        contact.delete(at(Duration.ofDays(1)));

        long version = in(tenant, () -> contacts().save(contact));

        assertThat(version).isEqualTo(2);
        assertThat(in(tenant, () -> contacts().findById(tenant, contact.id()))).isEmpty();
        assertThat(listIds(tenant, ALL)).doesNotContain(contact.id().value());
        assertThat(listIds(tenant, new Filter(null, null, "gone"))).isEmpty();
        assertThat(in(tenant, () -> contacts().findByEmail(tenant, "gone@example.com"))).isEmpty();
        assertThat(in(tenant, () -> contacts().findByNameAndPhone(tenant, "Gone Soon", "+1 555 0199"))).isEmpty();
    }

    @Test
    void listFiltersByTypeAndStatus() {
        TenantId tenant = newTenant();
        Contact customer = newContact(tenant, kind(ContactType.CUSTOMER, "C", ContactStatus.ACTIVE));
        Contact vendor = newContact(tenant, kind(ContactType.VENDOR, "V", ContactStatus.ACTIVE));
        Contact archivedVendor = newContact(tenant, kind(ContactType.VENDOR, "AV", ContactStatus.ARCHIVED));
        Contact lead = newContact(tenant, kind(ContactType.LEAD, "L", ContactStatus.ACTIVE));

        assertThat(listIds(tenant, ALL)).containsExactly(lead.id().value(), archivedVendor.id().value(),
                vendor.id().value(), customer.id().value());
        assertThat(listIds(tenant, new Filter(ContactType.VENDOR, null, null)))
                .containsExactly(archivedVendor.id().value(), vendor.id().value());
        assertThat(listIds(tenant, new Filter(null, ContactStatus.ARCHIVED, null))).containsExactly(archivedVendor.id().value());
        assertThat(listIds(tenant, new Filter(ContactType.VENDOR, ContactStatus.ACTIVE, null))).containsExactly(vendor.id().value());
        assertThat(listIds(tenant, new Filter(ContactType.OTHER, null, null))).isEmpty();
    }

    @Test
    void searchMatchesNameCompanyEmailAndPhoneCaseInsensitively() {
        TenantId tenant = newTenant();
        Contact byName = newContact(tenant, reachable("Siti Rahma", null, null, null));
        Contact byCompany = newContact(tenant, reachable("Person", "RAHMAT Trading", null, null));
        Contact byEmail = newContact(tenant, reachable("Other", null, "info@rahma.shop", null));
        Contact byPhone = newContact(tenant, reachable("Caller", null, null, "+62 812-3456-789"));
        Contact none = newContact(tenant, reachable("Unrelated", "Acme", "x@acme.test", "+1 555 0000"));

        assertThat(listIds(tenant, new Filter(null, null, "rAhMa")))
                .containsExactly(byEmail.id().value(), byCompany.id().value(), byName.id().value());
        assertThat(listIds(tenant, new Filter(null, null, "3456"))).containsExactly(byPhone.id().value());
        assertThat(listIds(tenant, new Filter(null, null, "  acme  "))).containsExactly(none.id().value());
        assertThat(listIds(tenant, new Filter(null, null, "   "))).hasSize(5);
        assertThat(listIds(tenant, new Filter(null, null, "no such text"))).isEmpty();
    }

    @Test
    void searchTreatsLikeWildcardsLiterally() {
        TenantId tenant = newTenant();
        Contact percent = newContact(tenant, "100% Organic");
        newContact(tenant, "100 Organic");
        Contact underscore = newContact(tenant, "a_b Studio");
        newContact(tenant, "axb Studio");
        Contact backslash = newContact(tenant, "Back\\slash Ltd");
        newContact(tenant, "Backslash Ltd");

        assertThat(listIds(tenant, new Filter(null, null, "100%"))).containsExactly(percent.id().value());
        assertThat(listIds(tenant, new Filter(null, null, "a_b"))).containsExactly(underscore.id().value());
        assertThat(listIds(tenant, new Filter(null, null, "k\\s"))).containsExactly(backslash.id().value());
        assertThat(listIds(tenant, new Filter(null, null, "%"))).containsExactly(percent.id().value());
    }

    @Test
    void keysetPagesReturnEveryContactOnceNewestFirstEvenWithInsertsBetweenPages() {
        TenantId tenant = newTenant();
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(newContact(tenant, "Contact " + i).id().value());
        }
        List<UUID> insertedDuringPaging = new ArrayList<>();

        List<UUID> served = walkPages((after, limit) -> in(tenant, () -> contacts().list(tenant, ALL, after, limit)),
                c -> c.id().value(), 3, () -> insertedDuringPaging.add(newContact(tenant, "Late").id().value()));

        assertThat(served).containsExactlyElementsOf(newestFirst(created));
        assertThat(insertedDuringPaging).hasSize(2);
        assertThat(listIds(tenant, ALL)).startsWith(newestFirst(insertedDuringPaging).toArray(UUID[]::new));
    }

    @Test
    void listHonoursTheLimitAndTheCursor() {
        TenantId tenant = newTenant();
        UUID a = newContact(tenant, "A").id().value();
        UUID b = newContact(tenant, "B").id().value();
        UUID c = newContact(tenant, "C").id().value();

        assertThat(in(tenant, () -> contacts().list(tenant, ALL, null, 2))).extracting(x -> x.id().value()).containsExactly(c, b);
        assertThat(in(tenant, () -> contacts().list(tenant, ALL, b, 10))).extracting(x -> x.id().value()).containsExactly(a);
        assertThat(in(tenant, () -> contacts().list(tenant, ALL, a, 10))).isEmpty();
    }

    @Test
    void findByEmailMatchesTheStoredLowerCaseEmail() {
        TenantId tenant = newTenant();
        Contact contact = newContact(tenant, reachable("Mail", null, "Mixed.Case@Example.COM", null));

        assertThat(in(tenant, () -> contacts().findByEmail(tenant, "mixed.case@example.com"))).map(Contact::id).contains(contact.id());
        assertThat(in(tenant, () -> contacts().findByEmail(tenant, "other@example.com"))).isEmpty();
    }

    @Test
    void findByNameAndPhoneIgnoresNameCaseAndMatchesAMissingPhoneOnlyToNoPhone() {
        TenantId tenant = newTenant();
        Contact withPhone = newContact(tenant, reachable("Dewi Lestari", null, null, "+62 811 000 111"));
        Contact withoutPhone = newContact(tenant, reachable("Agus", null, null, null));

        assertThat(in(tenant, () -> contacts().findByNameAndPhone(tenant, "DEWI lestari", "+62 811 000 111")))
                .map(Contact::id).contains(withPhone.id());
        assertThat(in(tenant, () -> contacts().findByNameAndPhone(tenant, "Dewi Lestari", null))).isEmpty();
        assertThat(in(tenant, () -> contacts().findByNameAndPhone(tenant, "Dewi Lestari", "+62 811 000 112"))).isEmpty();
        assertThat(in(tenant, () -> contacts().findByNameAndPhone(tenant, "agus", null))).map(Contact::id).contains(withoutPhone.id());
        assertThat(in(tenant, () -> contacts().findByNameAndPhone(tenant, "Agus", "+62 811 000 111"))).isEmpty();
    }

    @Test
    void aRolledBackSaveLeavesNoContact() {
        TenantId tenant = newTenant();
        Contact contact = Contact.create(new ContactId(newId()), tenant, contactDetails("Never"), null, T0);

        runAndRollBack(tenant, () -> contacts().save(contact));

        assertThat(in(tenant, () -> contacts().findById(tenant, contact.id()))).isEmpty();
        assertThat(listIds(tenant, ALL)).isEmpty();
    }
}
