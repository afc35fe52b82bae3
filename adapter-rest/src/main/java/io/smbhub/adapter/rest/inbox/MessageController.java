package io.smbhub.adapter.rest.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.IdempotentRequests;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.inbox.ConversationQueries;
import io.smbhub.application.port.in.inbox.ConversationUseCase;
import io.smbhub.application.port.in.inbox.MessageView;
import io.smbhub.domain.shared.MessageId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.concurrent.atomic.AtomicReference;

/** Messages of the inbox by id (spec smb-hub-prd.md 3.4 "Provider failure", Epic 3 story 3.2): retrying a failed send. */
@Controller("/v1/messages")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Inbox")
public class MessageController {

    private final ConversationUseCase conversations;
    private final ConversationQueries queries;
    private final IdempotentRequests idempotent;

    public MessageController(ConversationUseCase conversations, ConversationQueries queries, IdempotentRequests idempotent) {
        this.conversations = conversations;
        this.queries = queries;
        this.idempotent = idempotent;
    }

    @Post("/{id}/retry")
    @Operation(operationId = "retryMessage", summary = "Send a FAILED outbound message again (QUEUED with a new send job)",
            description = "Errors: INVALID_TRANSITION unless the message is an outbound FAILED one.")
    @ApiResponse(responseCode = "202", description = "Queued again", useReturnTypeSchema = true)
    public HttpResponse<Envelope<MessageDto>> retry(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                    @PathVariable String id, @Nullable @Body String body) {
        MessageId message = new MessageId(PathIds.parse("Message", id));
        JsonInput.object(body);
        AtomicReference<MessageView> queued = new AtomicReference<>();
        return idempotent.respond(actor, request, body, HttpStatus.ACCEPTED, () -> {
            queued.set(conversations.retry(actor, message));
            return ReplayedMessages.encode(queued.get());
        }, result -> MessageDto.of(queued.get() != null ? queued.get() : ReplayedMessages.load(queries, actor, result)));
    }
}
