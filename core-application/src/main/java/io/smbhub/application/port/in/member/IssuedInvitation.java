package io.smbhub.application.port.in.member;

import java.util.Objects;

/**
 * A newly created invitation and its one-time {@code token} ({@code <tenant uuid>.<256-bit base64url secret>}),
 * the only time the token is available: only its SHA-256 hash is stored. Hand it to the invitee (e.g. in a link).
 */
public record IssuedInvitation(InvitationView invitation, String token) {
    public IssuedInvitation {
        Objects.requireNonNull(invitation, "invitation");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "IssuedInvitation[invitation=" + invitation + ", token=***]";
    }
}
