package io.smbhub.application.service.inbox;

import io.smbhub.application.port.in.inbox.ReceiveEmailUseCase;
import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.application.port.out.ConversationRepository;
import io.smbhub.application.port.out.FileRepository;
import io.smbhub.application.port.out.FileStorage;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.InboundEmail;
import io.smbhub.application.port.out.InboundMailParser;
import io.smbhub.application.port.out.MessageRepository;
import io.smbhub.application.port.out.StoredFile;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.Sha256;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.inbox.Channel;
import io.smbhub.domain.inbox.Conversation;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.inbox.Message;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.MessageId;
import io.smbhub.domain.shared.TenantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Receives email into the inbox ({@link ReceiveEmailUseCase}; issue 5 "Inbound"; spec smb-hub-prd.md 3.4, Epic 3):
 * parse, route by recipient to the tenant, de-duplicate by {@code Message-ID}, store attachment bytes in
 * {@link FileStorage}, then in one tenant transaction thread the message into a conversation (by
 * {@code In-Reply-To}/{@code References} against every message of the tenant, ours included), match the sender to a
 * contact by email, store the message and file rows, and audit ({@code message.received}, source {@code email}).
 * A mail without {@code Message-ID} gets a stable one from the SHA-256 of its bytes, so a redelivery still
 * de-duplicates. Attachment bytes written for a mail that turns out to be a duplicate are removed again.
 */
public final class InboundEmailService implements ReceiveEmailUseCase {

    private static final String SOURCE = "email";

    private final InboundMailParser parser;
    private final InboundAddresses addresses;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final FileRepository files;
    private final FileStorage storage;
    private final ContactRepository contacts;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;
    private final Auditor auditor;

    public InboundEmailService(InboundMailParser parser, InboundAddresses addresses, ConversationRepository conversations,
                               MessageRepository messages, FileRepository files, FileStorage storage,
                               ContactRepository contacts, Documents documents, TransactionRunner tx, TimeSource clock,
                               IdGenerator ids, Auditor auditor) {
        this.parser = parser;
        this.addresses = addresses;
        this.conversations = conversations;
        this.messages = messages;
        this.files = files;
        this.storage = storage;
        this.contacts = contacts;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
        this.auditor = auditor;
    }

    /** A file written to storage before the transaction, with its metadata row to insert. */
    private record Staged(StoredFile file) {
    }

    @Override
    public ReceivedEmail receive(byte[] rawMime, List<String> envelopeRecipients) {
        if (rawMime == null || rawMime.length == 0) {
            throw DomainException.invalid("message", "The email is empty");
        }
        if (rawMime.length > MAX_BYTES) {
            throw DomainException.invalid("message", "The email is " + rawMime.length + " bytes; the limit is " + MAX_BYTES);
        }
        InboundEmail email = parser.parse(rawMime);
        Set<String> recipients = new LinkedHashSet<>(envelopeRecipients == null ? List.of() : envelopeRecipients);
        recipients.addAll(email.deliveredTo());
        email.to().forEach(a -> recipients.add(a.address()));
        email.cc().forEach(a -> recipients.add(a.address()));
        TenantId tenant = addresses.route(recipients).orElseThrow(() -> DomainException.invalid("recipient",
                "None of the recipients " + recipients + " is a business inbound address of this server"));
        EmailAddress from = sender(email);
        String internetId = email.messageId() != null ? email.messageId() : Sha256.hex(rawMime) + "@missing-message-id.smbhub";

        Optional<ReceivedEmail> known = tx.inTenant(tenant, () -> {
            documents.systemContext(tenant); // NOT_FOUND for an address of a tenant that does not exist
            return messages.findByInternetMessageId(tenant, internetId).map(m -> duplicate(tenant, m));
        });
        if (known.isPresent()) {
            return known.get();
        }
        MessageId messageId = new MessageId(ids.newId());
        List<Staged> staged = stage(tenant, messageId, email);
        try {
            return tx.inTenant(tenant, () -> store(tenant, messageId, internetId, from, email, staged));
        } catch (DomainException e) {
            staged.forEach(s -> storage.delete(s.file().objectKey()));
            if (e.code() == ErrorCode.CONFLICT) {
                Optional<ReceivedEmail> raced = tx.inTenant(tenant, () ->
                        messages.findByInternetMessageId(tenant, internetId).map(m -> duplicate(tenant, m)));
                if (raced.isPresent()) {
                    return raced.get();
                }
            }
            throw e;
        }
    }

    private ReceivedEmail store(TenantId tenant, MessageId messageId, String internetId, EmailAddress from,
                                InboundEmail email, List<Staged> staged) {
        Optional<Message> existing = messages.findByInternetMessageId(tenant, internetId);
        if (existing.isPresent()) {
            throw new DomainException(ErrorCode.CONFLICT, "Message " + internetId + " was stored meanwhile");
        }
        Instant now = clock.now();
        List<String> threadIds = new ArrayList<>(email.references());
        if (email.inReplyTo() != null) {
            threadIds.add(email.inReplyTo());
        }
        Optional<Conversation> thread = threadIds.isEmpty() ? Optional.empty()
                : messages.findByInternetMessageIds(tenant, threadIds).stream().findFirst()
                .flatMap(m -> conversations.findById(tenant, m.conversationId()));
        Optional<ContactId> contact = contacts.findByEmail(tenant, from.address()).map(Contact::id);
        Conversation conversation = thread.orElseGet(() -> Conversation.startInbound(new ConversationId(ids.newId()), tenant,
                Channel.EMAIL, email.subject(), from, contact.orElse(null), internetId, email.text(), now));
        if (thread.isPresent()) {
            conversation.inboundMessage(email.text(), now);
            if (conversation.contactId() == null && contact.isPresent() && conversation.participant().address().equals(from.address())) {
                conversation.linkContact(contact.get(), now);
            }
        }
        List<EmailAddress> to = addressesOf(email.to());
        if (to.isEmpty()) {
            to = List.of(new EmailAddress(addresses.of(tenant), null));
        }
        Message message = Message.received(messageId, tenant, conversation.id(), from, to, addressesOf(email.cc()),
                email.subject(), email.text(), email.html(), internetId, email.inReplyTo(), email.references(),
                staged.size(), email.sentAt(), now);
        var conversationEvents = conversation.pullEvents();
        conversations.save(conversation);
        messages.save(message);
        staged.forEach(s -> files.insert(s.file()));
        auditor.recordSystem(tenant, SOURCE, "conversation", conversation.id().value(), null, null, conversationEvents);
        auditor.recordSystem(tenant, SOURCE, "message", messageId.value(), null, null, message.pullEvents());
        return new ReceivedEmail(tenant.toString(), conversation.id().toString(), messageId.toString(), false);
    }

    private List<Staged> stage(TenantId tenant, MessageId messageId, InboundEmail email) {
        List<Staged> staged = new ArrayList<>();
        try {
            for (InboundEmail.Attachment a : email.attachments()) {
                FileId fileId = new FileId(ids.newId());
                String key = "tenants/" + tenant + "/messages/" + messageId + "/" + fileId;
                String type = a.contentType() == null ? "application/octet-stream" : a.contentType();
                storage.put(key, type, a.content());
                staged.add(new Staged(new StoredFile(fileId, tenant, storage.provider(), storage.bucket(), key,
                        clip(a.filename() == null ? "attachment" : a.filename(), 255), clip(type, 255), a.content().length,
                        Sha256.hex(a.content()), StoredFile.LinkedEntity.MESSAGE, messageId.value(), null, clock.now())));
            }
        } catch (RuntimeException e) {
            staged.forEach(s -> storage.delete(s.file().objectKey()));
            throw e;
        }
        return staged;
    }

    private ReceivedEmail duplicate(TenantId tenant, Message m) {
        return new ReceivedEmail(tenant.toString(), m.conversationId().toString(), m.id().toString(), true);
    }

    private static EmailAddress sender(InboundEmail email) {
        InboundEmail.Address from = email.from();
        if (from == null || from.address() == null) {
            throw DomainException.invalid("message", "The email has no sender (From)");
        }
        try {
            return new EmailAddress(from.address(), from.name());
        } catch (DomainException e) {
            throw DomainException.invalid("message", "The sender '" + from.address() + "' is not a valid email address");
        }
    }

    private static List<EmailAddress> addressesOf(List<InboundEmail.Address> list) {
        List<EmailAddress> out = new ArrayList<>();
        for (InboundEmail.Address a : list) {
            try {
                out.add(new EmailAddress(a.address(), a.name()));
            } catch (DomainException ignored) {
                // an undisclosed or malformed header recipient is not kept
            }
        }
        return out;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

}
