package io.smbhub.application.service.contact;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.contact.ContactPatch;
import io.smbhub.application.port.in.contact.ContactQueries;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.contact.CreateContactCommand;
import io.smbhub.application.port.in.contact.CreateContactUseCase;
import io.smbhub.application.port.in.contact.DeleteContactUseCase;
import io.smbhub.application.port.in.contact.UpdateContactCommand;
import io.smbhub.application.port.in.contact.UpdateContactUseCase;
import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Checks;
import io.smbhub.application.service.support.ContactActions;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.ProfilePayloads;
import io.smbhub.domain.profile.ProfileEntity;
import io.smbhub.domain.profile.ProfileOperation;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Cursors;
import io.smbhub.application.service.support.Versions;
import io.smbhub.domain.contact.Address;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.tenant.Permission;

import java.util.List;

/** Contact create, edit, soft delete and reads (spec smb-hub-prd.md Epic 1, 12.3.2). */
public final class ContactService implements CreateContactUseCase, UpdateContactUseCase, DeleteContactUseCase, ContactQueries {

    static final String ENTITY = "contact";

    private final ContactRepository contacts;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;
    private final Auditor auditor;

    public ContactService(ContactRepository contacts, Documents documents, TransactionRunner tx, TimeSource clock,
                          IdGenerator ids, Auditor auditor) {
        this.contacts = contacts;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
        this.auditor = auditor;
    }

    @Override
    public ContactView create(Actor actor, CreateContactCommand command) {
        Access.require(actor, Permission.CONTACTS_WRITE);
        return tx.inTenant(actor.tenantId(), () -> {
            requireProfileFields(actor, command.details(), ProfileOperation.CREATE);
            Contact contact = Contact.create(new ContactId(ids.newId()), actor.tenantId(), command.details(), actor.userId(),
                    clock.now());
            long version = contacts.save(contact);
            auditor.record(actor, ENTITY, contact.id().value(), null, ContactView.of(contact, version, List.of()), contact.pullEvents());
            return view(actor, contact, version);
        });
    }

    @Override
    public ContactView update(Actor actor, UpdateContactCommand command) {
        Access.require(actor, Permission.CONTACTS_WRITE);
        return tx.inTenant(actor.tenantId(), () -> {
            Contact contact = load(actor, command.id());
            Versions.requireExpected("Contact " + command.id(), command.expectedVersion(), contact.version());
            ContactView before = ContactView.of(contact, contact.version(), List.of());
            ContactDetails merged = merge(contact.details(), command.patch());
            requireProfileFields(actor, merged, ProfileOperation.UPDATE);
            contact.update(merged, clock.now());
            long version = contacts.save(contact);
            auditor.record(actor, ENTITY, contact.id().value(), before, ContactView.of(contact, version, List.of()), contact.pullEvents());
            return view(actor, contact, version);
        });
    }

    @Override
    public void delete(Actor actor, ContactId id) {
        Access.require(actor, Permission.CONTACTS_WRITE);
        tx.inTenant(actor.tenantId(), () -> {
            Contact contact = load(actor, id);
            ContactView before = ContactView.of(contact, contact.version(), List.of());
            contact.delete(clock.now());
            contacts.save(contact);
            auditor.record(actor, ENTITY, id.value(), before, null, contact.pullEvents());
            return null;
        });
    }

    @Override
    public ContactView get(Actor actor, ContactId id) {
        Access.require(actor, Permission.CONTACTS_READ);
        return tx.inTenant(actor.tenantId(), () -> {
            Contact contact = load(actor, id);
            return view(actor, contact, contact.version());
        });
    }

    @Override
    public Page<ContactView> list(Actor actor, ListQuery query) {
        Access.require(actor, Permission.CONTACTS_READ);
        ContactRepository.Filter filter = new ContactRepository.Filter(query.type(), query.status(), query.q());
        return tx.inTenant(actor.tenantId(), () -> Cursors.page(query.page(),
                (after, limit) -> contacts.list(actor.tenantId(), filter, after, limit),
                c -> c.id().value(), c -> view(actor, c, c.version())));
    }

    /** {@code VALIDATION_ERROR} when {@code details} lack fields the tenant's profile requires of contacts (spec 9.4). */
    void requireProfileFields(Actor actor, ContactDetails details, ProfileOperation operation) {
        Checks.profileFieldsRefusal(documents.context(actor).profile(), ProfileEntity.CONTACT, ProfilePayloads.contact(details),
                operation, "Contact " + details.displayName()).ifPresent(Refusal::raise);
    }

    private static ContactView view(Actor actor, Contact contact, long version) {
        return ContactView.of(contact, version, ContactActions.decide(actor).allowed());
    }

    private Contact load(Actor actor, ContactId id) {
        return contacts.findById(actor.tenantId(), id).filter(c -> !c.isDeleted())
                .orElseThrow(() -> DomainException.notFound("Contact", id));
    }

    /** Applies a PATCH: null keeps the current value, an empty string clears it. */
    static ContactDetails merge(ContactDetails cur, ContactPatch p) {
        Address a = cur.address();
        return new ContactDetails(
                p.type() != null ? p.type() : cur.type(),
                p.displayName() != null ? p.displayName() : cur.displayName(),
                keep(p.companyName(), cur.companyName()),
                keep(p.email(), cur.email()),
                keep(p.phone(), cur.phone()),
                new Address(keep(p.addressLine1(), a.line1()), keep(p.addressLine2(), a.line2()), keep(p.city(), a.city()),
                        keep(p.region(), a.region()), keep(p.postalCode(), a.postalCode()), keep(p.country(), a.country())),
                p.tags() != null ? p.tags() : cur.tags(),
                keep(p.notes(), cur.notes()),
                p.status() != null ? p.status() : cur.status());
    }

    private static String keep(String patched, String current) {
        return patched != null ? patched : current;
    }
}
