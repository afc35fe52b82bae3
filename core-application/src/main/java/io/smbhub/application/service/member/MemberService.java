package io.smbhub.application.service.member;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.Page;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.member.MemberQueries;
import io.smbhub.application.port.in.member.MemberView;
import io.smbhub.application.port.in.member.UpdateMemberCommand;
import io.smbhub.application.port.in.member.UpdateMemberUseCase;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.Cursors;
import io.smbhub.application.service.support.Versions;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.MemberChange;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.tenant.TeamPolicy;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The team of a business: list members, change roles, disable and enable (spec smb-hub-prd.md 2.2 "Manage team &
 * roles", 4.2.3 "Audit logs: membership/role changes"). Everything requires {@link Permission#MANAGE_TEAM}.
 */
public final class MemberService implements MemberQueries, UpdateMemberUseCase {

    static final String ENTITY = "member";

    private final UserAccountRepository users;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public MemberService(UserAccountRepository users, TransactionRunner tx, TimeSource clock, Auditor auditor) {
        this.users = users;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    @Override
    public Page<MemberView> list(Actor actor, PageRequest page) {
        Access.require(actor, Permission.MANAGE_TEAM);
        return tx.inTenant(actor.tenantId(), () -> {
            Page<TenantMember> members = Cursors.page(page, (after, limit) -> users.listMembers(actor.tenantId(), after, limit),
                    m -> m.userId().value(), Function.identity());
            Map<UserId, UserAccount> accounts = users.findByIds(members.items().stream().map(TenantMember::userId).toList())
                    .stream().collect(Collectors.toMap(UserAccount::id, Function.identity()));
            return members.map(m -> MemberView.of(m, accounts.get(m.userId()), m.version()));
        });
    }

    @Override
    public MemberView get(Actor actor, UserId userId) {
        Access.require(actor, Permission.MANAGE_TEAM);
        return tx.inTenant(actor.tenantId(), () -> view(load(actor, userId)));
    }

    @Override
    public MemberView update(Actor actor, UpdateMemberCommand c) {
        Access.require(actor, Permission.MANAGE_TEAM);
        return tx.inTenant(actor.tenantId(), () -> {
            List<TenantMember> owners = users.lockActiveOwners(actor.tenantId());
            TenantMember target = load(actor, c.userId());
            Versions.requireExpected("Member " + c.userId(), c.expectedVersion(), target.version());
            TeamPolicy.checkChange(actor.userId(), actor.role(), target, c.role(), c.status(), owners.size());
            MemberChange change = target.change(c.role(), c.status(), clock.now());
            UserAccount account = users.findById(target.userId()).orElse(null);
            MemberView before = MemberView.of(target, account, target.version());
            if (!change.changed()) {
                return before;
            }
            long version = users.updateMember(change.after());
            MemberView after = MemberView.of(change.after(), account, version);
            auditor.record(actor, ENTITY, target.userId().value(), before, after, change.events());
            return after;
        });
    }

    private TenantMember load(Actor actor, UserId userId) {
        return users.findMember(actor.tenantId(), userId)
                .orElseThrow(() -> DomainException.notFound("Member", userId));
    }

    private MemberView view(TenantMember m) {
        return MemberView.of(m, users.findById(m.userId()).orElse(null), m.version());
    }
}
