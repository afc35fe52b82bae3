package io.smbhub.application.service.inbox;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.contact.CreateContactCommand;
import io.smbhub.application.port.in.contact.CreateContactUseCase;
import io.smbhub.application.port.in.inbox.ConversationQueries;
import io.smbhub.application.port.in.inbox.ConversationUseCase;
import io.smbhub.application.port.in.inbox.ConversationView;
import io.smbhub.application.port.in.inbox.FileContent;
import io.smbhub.application.port.in.inbox.FileView;
import io.smbhub.application.port.in.inbox.MessageView;
import io.smbhub.application.port.in.workitem.CreateWorkItemCommand;
import io.smbhub.application.port.in.workitem.CreateWorkItemUseCase;
import io.smbhub.application.port.in.workitem.WorkItemView;
import io.smbhub.application.port.out.ContactRepository;
import io.smbhub.application.port.out.ConversationRepository;
import io.smbhub.application.port.out.FileRepository;
import io.smbhub.application.port.out.FileStorage;
import io.smbhub.application.port.out.MessageRepository;
import io.smbhub.application.port.out.StoredFile;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.ActionDecisions;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Documents;
import io.smbhub.application.service.support.Versions;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.contact.ContactDetails;
import io.smbhub.domain.contact.ContactStatus;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.inbox.Conversation;
import io.smbhub.domain.inbox.ConversationStatus;
import io.smbhub.domain.inbox.DeliveryStatus;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.inbox.Message;
import io.smbhub.domain.inbox.MessageDirection;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.MessageId;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.profile.Capability;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.workitem.WorkItemDetails;
import io.smbhub.domain.workitem.WorkItemSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The inbox (spec smb-hub-prd.md 2.3 "Inbox", 3.4, 3.5, 12.2 D, Epic 3): reads, replies through the email outbox,
 * assignment, close/reopen, contacts from unknown senders and one-call conversion to a work item. Every change is one
 * tenant transaction with its audit entries (entity types {@code conversation}, {@code message}).
 */
public final class ConversationService implements ConversationQueries, ConversationUseCase {

    /** Action names of {@link ConversationView#allowedActions()} and {@link MessageView#allowedActions()}. */
    public static final String REPLY = "reply", ASSIGN = "assign", CLOSE = "close", REOPEN = "reopen",
            MARK_READ = "mark_read", CREATE_CONTACT = "create_contact", LINK_CONTACT = "link_contact",
            CONVERT_TO_WORK_ITEM = "convert_to_work_item", RETRY = "retry";
    private static final String CONVERSATION = "conversation";
    private static final String MESSAGE = "message";

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final FileRepository files;
    private final FileStorage storage;
    private final ContactRepository contacts;
    private final UserAccountRepository users;
    private final CreateContactUseCase createContact;
    private final CreateWorkItemUseCase createWorkItem;
    private final EmailOutbox outbox;
    private final Documents documents;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;
    private final io.smbhub.application.port.out.IdGenerator ids;

    public ConversationService(ConversationRepository conversations, MessageRepository messages, FileRepository files,
                               FileStorage storage, ContactRepository contacts, UserAccountRepository users,
                               CreateContactUseCase createContact, CreateWorkItemUseCase createWorkItem, EmailOutbox outbox,
                               Documents documents, TransactionRunner tx, TimeSource clock,
                               io.smbhub.application.port.out.IdGenerator ids, Auditor auditor) {
        this.ids = ids;
        this.conversations = conversations;
        this.messages = messages;
        this.files = files;
        this.storage = storage;
        this.contacts = contacts;
        this.users = users;
        this.createContact = createContact;
        this.createWorkItem = createWorkItem;
        this.outbox = outbox;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Page<ConversationView> list(Actor actor, ListQuery query) {
        Access.require(actor, Permission.INBOX_READ);
        UserId assignee = actor.role().scopedToAssigned() ? actor.userId() : query.assignedTo();
        Boolean unassigned = actor.role().scopedToAssigned() ? null : query.unassigned();
        ConversationRepository.Filter filter = new ConversationRepository.Filter(Text.clean(query.q()), query.status(),
                query.channel(), assignee, unassigned, query.unread(), query.contactId());
        PageRequest page = query.page() == null ? PageRequest.first() : query.page();
        return tx.inTenant(actor.tenantId(), () -> {
            documents.context(actor, Capability.INBOX);
            List<Conversation> rows = conversations.list(actor.tenantId(), filter, decodePosition(page.cursor()), page.limit() + 1);
            boolean more = rows.size() > page.limit();
            List<Conversation> shown = more ? rows.subList(0, page.limit()) : rows;
            String next = more ? encodePosition(shown.get(shown.size() - 1)) : null;
            Map<ContactId, String> names = contactNames(actor, shown);
            return new Page<>(shown.stream().map(c -> view(actor, c, c.version(), names.get(c.contactId()))).toList(), next);
        });
    }

    @Override
    public ConversationView get(Actor actor, ConversationId id) {
        Access.require(actor, Permission.INBOX_READ);
        return tx.inTenant(actor.tenantId(), () -> view(actor, load(actor, id)));
    }

    @Override
    public Page<MessageView> messages(Actor actor, ConversationId id, PageRequest page) {
        Access.require(actor, Permission.INBOX_READ);
        PageRequest request = page == null ? PageRequest.first() : page;
        return tx.inTenant(actor.tenantId(), () -> {
            load(actor, id);
            UUID after = decodeMessageCursor(request.cursor());
            List<Message> rows = messages.listByConversation(actor.tenantId(), id, after, request.limit() + 1);
            boolean more = rows.size() > request.limit();
            List<Message> shown = more ? rows.subList(0, request.limit()) : rows;
            Map<UUID, List<StoredFile>> attached = files.listByEntities(actor.tenantId(), StoredFile.LinkedEntity.MESSAGE,
                    shown.stream().map(m -> m.id().value()).toList());
            String next = more ? encodeMessageCursor(shown.get(shown.size() - 1).id().value()) : null;
            return new Page<>(shown.stream().map(m -> messageView(actor, m, attached.getOrDefault(m.id().value(), List.of()))).toList(), next);
        });
    }

    @Override
    public FileContent file(Actor actor, FileId id) {
        Access.require(actor, Permission.INBOX_READ);
        StoredFile file = tx.inTenant(actor.tenantId(), () -> {
            StoredFile f = files.findById(actor.tenantId(), id).orElseThrow(() -> DomainException.notFound("File", id));
            if (f.linkedEntityType() == StoredFile.LinkedEntity.MESSAGE) {
                Message m = messages.findById(actor.tenantId(), new MessageId(f.linkedEntityId()))
                        .orElseThrow(() -> DomainException.notFound("File", id));
                load(actor, m.conversationId());
            }
            return f;
        });
        return new FileContent(file.fileName(), file.mimeType(), storage.get(file.objectKey()));
    }

    // ---------------------------------------------------------------- changes

    @Override
    public MessageView reply(Actor actor, ConversationId id, ReplyCommand command) {
        Access.require(actor, Permission.INBOX_RESPOND);
        List<EmailAddress> cc = ccOf(command.cc());
        return tx.inTenant(actor.tenantId(), () -> {
            var ctx = documents.context(actor);
            Conversation c = load(actor, id);
            decide(actor, c).require(REPLY);
            ConversationView before = view(actor, c);
            EmailOutbox.Queued q = outbox.queueMessage(ctx.tenant(), c, null, command.body(), cc, actor.userId());
            auditor.record(actor, CONVERSATION, c.id().value(), before,
                    view(actor, c, q.conversationVersion(), contactName(actor, c)), c.pullEvents());
            auditor.record(actor, MESSAGE, q.message().id().value(), null, null, q.message().pullEvents());
            return messageView(actor, q.message(), List.of());
        });
    }

    @Override
    public ConversationView compose(Actor actor, ComposeCommand command) {
        Access.require(actor, Permission.INBOX_RESPOND);
        String subject = Text.clean(command.subject());
        if (subject == null || subject.length() > 300) {
            throw DomainException.invalid("subject", subject == null ? "Subject is required" : "Subject is longer than 300 characters");
        }
        return tx.inTenant(actor.tenantId(), () -> {
            var ctx = documents.context(actor, Capability.INBOX);
            EmailAddress to;
            ContactId contactId = command.contactId();
            if (contactId != null) {
                Contact contact = documents.requireContact(actor, contactId, "contact_id");
                if (contact.details().email() == null) {
                    throw DomainException.invalid("contact_id", "Contact " + contact.details().displayName() + " has no email address");
                }
                to = new EmailAddress(contact.details().email(), contact.details().displayName());
            } else if (command.toAddress() != null) {
                to = EmailAddress.of(command.toAddress(), null, "to");
                contactId = contacts.findByEmail(actor.tenantId(), to.address()).map(Contact::id).orElse(null);
            } else {
                throw DomainException.invalid("to", "Give a contact_id or a to address");
            }
            Conversation c = Conversation.compose(new ConversationId(ids.newId()), actor.tenantId(),
                    io.smbhub.domain.inbox.Channel.EMAIL, subject, to, contactId, command.body(), clock.now());
            c.assign(actor.role().scopedToAssigned() ? actor.userId() : null, clock.now());
            EmailOutbox.Queued q = outbox.queueMessage(ctx.tenant(), c, subject, command.body(), List.of(), actor.userId());
            ConversationView view = view(actor, c, q.conversationVersion(), contactName(actor, c));
            auditor.record(actor, CONVERSATION, c.id().value(), null, view, c.pullEvents());
            auditor.record(actor, MESSAGE, q.message().id().value(), null, null, q.message().pullEvents());
            return view;
        });
    }

    @Override
    public ConversationView assign(Actor actor, ConversationId id, UserId assignee, Long expectedVersion) {
        return change(actor, id, expectedVersion, ASSIGN, c -> {
            if (assignee != null && users.findMember(actor.tenantId(), assignee).filter(TenantMember::isActive).isEmpty()) {
                throw DomainException.invalid("assignee_id", "User " + assignee + " is not an active member of this business");
            }
            c.assign(assignee, clock.now());
        });
    }

    @Override
    public ConversationView close(Actor actor, ConversationId id, Long expectedVersion) {
        return change(actor, id, expectedVersion, CLOSE, c -> c.close(clock.now()));
    }

    @Override
    public ConversationView reopen(Actor actor, ConversationId id, Long expectedVersion) {
        return change(actor, id, expectedVersion, REOPEN, c -> c.reopen(clock.now()));
    }

    @Override
    public ConversationView markRead(Actor actor, ConversationId id) {
        Access.require(actor, Permission.INBOX_READ);
        return tx.inTenant(actor.tenantId(), () -> {
            Conversation c = load(actor, id);
            if (!c.markRead(clock.now())) {
                return view(actor, c);
            }
            long version = conversations.save(c);
            return view(actor, c, version, contactName(actor, c));
        });
    }

    @Override
    public ConversationView createContact(Actor actor, ConversationId id, CreateContactFromSender command) {
        Access.require(actor, Permission.INBOX_RESPOND);
        Access.require(actor, Permission.CONTACTS_WRITE);
        return tx.inTenant(actor.tenantId(), () -> {
            Conversation c = load(actor, id);
            decide(actor, c).require(CREATE_CONTACT);
            EmailAddress sender = c.participant();
            if (contacts.findByEmail(actor.tenantId(), sender.address()).isPresent()) {
                throw new DomainException(ErrorCode.CONFLICT, "A contact with email " + sender.address()
                        + " already exists; link it to the conversation instead");
            }
            String name = Text.clean(command.displayName()) != null ? command.displayName()
                    : sender.name() != null ? sender.name() : sender.address();
            ContactView contact = createContact.create(actor, new CreateContactCommand(new ContactDetails(
                    command.type() == null ? ContactType.CUSTOMER : command.type(), name, command.companyName(),
                    sender.address(), command.phone(), null, List.of(), null, ContactStatus.ACTIVE)));
            ContactId contactId = new ContactId(contact.id());
            for (Conversation other : conversations.findUnlinkedByParticipant(actor.tenantId(), sender.address())) {
                if (!other.id().equals(c.id())) {
                    linkAndSave(actor, other, contactId);
                }
            }
            return linkAndSave(actor, c, contactId);
        });
    }

    @Override
    public ConversationView linkContact(Actor actor, ConversationId id, ContactId contactId) {
        Access.require(actor, Permission.INBOX_RESPOND);
        return tx.inTenant(actor.tenantId(), () -> {
            Conversation c = load(actor, id);
            decide(actor, c).require(LINK_CONTACT);
            documents.requireContact(actor, contactId, "contact_id");
            return linkAndSave(actor, c, contactId);
        });
    }

    @Override
    public WorkItemView convertToWorkItem(Actor actor, ConversationId id, ConvertToWorkItemCommand command) {
        Access.require(actor, Permission.INBOX_RESPOND);
        Access.require(actor, Permission.WORK_WRITE);
        return tx.inTenant(actor.tenantId(), () -> {
            Conversation c = load(actor, id);
            decide(actor, c).require(CONVERT_TO_WORK_ITEM);
            Optional<Message> source = newestInbound(actor, c);
            String title = Text.clean(command.title()) != null ? command.title() : titleFrom(c, source);
            String description = command.description() != null ? command.description()
                    : source.map(m -> clip(m.bodyText(), 20_000)).orElse(null);
            WorkItemDetails details = new WorkItemDetails(command.type(), title, description, command.priority(),
                    c.contactId(), command.dueAt(), Map.of());
            return createWorkItem.create(actor, new CreateWorkItemCommand(details, command.assignedTo(), WorkItemSource.INBOX, c.id()));
        });
    }

    @Override
    public MessageView retry(Actor actor, MessageId id) {
        Access.require(actor, Permission.INBOX_RESPOND);
        return tx.inTenant(actor.tenantId(), () -> {
            Message m = messages.findById(actor.tenantId(), id).orElseThrow(() -> DomainException.notFound("Message", id));
            load(actor, m.conversationId());
            m.refusalToRetry().ifPresent(Refusal::raise);
            m.retry(clock.now());
            messages.save(m);
            outbox.requeue(m);
            auditor.record(actor, MESSAGE, m.id().value(), null, null, m.pullEvents());
            return messageView(actor, m, files.listByEntity(actor.tenantId(), StoredFile.LinkedEntity.MESSAGE, m.id().value()));
        });
    }

    // ---------------------------------------------------------------- helpers

    private ConversationView change(Actor actor, ConversationId id, Long expectedVersion, String action,
                                    Consumer<Conversation> change) {
        Access.require(actor, Permission.INBOX_RESPOND);
        return tx.inTenant(actor.tenantId(), () -> {
            Conversation c = load(actor, id);
            Versions.requireExpected(c.label(), expectedVersion, c.version());
            decide(actor, c).require(action);
            ConversationView before = view(actor, c);
            change.accept(c);
            return audit(actor, c, before);
        });
    }

    private ConversationView audit(Actor actor, Conversation c, ConversationView before) {
        var events = c.pullEvents();
        long version = conversations.save(c);
        ConversationView after = view(actor, c, version, contactName(actor, c));
        auditor.record(actor, CONVERSATION, c.id().value(), before, after, events);
        return after;
    }

    private ConversationView linkAndSave(Actor actor, Conversation c, ContactId contactId) {
        ConversationView before = view(actor, c);
        c.linkContact(contactId, clock.now());
        return audit(actor, c, before);
    }

    /** The conversation if the actor may see it (an AGENT only those assigned to it); else {@code NOT_FOUND}. */
    private Conversation load(Actor actor, ConversationId id) {
        documents.context(actor, Capability.INBOX);
        return conversations.findById(actor.tenantId(), id)
                .filter(c -> !actor.role().scopedToAssigned() || Objects.equals(c.assignedTo(), actor.userId()))
                .orElseThrow(() -> DomainException.notFound("Conversation", id));
    }

    private Optional<Message> newestInbound(Actor actor, Conversation c) {
        List<Message> all = messages.listByConversation(actor.tenantId(), c.id(), null, 500);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).direction() == MessageDirection.INBOUND) {
                return Optional.of(all.get(i));
            }
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** A work item title from the newest inbound message: its subject, else its first non-blank line (≤ 120 chars). */
    static String titleFrom(Conversation c, Optional<Message> source) {
        String subject = source.map(Message::subject).map(Text::clean).orElse(Text.clean(c.subject()));
        if (subject != null) {
            subject = subject.replaceFirst("^(?i)((re|fwd?|aw|wg)\\s*:\\s*)+", "").strip();
        }
        if (subject != null && !subject.isEmpty()) {
            return clip(subject, 120);
        }
        String line = source.map(m -> m.bodyText().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(null))
                .orElse(null);
        return line != null ? clip(line, 120) : "Message from " + c.participant().address();
    }

    private ActionDecisions decide(Actor actor, Conversation c) {
        var respond = io.smbhub.application.service.support.Checks.permission(actor, Permission.INBOX_RESPOND);
        return ActionDecisions.builder()
                .action(REPLY, respond)
                .action(ASSIGN, respond)
                .action(CLOSE, respond, () -> c.move(ConversationStatus.CLOSED, "it is already closed"))
                .action(REOPEN, respond, () -> c.move(ConversationStatus.OPEN, "it is already open"))
                .action(MARK_READ, () -> c.unread() ? Optional.empty()
                        : Optional.of(new Refusal(ErrorCode.INVALID_TRANSITION, c.label() + " has no unread messages")))
                .action(CREATE_CONTACT, respond, io.smbhub.application.service.support.Checks.permission(actor, Permission.CONTACTS_WRITE),
                        () -> c.contactId() == null ? Optional.empty()
                                : Optional.of(new Refusal(ErrorCode.CONFLICT, c.label() + " already has a contact")))
                .action(LINK_CONTACT, respond)
                .action(CONVERT_TO_WORK_ITEM, respond, io.smbhub.application.service.support.Checks.permission(actor, Permission.WORK_WRITE))
                .build();
    }

    private ConversationView view(Actor actor, Conversation c) {
        return view(actor, c, c.version(), contactName(actor, c));
    }

    private ConversationView view(Actor actor, Conversation c, long version, String contactName) {
        return new ConversationView(c.id().value(), c.channel(), c.subject(), c.participant().address(), c.participant().name(),
                c.contactId() == null ? null : c.contactId().value(), contactName, c.externalThreadId(), c.status(),
                c.assignedTo() == null ? null : c.assignedTo().value(), c.unread(), c.lastMessageAt(), c.preview(),
                c.createdAt(), c.updatedAt(), version, decide(actor, c).allowed());
    }

    private String contactName(Actor actor, Conversation c) {
        return c.contactId() == null ? null
                : contacts.findById(actor.tenantId(), c.contactId()).map(k -> k.details().displayName()).orElse(null);
    }

    private Map<ContactId, String> contactNames(Actor actor, List<Conversation> rows) {
        Map<ContactId, String> names = new java.util.HashMap<>();
        for (Conversation c : rows) {
            if (c.contactId() != null && !names.containsKey(c.contactId())) {
                names.put(c.contactId(), contactName(actor, c));
            }
        }
        return names;
    }

    MessageView messageView(Actor actor, Message m, List<StoredFile> attached) {
        List<String> actions = new ArrayList<>();
        if (m.status() == DeliveryStatus.FAILED && io.smbhub.application.service.support.Access.refusal(actor, Permission.INBOX_RESPOND).isEmpty()) {
            actions.add(RETRY);
        }
        return new MessageView(m.id().value(), m.conversationId().value(), m.direction(), m.from().toString(),
                m.to().stream().map(EmailAddress::toString).toList(), m.cc().stream().map(EmailAddress::toString).toList(),
                m.subject(), m.bodyText(), m.bodyHtml(), m.internetMessageId(), m.inReplyTo(),
                attached.stream().map(f -> new FileView(f.id().value(), f.fileName(), f.mimeType(), f.sizeBytes(),
                        f.checksumSha256(), f.createdAt())).toList(),
                m.document() == null ? null : m.document().kind().name(), m.document() == null ? null : m.document().id(),
                m.purpose() == null ? null : m.purpose().wire(), m.status(), m.failureReason(), m.sentAt(),
                m.createdBy() == null ? null : m.createdBy().value(), m.createdAt(), m.version(), actions);
    }

    private static List<EmailAddress> ccOf(List<String> cc) {
        if (cc == null) {
            return List.of();
        }
        if (cc.size() > 20) {
            throw DomainException.invalid("cc", "At most 20 Cc addresses");
        }
        List<EmailAddress> out = new ArrayList<>();
        for (int i = 0; i < cc.size(); i++) {
            out.add(EmailAddress.of(cc.get(i), null, "cc[" + i + "]"));
        }
        return out;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String encodePosition(Conversation c) {
        String raw = c.lastMessageAt().toEpochMilli() + "/" + c.lastMessageAt().getNano() + "/" + c.id().value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    private static ConversationRepository.Position decodePosition(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("/");
            Instant at = Instant.ofEpochSecond(Math.floorDiv(Long.parseLong(parts[0]), 1000L), Integer.parseInt(parts[1]));
            return new ConversationRepository.Position(at, UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw DomainException.invalid("cursor", "cursor is not valid; use the cursor from the previous page");
        }
    }

    private static String encodeMessageCursor(UUID id) {
        return io.smbhub.application.service.support.Cursors.encode(id);
    }

    private static UUID decodeMessageCursor(String cursor) {
        return io.smbhub.application.service.support.Cursors.decode(cursor);
    }
}
