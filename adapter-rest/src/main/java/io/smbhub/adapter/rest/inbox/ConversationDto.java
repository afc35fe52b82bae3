package io.smbhub.adapter.rest.inbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.inbox.ConversationView;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.inbox.Channel;
import io.smbhub.domain.inbox.ConversationStatus;
import io.smbhub.domain.workitem.WorkItemPriority;
import io.smbhub.domain.workitem.WorkItemType;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation of the inbox in responses (spec smb-hub-prd.md 2.1 "Conversation", 3.4): the outside party, the
 * linked contact (nulls for an unknown sender, then {@code allowed_actions} offers {@code create_contact}),
 * status, assignee, unread mark, last activity (UTC) and a preview line for the list.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Conversation")
public record ConversationDto(UUID id, Channel channel, @Nullable String subject,
                              @Schema(example = "jane@example.com") String participantAddress,
                              @Nullable String participantName, @Nullable UUID contactId, @Nullable String contactName,
                              @Nullable @Schema(description = "Message-ID of the thread's first message") String externalThreadId,
                              ConversationStatus status, @Nullable UUID assignedTo, boolean unread,
                              @Nullable Instant lastMessageAt, @Nullable String preview,
                              Instant createdAt, Instant updatedAt, long version,
                              @Schema(description = "Actions the caller may take now (spec 12.7): reply, assign, close, reopen, "
                                      + "mark_read, create_contact, link_contact, convert_to_work_item")
                              List<String> allowedActions) {

    public static ConversationDto of(ConversationView v) {
        return new ConversationDto(v.id(), v.channel(), v.subject(), v.participantAddress(), v.participantName(),
                v.contactId(), v.contactName(), v.externalThreadId(), v.status(), v.assignedTo(), v.unread(),
                v.lastMessageAt(), v.preview(), v.createdAt(), v.updatedAt(), v.version(),
                v.allowedActions());
    }

    /** Request body of POST /v1/conversations (documentation): a contact or a bare address. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "ComposeRequest")
    public record ComposeRequest(@Nullable @Schema(description = "Send to this contact's email") UUID contactId,
                                 @Nullable @Schema(description = "Or to this address", example = "jane@example.com") String to,
                                 @Schema(example = "Your appointment on Monday") String subject, String body) {
    }

    /** Request body of POST /v1/conversations/{id}/messages (documentation). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "ReplyRequest")
    public record ReplyRequest(@Schema(description = "Plain text, at most 1,000,000 characters") String body,
                               @Nullable @Schema(description = "Extra Cc addresses, at most 20") List<String> cc) {
    }

    /** Request body of POST /v1/conversations/{id}/assign (documentation). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AssignConversationRequest")
    public record AssignRequest(@Nullable @Schema(description = "An active member's user id; null or absent unassigns "
                                        + "(assigned_to is accepted too)") UUID assigneeId,
                                @Nullable @Schema(description = "Refuse with 409 unless this is the current version") Long ifMatchVersion) {
    }

    /** Request body of POST /v1/conversations/{id}/close and /reopen (documentation). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "ConversationVersionRequest")
    public record VersionRequest(@Nullable @Schema(description = "Refuse with 409 unless this is the current version") Long ifMatchVersion) {
    }

    /** Request body of POST /v1/conversations/{id}/contact (documentation): overrides for the new contact. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "ContactFromSenderRequest")
    public record ContactFromSenderRequest(@Nullable @Schema(description = "Default: the sender's name or address") String displayName,
                                           @Nullable String companyName, @Nullable String phone,
                                           @Nullable @Schema(description = "Default CUSTOMER") ContactType type) {
    }

    /** Request body of POST /v1/conversations/{id}/contact/link (documentation). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "LinkContactRequest")
    public record LinkContactRequest(UUID contactId) {
    }

    /** Request body of POST /v1/conversations/{id}/work-item (documentation); every field optional. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @Schema(name = "ConversationToWorkItemRequest")
    public record WorkItemRequest(@Nullable @Schema(description = "Default: the newest inbound message's subject or first line") String title,
                                  @Nullable @Schema(description = "Default: the profile's default type") WorkItemType type,
                                  @Nullable @Schema(description = "Default: the newest inbound message's text") String description,
                                  @Nullable WorkItemPriority priority, @Nullable UUID assignedTo, @Nullable Instant dueAt) {
    }
}
