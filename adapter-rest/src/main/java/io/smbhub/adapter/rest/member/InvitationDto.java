package io.smbhub.adapter.rest.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.member.InvitationView;
import io.smbhub.application.port.in.member.IssuedInvitation;
import io.smbhub.domain.tenant.InvitationStatus;
import io.smbhub.domain.tenant.Role;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A member invitation in responses. {@code token} and {@code accept_path} are present only in the response that
 * created it (never in lists, reads or an idempotent replay): the token is shown once and only its hash is kept.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Invitation")
public record InvitationDto(UUID id, String email, Role role, InvitationStatus status,
                            @Schema(description = "True when a PENDING invitation is past expires_at") boolean expired,
                            Instant expiresAt, @Nullable UUID invitedBy, @Nullable UUID acceptedBy, Instant createdAt,
                            Instant updatedAt, long version,
                            @Nullable @Schema(description = "One-time token for POST /v1/invitations/accept; only when just created")
                            String token,
                            @Nullable @Schema(description = "Where the invitee posts the token; only when just created",
                                    example = InvitationController.ACCEPT_PATH) String acceptPath) {

    public static InvitationDto of(InvitationView v) {
        return of(v, null);
    }

    public static InvitationDto of(IssuedInvitation issued) {
        return of(issued.invitation(), issued.token());
    }

    private static InvitationDto of(InvitationView v, @Nullable String token) {
        return new InvitationDto(v.id(), v.email(), v.role(), v.status(), v.expired(), v.expiresAt(), v.invitedBy(),
                v.acceptedBy(), v.createdAt(), v.updatedAt(), v.version(), token,
                token == null ? null : InvitationController.ACCEPT_PATH);
    }

    @Override
    public String toString() {
        return "InvitationDto[id=" + id + ", status=" + status + ", token=" + (token == null ? null : "***") + "]";
    }

    /** Request body of POST /v1/members/invitations (documentation). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "InvitationRequest")
    public record Request(@Schema(example = "new.hire@example.com") String email,
                          @Schema(description = "Only an OWNER may invite an OWNER") Role role) {
    }

    /** Request body of POST /v1/invitations/accept (documentation). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AcceptInvitationRequest")
    public record AcceptRequest(@Schema(description = "The token from the invitation") String token,
                                @Schema(description = "The existing account's password, or 8 to 72 bytes for a new account")
                                String password) {
    }
}
