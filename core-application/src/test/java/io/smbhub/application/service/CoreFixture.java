package io.smbhub.application.service;

import io.smbhub.application.CoreServices;
import io.smbhub.application.memory.InMemoryCore;
import io.smbhub.application.memory.UnconfiguredPaymentProvider;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.LineItemInput;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.contact.CreateContactCommand;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.application.port.in.identity.SignUpCommand;
import io.smbhub.application.port.in.invoice.InvoiceDraft;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.tenant.MemberStatus;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;
import io.smbhub.domain.shared.UserId;

import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.inbox.ConversationQueries;
import io.smbhub.application.port.in.inbox.ConversationView;
import io.smbhub.application.port.in.inbox.MessageView;
import io.smbhub.application.port.out.InboundEmail;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.domain.shared.DomainException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A fresh in-memory core with one signed-up business and helpers to add members and documents. */
final class CoreFixture {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    final RecordingPaymentGateway gateway = new RecordingPaymentGateway(START);
    /** Raw "MIME" handed to {@code receiveEmail()} → the parsed email the test prepared for it ({@link #raw}). */
    private final Map<String, InboundEmail> prepared = new ConcurrentHashMap<>();
    final InMemoryCore hub;
    final CoreServices core;
    final Actor owner;

    CoreFixture() {
        this("owner@plumbing.test");
    }

    CoreFixture(String ownerEmail) {
        this(ownerEmail, "UTC");
    }

    /** A business whose timezone is {@code timezone} (IANA id). */
    CoreFixture(String ownerEmail, String timezone) {
        this(ownerEmail, timezone, new io.smbhub.application.memory.UnconfiguredLanguageModel());
    }

    /** A business on a core whose language model is {@code model} (issue 6). */
    CoreFixture(String ownerEmail, String timezone, io.smbhub.application.port.out.LanguageModel model) {
        hub = InMemoryCore.start(START, gateway, new UnconfiguredPaymentProvider(), raw -> {
            InboundEmail email = prepared.get(new String(raw, StandardCharsets.UTF_8));
            if (email == null) {
                throw DomainException.invalid("message", "not a prepared test email");
            }
            return email;
        }, model);
        core = hub.services();
        Identity id = core.signUp().signUp(new SignUpCommand("Pipe & Co", "general", ownerEmail, "correct horse", timezone, "USD"));
        owner = new Actor(id.tenantId(), id.userId(), id.role(), "req_test");
    }

    /** Signs up another business on the same core (same stores, another tenant) and returns its owner. */
    Actor otherBusiness(String ownerEmail) {
        Identity id = core.signUp().signUp(new SignUpCommand("Other Ltd", "general", ownerEmail, "correct horse", "UTC", "USD"));
        return new Actor(id.tenantId(), id.userId(), id.role(), "req_other");
    }

    /**
     * Registers {@code email} as what the test parser returns for the returned bytes, so
     * {@code core.receiveEmail().receive(raw(email), …)} receives exactly it (the bytes are unique per call).
     */
    byte[] raw(InboundEmail email) {
        String key = "prepared-mail-" + prepared.size() + "-" + UUID.randomUUID();
        prepared.put(key, email);
        return key.getBytes(StandardCharsets.UTF_8);
    }

    /** This business's inbound address ({@code inbox+<key>@inbound.smbhub.test}). */
    String inboundAddress() {
        return core.emailSettings().get(owner).inboundAddress();
    }

    /** Every conversation {@code actor} sees, newest activity first. */
    List<ConversationView> conversations(Actor actor) {
        return core.conversationQueries().list(actor, new ConversationQueries.ListQuery(null, null, null, null, null, null,
                null, new PageRequest(100, null))).items();
    }

    /** The messages of conversation {@code id}, oldest first. */
    List<MessageView> messages(Actor actor, UUID id) {
        return core.conversationQueries().messages(actor, new ConversationId(id), new PageRequest(100, null)).items();
    }

    /** Every message of every conversation of the business, oldest conversation activity last. */
    List<MessageView> allMessages() {
        return conversations(owner).stream().flatMap(c -> messages(owner, c.id()).stream()).toList();
    }

    /** Runs every due job (the outbox's sends, reminders) and returns the emails sent so far. */
    List<OutgoingEmail> deliver() {
        while (core.jobs().runDueJobs(50) > 0) {
            // keep going until no job is due now
        }
        return hub.email().emails();
    }

    /** Adds a member with {@code role} to the owner's tenant and returns them as an actor. */
    Actor member(Role role) {
        var ports = hub.ports();
        UserId user = new UserId(ports.ids().newId());
        ports.tx().withoutTenant(() -> {
            ports.users().insert(new UserAccount(user, role.name().toLowerCase() + "-" + user.value() + "@plumbing.test",
                    ports.passwords().hash("password1"), hub.clock().now()));
            ports.users().insertMember(new TenantMember(owner.tenantId(), user, role, MemberStatus.ACTIVE, hub.clock().now()));
            return null;
        });
        return new Actor(owner.tenantId(), user, role, "req_test");
    }

    ContactView contact(String name, String email) {
        return core.createContact().create(owner, new CreateContactCommand(
                new ContactDetails(ContactType.CUSTOMER, name, null, email, null, null, List.of(), null, null)));
    }

    static LineItemInput line(String name, String qty, String rate) {
        return new LineItemInput(name, new BigDecimal(qty), new BigDecimal(rate), null, null);
    }

    InvoiceView draftInvoice(ContactView contact, String rate) {
        return core.createInvoice().create(owner, new InvoiceDraft(new ContactId(contact.id()), null,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), List.of(line("Repair", "1", rate)), null, null));
    }

    /** Creates a contact as {@code actor} (for permission tests). */
    ContactView contactAs(Actor actor) {
        return core.createContact().create(actor, new CreateContactCommand(
                new ContactDetails(ContactType.CUSTOMER, "By " + actor.role(), null, null, null, null, List.of(), null, null)));
    }
}
