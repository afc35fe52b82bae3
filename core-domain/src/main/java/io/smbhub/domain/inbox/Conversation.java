package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.AggregateRoot;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.Text;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An inbox thread with one outside party (spec smb-hub-prd.md 2.1 Conversation, 3.4, 3.5, 12.2 D).
 *
 * <p>Shape: {@code channel}; {@code subject} (email subject of the first message, ≤ 500 chars, may be empty);
 * {@code participant}: the outside party's address (the sender of an inbound thread, the recipient of one we
 * started); {@code contactId}: the matched contact, null for an unknown sender until a contact is created or
 * linked; {@code externalThreadId}: the {@code Message-ID} of the first message (provider thread id);
 * {@code status} OPEN/CLOSED ({@link ConversationStatus#TRANSITIONS}); {@code assignedTo}; {@code unread}: an
 * inbound message arrived that no member has read yet; {@code lastMessageAt} (UTC) and {@code preview}
 * (≤ 200 chars of the last message, for the list).
 */
public final class Conversation extends AggregateRoot<ConversationEvent> {

    /** Longest preview kept for the list (characters). */
    public static final int PREVIEW_LENGTH = 200;

    private final ConversationId id;
    private final TenantId tenantId;
    private final Channel channel;
    private final String subject;
    private final EmailAddress participant;
    private ContactId contactId;
    private final String externalThreadId;
    private ConversationStatus status;
    private UserId assignedTo;
    private boolean unread;
    private Instant lastMessageAt;
    private String preview;
    private final Instant createdAt;
    private Instant updatedAt;

    private Conversation(ConversationId id, TenantId tenantId, Channel channel, String subject, EmailAddress participant,
                         ContactId contactId, String externalThreadId, ConversationStatus status, UserId assignedTo,
                         boolean unread, Instant lastMessageAt, String preview, Instant createdAt, Instant updatedAt,
                         long version) {
        super(version);
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.channel = Objects.requireNonNull(channel);
        this.subject = subject == null ? "" : clip(subject, 500);
        this.participant = Objects.requireNonNull(participant);
        this.contactId = contactId;
        this.externalThreadId = externalThreadId;
        this.status = Objects.requireNonNull(status);
        this.assignedTo = assignedTo;
        this.unread = unread;
        this.lastMessageAt = lastMessageAt;
        this.preview = preview;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /**
     * A conversation started by an inbound message: OPEN and unread. Records {@code conversation.started}.
     */
    public static Conversation startInbound(ConversationId id, TenantId tenantId, Channel channel, String subject,
                                            EmailAddress sender, ContactId contactId, String externalThreadId,
                                            String preview, Instant at) {
        Conversation c = new Conversation(id, tenantId, channel, subject, sender, contactId, externalThreadId,
                ConversationStatus.OPEN, null, true, at, previewOf(preview), at, at, 0);
        c.record(new ConversationEvent.ConversationStarted(id, channel, at));
        return c;
    }

    /**
     * A conversation started by an email we send (a quote, invoice or reminder to a contact): CLOSED — nothing
     * waits for an answer from us — and read; the customer's reply reopens it. Records {@code conversation.started}.
     */
    public static Conversation startOutbound(ConversationId id, TenantId tenantId, Channel channel, String subject,
                                             EmailAddress recipient, ContactId contactId, String externalThreadId,
                                             String preview, Instant at) {
        Conversation c = new Conversation(id, tenantId, channel, subject, recipient, contactId, externalThreadId,
                ConversationStatus.CLOSED, null, false, at, previewOf(preview), at, at, 0);
        c.record(new ConversationEvent.ConversationStarted(id, channel, at));
        return c;
    }

    /**
     * A conversation a member starts with the inbox's Compose button: OPEN (an answer is awaited) and read. Records
     * {@code conversation.started}.
     */
    public static Conversation compose(ConversationId id, TenantId tenantId, Channel channel, String subject,
                                       EmailAddress recipient, ContactId contactId, String preview, Instant at) {
        Conversation c = new Conversation(id, tenantId, channel, subject, recipient, contactId, null,
                ConversationStatus.OPEN, null, false, at, previewOf(preview), at, at, 0);
        c.record(new ConversationEvent.ConversationStarted(id, channel, at));
        return c;
    }

    /** Reloads a stored conversation at {@code version}. */
    public static Conversation rehydrate(ConversationId id, TenantId tenantId, Channel channel, String subject,
                                         EmailAddress participant, ContactId contactId, String externalThreadId,
                                         ConversationStatus status, UserId assignedTo, boolean unread,
                                         Instant lastMessageAt, String preview, Instant createdAt, Instant updatedAt,
                                         long version) {
        return new Conversation(id, tenantId, channel, subject, participant, contactId, externalThreadId, status,
                assignedTo, unread, lastMessageAt, preview, createdAt, updatedAt, version);
    }

    /** An inbound message arrived: unread, newest preview; a CLOSED conversation reopens. */
    public void inboundMessage(String text, Instant at) {
        if (status == ConversationStatus.CLOSED) {
            status = ConversationStatus.OPEN;
            record(new ConversationEvent.ConversationReopened(id, true, at));
        }
        unread = true;
        touch(text, at);
    }

    /** We sent (queued) a message: newest preview; answering counts as having read the thread. */
    public void outboundMessage(String text, Instant at) {
        unread = false;
        touch(text, at);
    }

    /** Marks the thread read (no audit entry: reading changes no business fact). Returns whether it was unread. */
    public boolean markRead(Instant at) {
        if (!unread) {
            return false;
        }
        unread = false;
        updatedAt = at;
        return true;
    }

    /** Assigns to {@code assignee} ({@code null} unassigns); no-op when unchanged. */
    public void assign(UserId assignee, Instant at) {
        if (Objects.equals(assignee, assignedTo)) {
            return;
        }
        assignedTo = assignee;
        updatedAt = at;
        record(new ConversationEvent.ConversationAssigned(id, assignee, at));
    }

    /** Closes. Errors: {@code INVALID_TRANSITION} when already CLOSED. */
    public void close(Instant at) {
        move(ConversationStatus.CLOSED, "it is already closed").ifPresent(Refusal::raise);
        status = ConversationStatus.CLOSED;
        updatedAt = at;
        record(new ConversationEvent.ConversationClosed(id, at));
    }

    /** Reopens. Errors: {@code INVALID_TRANSITION} when already OPEN. */
    public void reopen(Instant at) {
        move(ConversationStatus.OPEN, "it is already open").ifPresent(Refusal::raise);
        status = ConversationStatus.OPEN;
        updatedAt = at;
        record(new ConversationEvent.ConversationReopened(id, false, at));
    }

    /** Why moving to {@code to} would be refused, if it would. */
    public Optional<Refusal> move(ConversationStatus to, String why) {
        return ConversationStatus.TRANSITIONS.refusal(label(), status, to, why);
    }

    /** Links the outside party's contact; no-op when already linked to it. */
    public void linkContact(ContactId contact, Instant at) {
        if (Objects.equals(contact, contactId)) {
            return;
        }
        contactId = Objects.requireNonNull(contact);
        updatedAt = at;
        record(new ConversationEvent.ConversationContactLinked(id, contact, at));
    }

    /** Human name for messages, e.g. {@code Conversation 'Leaking tap'}. */
    public String label() {
        return "Conversation '" + (subject.isEmpty() ? participant.address() : subject) + "'";
    }

    private void touch(String text, Instant at) {
        if (lastMessageAt == null || !at.isBefore(lastMessageAt)) {
            lastMessageAt = at;
            preview = previewOf(text);
        }
        updatedAt = at;
    }

    static String previewOf(String text) {
        String clean = Text.clean(text == null ? null : text.replaceAll("\\s+", " "));
        return clean == null ? "" : clip(clean, PREVIEW_LENGTH);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public ConversationId id() { return id; }
    public TenantId tenantId() { return tenantId; }
    public Channel channel() { return channel; }
    public String subject() { return subject; }
    public EmailAddress participant() { return participant; }
    public ContactId contactId() { return contactId; }
    public String externalThreadId() { return externalThreadId; }
    public ConversationStatus status() { return status; }
    public UserId assignedTo() { return assignedTo; }
    public boolean unread() { return unread; }
    public Instant lastMessageAt() { return lastMessageAt; }
    public String preview() { return preview; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
