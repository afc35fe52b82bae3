package io.smbhub.adapter.rest.member;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.auth.AccessTokens;
import io.smbhub.adapter.rest.auth.AuthController;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.RequestContext;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.application.port.in.member.AcceptInvitationCommand;
import io.smbhub.application.port.in.member.AcceptInvitationUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Accepting an invitation: a public route (the invitation token is the credential) that answers with an access
 * token like login. Not guarded by {@code Idempotency-Key}: the token itself can be used once.
 */
@Controller("/v1/invitations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Members")
public class InvitationController {

    /** The path an invitee posts the token to. */
    public static final String ACCEPT_PATH = "/v1/invitations/accept";

    private final AcceptInvitationUseCase accept;
    private final AccessTokens tokens;

    public InvitationController(AcceptInvitationUseCase accept, AccessTokens tokens) {
        this.accept = accept;
        this.tokens = tokens;
    }

    @Post("/accept")
    @Operation(operationId = "acceptInvitation", summary = "Accept an invitation with its token and a password (the existing "
            + "account's, or a new one); returns an access token for the business (no token needed). Every unusable token "
            + "answers 404 'This invitation link is invalid or has expired'")
    @SecurityRequirements
    @RequestBody(content = @Content(schema = @Schema(implementation = InvitationDto.AcceptRequest.class)))
    public HttpResponse<Envelope<AuthController.TokenDto>> accept(HttpRequest<?> request, @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        Identity identity = accept.accept(new AcceptInvitationCommand(json.string("token"), json.string("password"),
                RequestContext.requestId(request)));
        return Responses.ok(request, AuthController.TokenDto.of(tokens.issue(identity), identity));
    }
}
