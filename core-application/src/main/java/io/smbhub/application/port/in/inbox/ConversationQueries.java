package io.smbhub.application.port.in.inbox;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.domain.inbox.Channel;
import io.smbhub.domain.inbox.ConversationStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.FileId;
import io.smbhub.domain.shared.UserId;

/**
 * Reads of the inbox (spec smb-hub-prd.md 2.3 "Inbox", 3.4, 3.5, Epic 3 story 3.1). Needs {@code INBOX_READ}; an AGENT
 * sees only conversations assigned to it. Errors: {@code FORBIDDEN}, {@code NOT_FOUND} (also for another tenant's
 * ids), {@code VALIDATION_ERROR} on a bad cursor.
 */
public interface ConversationQueries {

    /**
     * List filters, all optional: {@code q} (substring of sender name/email, subject or contact name), {@code status},
     * {@code channel}, {@code assignedTo}, {@code unassigned} (true: only unassigned), {@code unread}, {@code contactId}.
     */
    record ListQuery(String q, ConversationStatus status, Channel channel, UserId assignedTo, Boolean unassigned,
                     Boolean unread, ContactId contactId, PageRequest page) {
    }

    /** Most recent activity first. */
    Page<ConversationView> list(Actor actor, ListQuery query);

    ConversationView get(Actor actor, ConversationId id);

    /** The conversation's messages, oldest first, with their attachments. */
    Page<MessageView> messages(Actor actor, ConversationId id, PageRequest page);

    /** An attachment's bytes (a file of a message the actor may see). Errors: also {@code PROVIDER_ERROR} from storage. */
    FileContent file(Actor actor, FileId id);
}
