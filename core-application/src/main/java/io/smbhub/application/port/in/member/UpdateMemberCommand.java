package io.smbhub.application.port.in.member;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.MemberStatus;
import io.smbhub.domain.tenant.Role;

import java.util.Objects;

/**
 * Change a member's {@code role} and/or {@code status} ({@code null} = unchanged; status ACTIVE or DISABLED);
 * when {@code expectedVersion} is given and the stored version differs the change is refused with
 * {@code CONFLICT} (spec smb-hub-prd.md 12.8). Errors: {@code VALIDATION_ERROR} when neither is given or the
 * status is INVITED.
 */
public record UpdateMemberCommand(UserId userId, Role role, MemberStatus status, Long expectedVersion) {
    public UpdateMemberCommand {
        Objects.requireNonNull(userId, "userId");
        if (role == null && status == null) {
            throw DomainException.invalid("role", "Send a role, a status or both to change a member");
        }
        if (status == MemberStatus.INVITED) {
            throw DomainException.invalid("status", "status must be ACTIVE or DISABLED; invite people with an invitation");
        }
    }
}
