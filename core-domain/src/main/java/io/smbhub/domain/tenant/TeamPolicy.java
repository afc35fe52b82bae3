package io.smbhub.domain.tenant;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.UserId;

/**
 * Who may invite whom and change which membership (spec smb-hub-prd.md 2.2: OWNER has everything including role
 * management; ADMIN everything except billing ownership). The caller has already checked
 * {@link Permission#MANAGE_TEAM}. The rules:
 * <ol>
 *   <li>only an OWNER may grant the OWNER role (by invitation or change), take it away, or change an OWNER's
 *       membership in any way;</li>
 *   <li>the last ACTIVE OWNER of a tenant can never be demoted or disabled;</li>
 *   <li>nobody changes their own membership, except an OWNER stepping down to another role while another
 *       ACTIVE OWNER remains.</li>
 * </ol>
 */
public final class TeamPolicy {

    private TeamPolicy() {
    }

    /** Errors: {@code FORBIDDEN} when someone other than an OWNER invites an OWNER. */
    public static void checkInvite(Role acting, Role invited) {
        if (invited == Role.OWNER && acting != Role.OWNER) {
            throw new DomainException(ErrorCode.FORBIDDEN,
                    "Only an OWNER may invite another OWNER; invite as ADMIN or ask an owner");
        }
    }

    /**
     * Checks the change of {@code target} to {@code newRole} and {@code newStatus} ({@code null} = unchanged)
     * requested by {@code actingUser} with {@code actingRole}. A change that changes nothing is always allowed.
     * Errors: {@code FORBIDDEN} (rules 1 and 3), {@code CONFLICT} (rule 2).
     *
     * @param activeOwners the tenant's ACTIVE OWNER memberships, {@code target} included when it is one
     */
    public static void checkChange(UserId actingUser, Role actingRole, TenantMember target, Role newRole,
                                   MemberStatus newStatus, long activeOwners) {
        Role role = newRole == null ? target.role() : newRole;
        MemberStatus status = newStatus == null ? target.status() : newStatus;
        boolean roleChanges = role != target.role();
        if (!roleChanges && status == target.status()) {
            return;
        }
        String who = "user " + target.userId();
        if ((target.role() == Role.OWNER || role == Role.OWNER) && actingRole != Role.OWNER) {
            throw new DomainException(ErrorCode.FORBIDDEN, target.role() == Role.OWNER
                    ? "Only an OWNER may change the membership of " + who + ", who is an OWNER"
                    : "Only an OWNER may grant the OWNER role; ask an owner to promote " + who);
        }
        boolean losesOwnership = target.isActiveOwner() && (role != Role.OWNER || status != MemberStatus.ACTIVE);
        if (losesOwnership && activeOwners <= 1) {
            throw new DomainException(ErrorCode.CONFLICT, "User " + target.userId()
                    + " is the last active OWNER of this business and cannot be demoted or disabled; make another member OWNER first");
        }
        if (target.userId().equals(actingUser)) {
            if (status != target.status()) {
                throw new DomainException(ErrorCode.FORBIDDEN,
                        "You cannot disable or enable your own membership; ask an owner or admin");
            }
            if (target.role() != Role.OWNER) {
                throw new DomainException(ErrorCode.FORBIDDEN, "You cannot change your own role; ask an owner");
            }
        }
    }
}
