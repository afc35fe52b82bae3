package io.smbhub.application.service.inbox;

import io.smbhub.application.port.out.ConversationRepository;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.port.out.MessageRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.service.job.JobPayloads;
import io.smbhub.domain.contact.Contact;
import io.smbhub.domain.inbox.Channel;
import io.smbhub.domain.inbox.Conversation;
import io.smbhub.domain.inbox.DocumentRef;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.inbox.Message;
import io.smbhub.domain.inbox.MessagePurpose;
import io.smbhub.domain.inbox.MessageTemplate;
import io.smbhub.domain.inbox.TemplateText;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.MessageId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.Tenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The transactional outbox for email (ARCHITECTURE.md "Application rules"; issue 5 "Durable background jobs"): every
 * email the product sends is first an OUTBOUND {@link Message} stored QUEUED, plus an {@code EMAIL_SEND} job keyed by
 * the message, both written in the caller's tenant transaction — the same one as the change that causes the email.
 * A rolled-back change therefore never sends, and a committed one is never lost: the job ({@link EmailDelivery})
 * delivers it after commit, retrying per spec 12.4.
 *
 * <p>Document emails (quote/invoice sends, reminders) are written with the tenant's template of their purpose and
 * threaded into the conversation of the document's earlier emails, so the customer's replies and our reminders sit in
 * one thread. Call only inside a tenant transaction. The caller audits the returned message's events.
 */
public final class EmailOutbox {

    /** What was queued: the message, its conversation (saved at {@code conversationVersion}), the send job's id. */
    public record Queued(Message message, Conversation conversation, long conversationVersion, UUID jobId) {
    }

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final JobQueue jobs;
    private final MailIdentity identity;
    private final TemplateResolver templates;
    private final InboundAddresses inbound;
    private final IdGenerator ids;
    private final TimeSource clock;

    public EmailOutbox(ConversationRepository conversations, MessageRepository messages, JobQueue jobs, MailIdentity identity,
                       TemplateResolver templates, InboundAddresses inbound, IdGenerator ids, TimeSource clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.jobs = jobs;
        this.identity = identity;
        this.templates = templates;
        this.inbound = inbound;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Queues the email of {@code purpose} about {@code document} to {@code contact}, written with the tenant's template
     * and {@code values} ({@link io.smbhub.domain.inbox.TemplateVariables}; {@code business_name}, {@code contact_name}
     * and {@code sender_name} are filled in here; {@code portal_url} is filled in when sent). Errors:
     * {@code VALIDATION_ERROR} on {@code contact.email} when the contact has no email address.
     */
    public Queued queueDocumentEmail(Tenant tenant, Contact contact, DocumentRef document, MessagePurpose purpose,
                                     Map<String, String> values, UserId createdBy) {
        String email = contact.details().email();
        if (email == null) {
            throw DomainException.invalid("contact.email", "Contact " + contact.details().displayName()
                    + " has no email address; add one to email them");
        }
        MailIdentity.Sender sender = identity.of(tenant);
        EmailAddress to = new EmailAddress(email, contact.details().displayName());
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put("business_name", tenant.name());
        all.put("contact_name", contact.details().displayName());
        all.put("sender_name", sender.from().name());
        MessageTemplate.Content template = templates.of(tenant, purpose);
        String subject = TemplateText.render(template.subject(), all, Set.of());
        String body = withSignature(TemplateText.render(template.body(), all, Set.of("portal_url")), sender.signature());
        Instant now = clock.now();
        Optional<Message> earlier = messages.latestAboutDocument(tenant.id(), document);
        Conversation conversation = earlier.flatMap(m -> conversations.findById(tenant.id(), m.conversationId()))
                .orElse(null);
        MessageId id = new MessageId(ids.newId());
        String internetId = internetId(id);
        if (conversation == null) {
            conversation = Conversation.startOutbound(new ConversationId(ids.newId()), tenant.id(), Channel.EMAIL, subject,
                    to, contact.id(), internetId, body, now);
        }
        Message message = Message.queued(id, tenant.id(), conversation.id(), sender.from(), List.of(to), List.of(),
                subject, body, internetId, earlier.map(Message::internetMessageId).orElse(null),
                earlier.map(EmailOutbox::referencesAfter).orElse(List.of()), document, purpose, createdBy, now);
        return store(conversation, message, body, now);
    }

    /**
     * Queues a member's message in {@code conversation}: a reply threaded to the newest message, or the first message
     * of a conversation the member composed ({@code subject} then required). Errors: {@code VALIDATION_ERROR} on
     * {@code body} or {@code cc}.
     */
    public Queued queueMessage(Tenant tenant, Conversation conversation, String subject, String text, List<EmailAddress> cc,
                               UserId createdBy) {
        MailIdentity.Sender sender = identity.of(tenant);
        Instant now = clock.now();
        Optional<Message> parent = messages.latest(tenant.id(), conversation.id());
        String replySubject = subject != null ? subject : reSubject(parent.map(Message::subject).orElse(conversation.subject()));
        String body = withSignature(text == null ? null : text.strip(), sender.signature());
        MessageId id = new MessageId(ids.newId());
        Message message = Message.queued(id, tenant.id(), conversation.id(), sender.from(), List.of(conversation.participant()),
                cc, replySubject, body, internetId(id), parent.map(Message::internetMessageId).orElse(null),
                parent.map(EmailOutbox::referencesAfter).orElse(List.of()), null, MessagePurpose.REPLY, createdBy, now);
        return store(conversation, message, text, now);
    }

    /** Queues a new send job for a message a member retried (it is QUEUED again). */
    public UUID requeue(Message message) {
        return enqueue(message, "/retry-" + clock.now().toEpochMilli());
    }

    private Queued store(Conversation conversation, Message message, String preview, Instant now) {
        conversation.outboundMessage(preview, now);
        long version = conversations.save(conversation);
        messages.save(message);
        UUID job = enqueue(message, "");
        return new Queued(message, conversation, version, job);
    }

    private UUID enqueue(Message message, String suffix) {
        String payload = JobPayloads.of(Map.of("tenant_id", message.tenantId(), "message_id", message.id()));
        return jobs.enqueueFor(message.tenantId(), JobQueue.Kind.EMAIL_SEND, "message:" + message.id() + suffix, payload,
                clock.now());
    }

    /** Our {@code Message-ID} for a message: {@code <message uuid>@<inbound domain>}, unique and stable across retries. */
    private String internetId(MessageId id) {
        return id.value() + "@" + inbound.domain();
    }

    /** The {@code References} of a reply to {@code parent}: the parent's references then the parent (RFC 5322 3.6.4). */
    static List<String> referencesAfter(Message parent) {
        List<String> refs = new ArrayList<>(parent.references());
        if (parent.inReplyTo() != null && !refs.contains(parent.inReplyTo())) {
            refs.add(parent.inReplyTo());
        }
        refs.add(parent.internetMessageId());
        return refs.size() > 50 ? refs.subList(refs.size() - 50, refs.size()) : refs;
    }

    static String reSubject(String subject) {
        String s = subject == null ? "" : subject.strip();
        return s.regionMatches(true, 0, "re:", 0, 3) ? s : ("Re: " + s).strip();
    }

    private static String withSignature(String body, String signature) {
        if (body == null || signature == null) {
            return body;
        }
        return body + "\n\n-- \n" + signature;
    }
}
