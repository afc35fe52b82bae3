package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.AggregateRoot;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.MessageId;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of a conversation (spec smb-hub-prd.md 2.1 Message, 3.5), inbound or outbound. An outbound message is
 * also the transactional outbox entry of its email: it is stored QUEUED in the same transaction as the change that
 * caused it, and the {@code EMAIL_SEND} job delivers it after commit ({@link DeliveryStatus}).
 *
 * <p>Shape: {@code from}, {@code to} (≥ 1), {@code cc}; {@code subject} (≤ 998 chars); {@code bodyText} (required,
 * ≤ 1,000,000 chars; an outbound body may contain the {@code {{portal_url}}} placeholder, replaced by a fresh
 * client-portal link only when the email is sent, so no portal secret is ever stored); {@code bodyHtml} (may be
 * null); {@code internetMessageId}: the {@code Message-ID} (without angle brackets), unique per tenant;
 * {@code inReplyTo} and {@code references} (bare ids, oldest first) for threading; {@code attachmentCount};
 * {@code document}: the quote or invoice whose PDF is attached (outbound, may be null); {@code purpose} (outbound);
 * {@code status}, {@code failureReason} (last delivery error, shown with a retry action), {@code sentAt} (UTC,
 * when the server accepted it, or the {@code Date} of an inbound mail), {@code createdBy} (null for inbound and
 * system-sent mail), {@code createdAt} (received or queued, UTC).
 */
public final class Message extends AggregateRoot<MessageEvent> {

    /** Longest stored plain-text body, in characters. */
    public static final int MAX_BODY = 1_000_000;
    /** The body placeholder replaced by the client portal URL at send time. */
    public static final String PORTAL_URL_PLACEHOLDER = "{{portal_url}}";

    private final MessageId id;
    private final TenantId tenantId;
    private final ConversationId conversationId;
    private final MessageDirection direction;
    private final EmailAddress from;
    private final List<EmailAddress> to;
    private final List<EmailAddress> cc;
    private final String subject;
    private final String bodyText;
    private final String bodyHtml;
    private final String internetMessageId;
    private final String inReplyTo;
    private final List<String> references;
    private final int attachmentCount;
    private final DocumentRef document;
    private final MessagePurpose purpose;
    private DeliveryStatus status;
    private String failureReason;
    private Instant sentAt;
    private final UserId createdBy;
    private final Instant createdAt;
    private Instant updatedAt;

    private Message(MessageId id, TenantId tenantId, ConversationId conversationId, MessageDirection direction,
                    EmailAddress from, List<EmailAddress> to, List<EmailAddress> cc, String subject, String bodyText,
                    String bodyHtml, String internetMessageId, String inReplyTo, List<String> references,
                    int attachmentCount, DocumentRef document, MessagePurpose purpose, DeliveryStatus status,
                    String failureReason, Instant sentAt, UserId createdBy, Instant createdAt, Instant updatedAt,
                    long version) {
        super(version);
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.conversationId = Objects.requireNonNull(conversationId);
        this.direction = Objects.requireNonNull(direction);
        this.from = Objects.requireNonNull(from);
        this.to = List.copyOf(to);
        this.cc = cc == null ? List.of() : List.copyOf(cc);
        this.subject = subject == null ? "" : (subject.length() > 998 ? subject.substring(0, 998) : subject);
        this.bodyText = bodyText == null ? "" : (bodyText.length() > MAX_BODY ? bodyText.substring(0, MAX_BODY) : bodyText);
        this.bodyHtml = bodyHtml;
        this.internetMessageId = Objects.requireNonNull(internetMessageId);
        this.inReplyTo = inReplyTo;
        this.references = references == null ? List.of() : List.copyOf(references);
        this.attachmentCount = attachmentCount;
        this.document = document;
        this.purpose = purpose;
        this.status = Objects.requireNonNull(status);
        this.failureReason = failureReason;
        this.sentAt = sentAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A received email, RECEIVED. Records {@code message.received}. */
    public static Message received(MessageId id, TenantId tenantId, ConversationId conversationId, EmailAddress from,
                                   List<EmailAddress> to, List<EmailAddress> cc, String subject, String bodyText,
                                   String bodyHtml, String internetMessageId, String inReplyTo, List<String> references,
                                   int attachmentCount, Instant sentAt, Instant at) {
        Message m = new Message(id, tenantId, conversationId, MessageDirection.INBOUND, from, to, cc, subject, bodyText,
                bodyHtml, internetMessageId, inReplyTo, references, attachmentCount, null, null, DeliveryStatus.RECEIVED,
                null, sentAt, null, at, at, 0);
        m.record(new MessageEvent.MessageReceived(id, conversationId, attachmentCount, at));
        return m;
    }

    /**
     * An email to send, QUEUED in the outbox. Errors: {@code VALIDATION_ERROR} on {@code to} (no recipient) or
     * {@code body} (empty). Records {@code message.queued}.
     */
    public static Message queued(MessageId id, TenantId tenantId, ConversationId conversationId, EmailAddress from,
                                 List<EmailAddress> to, List<EmailAddress> cc, String subject, String bodyText,
                                 String internetMessageId, String inReplyTo, List<String> references,
                                 DocumentRef document, MessagePurpose purpose, UserId createdBy, Instant at) {
        if (to == null || to.isEmpty()) {
            throw DomainException.invalid("to", "A message needs at least one recipient address");
        }
        if (bodyText == null || bodyText.isBlank()) {
            throw DomainException.invalid("body", "The message text is empty");
        }
        if (bodyText.length() > MAX_BODY) {
            throw DomainException.invalid("body", "The message text is longer than " + MAX_BODY + " characters");
        }
        Message m = new Message(id, tenantId, conversationId, MessageDirection.OUTBOUND, from, to, cc, subject, bodyText,
                null, internetMessageId, inReplyTo, references, document == null ? 0 : 1, document, purpose,
                DeliveryStatus.QUEUED, null, null, createdBy, at, at, 0);
        m.record(new MessageEvent.MessageQueued(id, conversationId, purpose, at));
        return m;
    }

    /** Reloads a stored message at {@code version}. */
    public static Message rehydrate(MessageId id, TenantId tenantId, ConversationId conversationId,
                                    MessageDirection direction, EmailAddress from, List<EmailAddress> to,
                                    List<EmailAddress> cc, String subject, String bodyText, String bodyHtml,
                                    String internetMessageId, String inReplyTo, List<String> references,
                                    int attachmentCount, DocumentRef document, MessagePurpose purpose,
                                    DeliveryStatus status, String failureReason, Instant sentAt, UserId createdBy,
                                    Instant createdAt, Instant updatedAt, long version) {
        return new Message(id, tenantId, conversationId, direction, from, to, cc, subject, bodyText, bodyHtml,
                internetMessageId, inReplyTo, references, attachmentCount, document, purpose, status, failureReason,
                sentAt, createdBy, createdAt, updatedAt, version);
    }

    /** The mail server accepted it. Errors: {@code INVALID_TRANSITION} unless QUEUED. */
    public void markSent(Instant at) {
        refusal(DeliveryStatus.SENT, "only a queued message is sent").ifPresent(Refusal::raise);
        status = DeliveryStatus.SENT;
        sentAt = at;
        failureReason = null;
        updatedAt = at;
        record(new MessageEvent.MessageSent(id, at));
    }

    /** A delivery attempt failed and will be retried; keeps the reason to show. No audit entry. */
    public void attemptFailed(String reason, Instant at) {
        if (status == DeliveryStatus.QUEUED) {
            failureReason = reason;
            updatedAt = at;
        }
    }

    /** Delivery failed for good. Errors: {@code INVALID_TRANSITION} unless QUEUED. */
    public void markFailed(String reason, Instant at) {
        refusal(DeliveryStatus.FAILED, "only a queued message can fail").ifPresent(Refusal::raise);
        status = DeliveryStatus.FAILED;
        failureReason = reason;
        updatedAt = at;
        record(new MessageEvent.MessageFailed(id, reason, at));
    }

    /** A member retries a FAILED message: QUEUED again. Errors: {@code INVALID_TRANSITION} unless FAILED. */
    public void retry(Instant at) {
        refusalToRetry().ifPresent(Refusal::raise);
        status = DeliveryStatus.QUEUED;
        updatedAt = at;
        record(new MessageEvent.MessageRetried(id, at));
    }

    /** Why {@link #retry} would be refused now, if it would. */
    public Optional<Refusal> refusalToRetry() {
        return refusal(DeliveryStatus.QUEUED, "only a message that failed to send can be retried");
    }

    private Optional<Refusal> refusal(DeliveryStatus to, String why) {
        return DeliveryStatus.TRANSITIONS.refusal("Message '" + (subject.isEmpty() ? id : subject) + "'", status, to, why);
    }

    /** Every message id this one refers to, for threading a reply to it: its references then its parent. */
    public List<String> threadIds() {
        java.util.ArrayList<String> ids = new java.util.ArrayList<>(references);
        if (inReplyTo != null && !ids.contains(inReplyTo)) {
            ids.add(inReplyTo);
        }
        return ids;
    }

    public MessageId id() { return id; }
    public TenantId tenantId() { return tenantId; }
    public ConversationId conversationId() { return conversationId; }
    public MessageDirection direction() { return direction; }
    public EmailAddress from() { return from; }
    public List<EmailAddress> to() { return to; }
    public List<EmailAddress> cc() { return cc; }
    public String subject() { return subject; }
    public String bodyText() { return bodyText; }
    public String bodyHtml() { return bodyHtml; }
    public String internetMessageId() { return internetMessageId; }
    public String inReplyTo() { return inReplyTo; }
    public List<String> references() { return references; }
    public int attachmentCount() { return attachmentCount; }
    public DocumentRef document() { return document; }
    public MessagePurpose purpose() { return purpose; }
    public DeliveryStatus status() { return status; }
    public String failureReason() { return failureReason; }
    public Instant sentAt() { return sentAt; }
    public UserId createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
