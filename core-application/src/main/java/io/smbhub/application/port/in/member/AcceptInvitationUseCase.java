package io.smbhub.application.port.in.member;

import io.smbhub.application.port.in.identity.Identity;

/**
 * Join a business through an invitation (public: the token is the credential). Creates the account when none has
 * the invited email, adds an ACTIVE membership with the invited role, marks the invitation ACCEPTED and returns
 * the new member's identity in that business (like a login). Audited as {@code invitation.accepted} and
 * {@code member.joined}. Errors: {@code NOT_FOUND} "This invitation link is invalid or has expired" for a
 * malformed, unknown, expired, revoked or already accepted token (indistinguishable on purpose);
 * {@code UNAUTHORIZED} when an account with the invited email exists and the password is not its password;
 * {@code VALIDATION_ERROR} on {@code password} for a new account; {@code CONFLICT} when the account is already a
 * member of the business.
 */
public interface AcceptInvitationUseCase {
    Identity accept(AcceptInvitationCommand command);
}
