package io.smbhub.adapter.rest.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.smbhub.application.port.in.member.MemberView;
import io.smbhub.domain.tenant.MemberStatus;
import io.smbhub.domain.tenant.Role;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A member of the business in responses (times UTC; {@code version} for {@code if_match_version}). */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Member")
public record MemberDto(UUID userId, @Nullable String email, Role role, MemberStatus status, Instant joinedAt,
                        Instant updatedAt, long version) {

    public static MemberDto of(MemberView v) {
        return new MemberDto(v.userId(), v.email(), v.role(), v.status(), v.joinedAt(), v.updatedAt(), v.version());
    }

    /** Request body of PATCH /v1/members/{user_id} (documentation): role and/or status. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MemberPatchRequest")
    public record PatchRequest(@Nullable Role role,
                               @Nullable @Schema(description = "ACTIVE or DISABLED") MemberStatus status,
                               @Nullable @Schema(description = "Refuse with 409 unless this is the current version") Long ifMatchVersion) {
    }
}
