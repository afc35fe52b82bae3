package io.smbhub.adapter.rest.member;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.smbhub.adapter.rest.http.Envelope;
import io.smbhub.adapter.rest.http.IdempotentRequests;
import io.smbhub.adapter.rest.http.JsonInput;
import io.smbhub.adapter.rest.http.JsonObject;
import io.smbhub.adapter.rest.http.PathIds;
import io.smbhub.adapter.rest.http.QueryParams;
import io.smbhub.adapter.rest.http.Responses;
import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.member.InvitationQueries;
import io.smbhub.application.port.in.member.InviteMemberCommand;
import io.smbhub.application.port.in.member.InviteMemberUseCase;
import io.smbhub.application.port.in.member.IssuedInvitation;
import io.smbhub.application.port.in.member.MemberQueries;
import io.smbhub.application.port.in.member.RevokeInvitationUseCase;
import io.smbhub.application.port.in.member.UpdateMemberCommand;
import io.smbhub.application.port.in.member.UpdateMemberUseCase;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.InvitationId;
import io.smbhub.domain.tenant.InvitationStatus;
import io.smbhub.domain.tenant.MemberStatus;
import io.smbhub.domain.tenant.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The team: members and invitations (spec smb-hub-prd.md 2.2 "Manage team & roles", OWNER and ADMIN only; 4.2.3
 * every change audited). Role and status changes apply to the member's next request.
 */
@Controller("/v1/members")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Members")
public class MemberController {

    private final MemberQueries members;
    private final UpdateMemberUseCase update;
    private final InviteMemberUseCase invite;
    private final RevokeInvitationUseCase revoke;
    private final InvitationQueries invitations;
    private final IdempotentRequests idempotent;

    public MemberController(MemberQueries members, UpdateMemberUseCase update, InviteMemberUseCase invite,
                            RevokeInvitationUseCase revoke, InvitationQueries invitations, IdempotentRequests idempotent) {
        this.members = members;
        this.update = update;
        this.invite = invite;
        this.revoke = revoke;
        this.invitations = invitations;
        this.idempotent = idempotent;
    }

    @Get
    @Operation(operationId = "listMembers", summary = "List the members of the business (every status), newest accounts first")
    public HttpResponse<Envelope<List<MemberDto>>> list(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                        @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        return Responses.page(request, members.list(actor, QueryParams.page(limit, cursor)), MemberDto::of);
    }

    @Get("/{user_id}")
    @Operation(operationId = "getMember", summary = "Get a member by user id")
    public HttpResponse<Envelope<MemberDto>> get(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                 @PathVariable("user_id") String userId) {
        return Responses.ok(request, MemberDto.of(members.get(actor, memberId(userId))));
    }

    @Patch("/{user_id}")
    @Operation(operationId = "updateMember", summary = "Change a member's role and/or status (ACTIVE, DISABLED); only an OWNER "
            + "grants, removes or changes the OWNER role; the last active OWNER stays; if_match_version guards against lost updates")
    @RequestBody(content = @Content(schema = @Schema(implementation = MemberDto.PatchRequest.class)))
    public HttpResponse<Envelope<MemberDto>> patch(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                   @PathVariable("user_id") String userId, @Nullable @Body String body) {
        UserId user = memberId(userId);
        JsonObject json = JsonInput.object(body);
        Long expected = json.longValue("if_match_version");
        UpdateMemberCommand command = new UpdateMemberCommand(user, json.enumValue("role", Role.class),
                json.enumValue("status", MemberStatus.class), expected);
        return Responses.updated(request, expected, () -> MemberDto.of(update.update(actor, command)),
                () -> MemberDto.of(members.get(actor, user)));
    }

    @Get("/invitations")
    @Operation(operationId = "listInvitations", summary = "List invitations, newest first (never with their tokens)")
    public HttpResponse<Envelope<List<InvitationDto>>> listInvitations(@Parameter(hidden = true) Actor actor,
            HttpRequest<?> request,
            @Nullable @QueryValue @Parameter(schema = @Schema(implementation = InvitationStatus.class)) String status,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        return Responses.page(request, invitations.list(actor, QueryParams.enumValue("status", status, InvitationStatus.class),
                QueryParams.page(limit, cursor)), InvitationDto::of);
    }

    @Get("/invitations/{id}")
    @Operation(operationId = "getInvitation", summary = "Get an invitation (without its token)")
    public HttpResponse<Envelope<InvitationDto>> getInvitation(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                               @PathVariable String id) {
        return Responses.ok(request, InvitationDto.of(invitations.get(actor, invitationId(id))));
    }

    @Post("/invitations")
    @Operation(operationId = "inviteMember", summary = "Invite someone by email with a role: a PENDING invitation valid for 7 days "
            + "whose one-time token (returned only here, not on an idempotent replay) is accepted at accept_path; "
            + "replaces a pending invitation of the same email")
    @RequestBody(content = @Content(schema = @Schema(implementation = InvitationDto.Request.class)))
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    public HttpResponse<Envelope<InvitationDto>> invite(@Parameter(hidden = true) Actor actor, HttpRequest<?> request,
                                                        @Nullable @Body String body) {
        JsonObject json = JsonInput.object(body);
        InviteMemberCommand command = new InviteMemberCommand(json.string("email"), json.enumValue("role", Role.class));
        AtomicReference<IssuedInvitation> issued = new AtomicReference<>();
        return idempotent.respond(actor, request, body, HttpStatus.CREATED, () -> {
            issued.set(invite.invite(actor, command));
            return issued.get().invitation().id().toString();
        }, id -> issued.get() != null ? InvitationDto.of(issued.get())
                : InvitationDto.of(invitations.get(actor, new InvitationId(UUID.fromString(id)))));
    }

    @Delete("/invitations/{id}")
    @Operation(operationId = "revokeInvitation", summary = "Revoke a pending invitation; its token stops working")
    @ApiResponse(responseCode = "204", description = "Revoked")
    public HttpResponse<Void> revokeInvitation(@Parameter(hidden = true) Actor actor, @PathVariable String id) {
        revoke.revoke(actor, invitationId(id));
        return HttpResponse.noContent();
    }

    private static UserId memberId(String text) {
        return new UserId(PathIds.parse("Member", text));
    }

    private static InvitationId invitationId(String text) {
        return new InvitationId(PathIds.parse("Invitation", text));
    }
}
