package io.smbhub.application.port.in.member;

import io.smbhub.domain.tenant.Role;

/** Invite {@code email} to the caller's business as {@code role} (both required; checked by the invitation itself). */
public record InviteMemberCommand(String email, Role role) {
}
