package io.smbhub.adapter.rest.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.ApiException;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.IdempotentRequests;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.adapter.rest.http.QueryParams;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.adapter.rest.workitem.WorkItemDto;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.inbox.ConversationQueries;
import io.smbhub.application.port.in.inbox.ConversationUseCase;
import io.smbhub.application.port.in.inbox.ConversationView;
import io.smbhub.application.port.in.inbox.MessageView;
import io.smbhub.application.port.in.workitem.WorkItemQueries;
import io.smbhub.domain.contact.ContactType;
import io.smbhub.domain.inbox.Channel;
import io.smbhub.domain.inbox.ConversationStatus;
import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.shared.WorkItemId;
import io.smbhub.domain.workitem.WorkItemPriority;
import io.smbhub.domain.workitem.WorkItemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The inbox (spec smb-hub-prd.md 2.3 "Inbox", 3.4, 3.5, 12.2 D; Epic 3): conversations, their messages, replies and
 * new outbound conversations (queued: 202 with the QUEUED message), assignment, close/reopen, unread mark, contact
 * from an unknown sender, and "create work item" in one call. Every POST takes an {@code Idempotency-Key}; the state
 * changes take {@code if_match_version} and answer a stale one with 409 and the conversation as it is now.
 */
@Controller("/v1/conversations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Inbox")
public class ConversationController {

    private final ConversationQueries queries;
    private final ConversationUseCase conversations;
    private final WorkItemQueries workItems;
    private final IdempotentRequests idempotent;

    public ConversationController(ConversationQueries queries, ConversationUseCase conversations,
                                  WorkItemQueries workItems, IdempotentRequests idempotent) {
        this.queries = queries;
        this.conversations = conversations;
        this.workItems = workItems;
        this.idempotent = idempotent;
    }

    @Get
    @Operation(operationId = "listConversations", summary = "List conversations, most recent activity first (an AGENT sees its assigned ones only)")
    public HttpResponse<Envelope<List<ConversationDto>>> list(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
            @Nullable @QueryValue @Parameter(description = "Search sender name or email, subject, contact name") String q,
            @Nullable @QueryValue @Parameter(schema = @Schema(implementation = ConversationStatus.class)) String status,
            @Nullable @QueryValue @Parameter(schema = @Schema(implementation = Channel.class)) String channel,
            @Nullable @QueryValue("assigned_to") @Parameter(schema = @Schema(format = "uuid")) String assignedTo,
            @Nullable @QueryValue @Parameter(description = "true: only unassigned conversations", schema = @Schema(type = "boolean")) String unassigned,
            @Nullable @QueryValue @Parameter(description = "true: only unread; false: only read", schema = @Schema(type = "boolean")) String unread,
            @Nullable @QueryValue("contact_id") @Parameter(schema = @Schema(format = "uuid")) String contactId,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        UUID assignee = QueryParams.uuid("assigned_to", assignedTo);
        UUID contact = QueryParams.uuid("contact_id", contactId);
        var query = new ConversationQueries.ListQuery(QueryParams.text(q),
                QueryParams.enumValue("status", status, ConversationStatus.class),
                QueryParams.enumValue("channel", channel, Channel.class), assignee == null ? null : new UserId(assignee),
                flag("unassigned", unassigned), flag("unread", unread), contact == null ? null : new ContactId(contact),
                QueryParams.page(limit, cursor));
        return Responses.page(request, queries.list(actor, query), ConversationDto::of);
    }

    @Post
    @Operation(operationId = "composeConversation", summary = "Start a new outbound email conversation with a contact or an address",
            description = "The first message is QUEUED in the outbox and sent in the background; follow it through "
                    + "GET /v1/conversations/{id}/messages. Errors: VALIDATION_ERROR (no contact_id or to, contact without "
                    + "email, missing subject or body), NOT_FOUND (contact).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ConversationDto.ComposeRequest.class)))
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    public HttpResponse<Envelope<ConversationDto>> compose(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                           @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        UUID contact = json.uuid("contact_id");
        var command = new ConversationUseCase.ComposeCommand(contact == null ? null : new ContactId(contact),
                json.string("to"), json.string("subject"), json.string("body"));
        AtomicReference<ConversationView> created = new AtomicReference<>();
        return idempotent.respond(actor, request, body, HttpStatus.CREATED, () -> {
            created.set(conversations.compose(actor, command));
            return created.get().id().toString();
        }, id -> ConversationDto.of(created.get() != null ? created.get()
                : queries.get(actor, new ConversationId(UUID.fromString(id)))));
    }

    @Get("/{id}")
    @Operation(operationId = "getConversation", summary = "Get a conversation")
    public HttpResponse<Envelope<ConversationDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                       @PathVariable String id) {
        return Responses.ok(request, ConversationDto.of(queries.get(actor, conversationId(id))));
    }

    @Get("/{id}/messages")
    @Operation(operationId = "listConversationMessages", summary = "The conversation's messages, oldest first, with their attachments")
    public HttpResponse<Envelope<List<MessageDto>>> messages(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                             @PathVariable String id, @Nullable @QueryValue String limit,
                                                             @Nullable @QueryValue String cursor) {
        return Responses.page(request, queries.messages(actor, conversationId(id), QueryParams.page(limit, cursor)),
                MessageDto::of);
    }

    @Post("/{id}/messages")
    @Operation(operationId = "replyToConversation", summary = "Reply to the conversation: the message is QUEUED and sent in the background",
            description = "Answers 202 with the QUEUED message, threaded to the newest message (In-Reply-To, References, "
                    + "Re: subject). It becomes SENT once the mail server accepted it; a refusal shows failure_reason and, "
                    + "once retries are exhausted, status FAILED with a retry action (POST /v1/messages/{id}/retry).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ConversationDto.ReplyRequest.class)))
    @ApiResponse(responseCode = "202", description = "Queued", useReturnTypeSchema = true)
    public HttpResponse<Envelope<MessageDto>> reply(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                    @PathVariable String id, @Nullable @Body String body) {
        ConversationId conversation = conversationId(id);
        JsonObject json = JsonInput.object(body);
        List<String> cc = json.strings("cc");
        var command = new ConversationUseCase.ReplyCommand(json.string("body"), cc == null ? List.of() : cc);
        AtomicReference<MessageView> queued = new AtomicReference<>();
        return idempotent.respond(actor, request, body, HttpStatus.ACCEPTED, () -> {
            queued.set(conversations.reply(actor, conversation, command));
            return ReplayedMessages.encode(queued.get());
        }, result -> MessageDto.of(queued.get() != null ? queued.get() : ReplayedMessages.load(queries, actor, result)));
    }

    @Post("/{id}/assign")
    @Operation(operationId = "assignConversation", summary = "Assign the conversation to a member, or unassign it (assignee_id null)")
    @RequestBody(content = @Content(schema = @Schema(implementation = ConversationDto.AssignRequest.class)))
    public HttpResponse<Envelope<ConversationDto>> assign(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                          @PathVariable String id, @Nullable @Body String body) {
        ConversationId conversation = conversationId(id);
        JsonObject json = JsonInput.object(body);
        UUID assignee = json.uuid(json.has("assignee_id") ? "assignee_id" : "assigned_to");
        Long expected = json.longValue("if_match_version");
        return change(actor, request, body, conversation, expected,
                () -> conversations.assign(actor, conversation, assignee == null ? null : new UserId(assignee), expected));
    }

    @Post("/{id}/close")
    @Operation(operationId = "closeConversation", summary = "Close the conversation (OPEN → CLOSED); a new inbound message reopens it")
    @RequestBody(content = @Content(schema = @Schema(implementation = ConversationDto.VersionRequest.class)))
    public HttpResponse<Envelope<ConversationDto>> close(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                         @PathVariable String id, @Nullable @Body String body) {
        ConversationId conversation = conversationId(id);
        Long expected = JsonInput.object(body).longValue("if_match_version");
        return change(actor, request, body, conversation, expected, () -> conversations.close(actor, conversation, expected));
    }

    @Post("/{id}/reopen")
    @Operation(operationId = "reopenConversation", summary = "Reopen a closed conversation (CLOSED → OPEN)")
    @RequestBody(content = @Content(schema = @Schema(implementation = ConversationDto.VersionRequest.class)))
    public HttpResponse<Envelope<ConversationDto>> reopen(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                          @PathVariable String id, @Nullable @Body String body) {
        ConversationId conversation = conversationId(id);
        Long expected = JsonInput.object(body).longValue("if_match_version");
        return change(actor, request, body, conversation, expected, () -> conversations.reopen(actor, conversation, expected));
    }

    @Post("/{id}/read")
    @Operation(operationId = "markConversationRead", summary = "Clear the conversation's unread mark")
    public HttpResponse<Envelope<ConversationDto>> markRead(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                            @PathVariable String id, @Nullable @Body String body) {
        ConversationId conversation = conversationId(id);
        JsonInput.object(body);
        return change(actor, request, body, conversation, null, () -> conversations.markRead(actor, conversation));
    }

    @Post("/{id}/contact")
    @Operation(operationId = "createContactFromSender", summary = "Create a contact from the unknown sender and link this conversation",
            description = "Email from the sender's address, display name from display_name or the sender's name; every other "
                    + "unlinked conversation with the same sender is linked too. Errors: CONFLICT when the conversation already "
                    + "has a contact or a contact with this email exists (link it with POST …/contact/link).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ConversationDto.ContactFromSenderRequest.class)))
    @ApiResponse(responseCode = "201", description = "Contact created and linked", useReturnTypeSchema = true)
    public HttpResponse<Envelope<ConversationDto>> createContact(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                                 @PathVariable String id, @Nullable @Body String body) {
        ConversationId conversation = conversationId(id);
        JsonObject json = JsonInput.object(body);
        var command = new ConversationUseCase.CreateContactFromSender(json.string("display_name"),
                json.string("company_name"), json.string("phone"), json.enumValue("type", ContactType.class));
        return idempotent.respond(actor, request, body, HttpStatus.CREATED,
                () -> conversations.createContact(actor, conversation, command).id().toString(),
                ignored -> ConversationDto.of(queries.get(actor, conversation)));
    }

    @Post("/{id}/contact/link")
    @Operation(operationId = "linkConversationContact", summary = "Link an existing contact to the conversation")
    @RequestBody(content = @Content(schema = @Schema(implementation = ConversationDto.LinkContactRequest.class)))
    public HttpResponse<Envelope<ConversationDto>> linkContact(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                               @PathVariable String id, @Nullable @Body String body) {
        ConversationId conversation = conversationId(id);
        UUID contact = JsonInput.object(body).uuid("contact_id");
        return change(actor, request, body, conversation, null,
                () -> conversations.linkContact(actor, conversation, contact == null ? null : new ContactId(contact)));
    }

    @Post("/{id}/work-item")
    @Operation(operationId = "convertConversationToWorkItem", summary = "Create a work item from the conversation in one call",
            description = "Prefilled from the newest inbound message (title from its subject or first line, description from "
                    + "its text), source INBOX, linked to the conversation (conversation_id) and its contact; every field "
                    + "of the body overrides the prefill.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ConversationDto.WorkItemRequest.class)))
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    public HttpResponse<Envelope<WorkItemDto>> convertToWorkItem(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                                 @PathVariable String id, @Nullable @Body String body) {
        ConversationId conversation = conversationId(id);
        JsonObject json = JsonInput.object(body);
        UUID assignee = json.uuid("assigned_to");
        var command = new ConversationUseCase.ConvertToWorkItemCommand(json.string("title"),
                json.enumValue("type", WorkItemType.class), json.string("description"),
                json.enumValue("priority", WorkItemPriority.class), assignee == null ? null : new UserId(assignee),
                json.instant("due_at"));
        return idempotent.respond(actor, request, body, HttpStatus.CREATED,
                () -> conversations.convertToWorkItem(actor, conversation, command).id().toString(),
                workItem -> WorkItemDto.of(workItems.get(actor, new WorkItemId(UUID.fromString(workItem)))));
    }

    /**
     * A state change of the conversation through the idempotency keys, answered with the conversation as it is now;
     * a stale {@code if_match_version} ({@code expected}) is a 409 that carries it too.
     */
    private HttpResponse<Envelope<ConversationDto>> change(Actor actor, HttpRequest<?> request, @Nullable String body,
                                                           ConversationId conversation, @Nullable Long expected,
                                                           Supplier<ConversationView> operation) {
        try {
            return idempotent.respond(actor, request, body, HttpStatus.OK, () -> operation.get().id().toString(),
                    ignored -> ConversationDto.of(queries.get(actor, conversation)));
        } catch (DomainException e) {
            // rethrown as is, or as the 409 with the latest conversation when it is a stale version
            return Responses.updated(request, expected, () -> {
                throw e;
            }, () -> ConversationDto.of(queries.get(actor, conversation)));
        }
    }

    /** A boolean query flag: {@code true}/{@code false} (any case), or null when absent. Errors: 400 naming it. */
    @Nullable
    private static Boolean flag(String name, @Nullable String value) {
        String text = QueryParams.text(value);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.badRequest(name, name + " must be true or false, got \"" + text + "\"");
        };
    }

    private static ConversationId conversationId(String id) {
        return new ConversationId(PathIds.parse("Conversation", id));
    }
}
