package io.smbhub.application.port.in.member;

/**
 * Accept an invitation with its one-time {@code token} and a {@code password}: the existing account's password
 * when one with the invited email exists (proving the invitee), else the new account's password (8–72 bytes, as
 * at sign-up). {@code requestId} is recorded in the audit entries (may be {@code null}).
 */
public record AcceptInvitationCommand(String token, String password, String requestId) {
    @Override
    public String toString() {
        return "AcceptInvitationCommand[token=***, password=***, requestId=" + requestId + "]";
    }
}
