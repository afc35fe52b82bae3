package io.smbhub.application.port.in.inbox;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.workitem.WorkItemView;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.MessageId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.workitem.WorkItemPriority;
import io.smbhub.domain.workitem.WorkItemType;

import java.time.Instant;
import java.util.List;

/**
 * Acting on the inbox (spec smb-hub-prd.md 2.3 "Inbox", 3.4, 3.5, 12.2 D, Epic 3 stories 3.2–3.3). Every change is one
 * tenant transaction with its audit entries; needs {@code INBOX_RESPOND} (an AGENT only on conversations assigned to
 * it). Errors: {@code FORBIDDEN}, {@code NOT_FOUND}, {@code VALIDATION_ERROR} (field details), {@code INVALID_TRANSITION}
 * (closing a closed conversation, retrying a message that did not fail), {@code CONFLICT} (stale
 * {@code expectedVersion}).
 */
public interface ConversationUseCase {

    /**
     * A reply to the conversation: a QUEUED outbound message written to the outbox with the job that sends it
     * ({@code EMAIL_SEND}), threaded to the newest message ({@code In-Reply-To}/{@code References}, subject
     * {@code Re: …}), to the participant (plus {@code cc}). Returns at once; the message becomes SENT when the mail
     * server accepted it, or shows {@code failureReason} while retrying and FAILED (with a {@code retry} action) when
     * it gave up — it is never marked sent before.
     */
    MessageView reply(Actor actor, ConversationId id, ReplyCommand command);

    /** Reply text (required, ≤ 1,000,000 chars) and extra Cc addresses (may be empty, ≤ 20). */
    record ReplyCommand(String body, List<String> cc) {
    }

    /**
     * Starts a new outbound conversation (the inbox "Compose" button): to a contact ({@code contactId}, its email) or
     * a bare address ({@code toAddress}); {@code subject} (required, ≤ 300) and {@code body}.
     */
    ConversationView compose(Actor actor, ComposeCommand command);

    record ComposeCommand(ContactId contactId, String toAddress, String subject, String body) {
    }

    /** Assigns to an active member of the tenant ({@code assignee}; null unassigns). */
    ConversationView assign(Actor actor, ConversationId id, UserId assignee, Long expectedVersion);

    ConversationView close(Actor actor, ConversationId id, Long expectedVersion);

    ConversationView reopen(Actor actor, ConversationId id, Long expectedVersion);

    /** Clears the unread mark. Needs only {@code INBOX_READ}. */
    ConversationView markRead(Actor actor, ConversationId id);

    /**
     * Creates a contact from an unknown sender (spec 3.4 "Unknown sender → allow creating contact from header"):
     * email from the participant, display name from {@code displayName} or the sender's name or address; links this
     * conversation and every other unlinked conversation with the same participant. Needs also
     * {@code CONTACTS_WRITE}. Errors: {@code CONFLICT} when the conversation already has a contact, or a contact
     * with this email exists (link it instead).
     */
    ConversationView createContact(Actor actor, ConversationId id, CreateContactFromSender command);

    /** Optional overrides for the new contact; all may be null. */
    record CreateContactFromSender(String displayName, String companyName, String phone, ContactType type) {
    }

    /** Links an existing contact to the conversation. */
    ConversationView linkContact(Actor actor, ConversationId id, ContactId contactId);

    /**
     * "Create Work Item" in one call (Epic 3 story 3.3): a work item prefilled from the conversation — title from
     * {@code title} or the newest inbound message's subject/first line, description from its text — linked to the
     * conversation ({@code conversationId}) and its contact, source INBOX, type from {@code type} or the profile
     * default. Needs also {@code WORK_WRITE}. Every field of the command is optional.
     */
    WorkItemView convertToWorkItem(Actor actor, ConversationId id, ConvertToWorkItemCommand command);

    record ConvertToWorkItemCommand(String title, WorkItemType type, String description, WorkItemPriority priority,
                                    UserId assignedTo, Instant dueAt) {
    }

    /** Sends a FAILED outbound message again (QUEUED with a new send job). */
    MessageView retry(Actor actor, MessageId id);
}
