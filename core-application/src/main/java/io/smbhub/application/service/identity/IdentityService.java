package io.smbhub.application.service.identity;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.identity.CurrentMemberUseCase;
import io.smbhub.application.port.in.identity.ExternalIdentityUseCase;
import io.smbhub.application.port.in.identity.Identity;
import io.smbhub.application.port.in.identity.LogInCommand;
import io.smbhub.application.port.in.identity.LogInUseCase;
import io.smbhub.application.port.in.identity.SignUpCommand;
import io.smbhub.application.port.in.identity.SignUpUseCase;
import io.smbhub.application.port.out.IdGenerator;
import io.smbhub.application.port.out.PasswordHasher;
import io.smbhub.application.port.out.TenantRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.port.out.UserAccountRepository;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.EffectiveProfiles;
import io.smbhub.domain.shared.ContactPoints;
import io.smbhub.domain.shared.DomainEvent;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.Validation;
import io.smbhub.domain.tenant.MemberStatus;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;
import io.smbhub.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Built-in identity: sign-up creates a tenant and its OWNER; login checks the password hash and picks one of the
 * account's businesses; every request with our own token re-reads the membership; tokens of an external OIDC
 * provider map to a tenant by organisation id (spec smb-hub-prd.md 12.1 "Auth & Tenancy").
 *
 * <p>Under row-level security: the account (global) is read without a tenant, the new tenant's rows are written
 * inside {@code inTenant} of the tenant id generated before the insert, and a user's memberships across tenants
 * are read inside {@code forUser}. Password hashing and checking (slow by design) run outside any transaction.
 */
public final class IdentityService implements SignUpUseCase, LogInUseCase, CurrentMemberUseCase, ExternalIdentityUseCase {

    private static final String BAD_LOGIN = "Email or password is wrong";
    private static final String NOT_A_MEMBER = "Your access to this business was removed or disabled; log in again";

    private final TenantRepository tenants;
    private final EffectiveProfiles profiles;
    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;
    private final Auditor auditor;

    public IdentityService(TenantRepository tenants, UserAccountRepository users, PasswordHasher hasher,
                           TransactionRunner tx, TimeSource clock, IdGenerator ids, Auditor auditor,
                           EffectiveProfiles profiles) {
        this.profiles = profiles;
        this.tenants = tenants;
        this.users = users;
        this.hasher = hasher;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
        this.auditor = auditor;
    }

    @Override
    public Identity signUp(SignUpCommand c) {
        Validation v = new Validation();
        String email = capture(v, () -> ContactPoints.email(c.email(), "email"));
        v.check(email == null && !v.hasErrors(), "email", "Email is required");
        PasswordRules.check(v, c.password());
        Instant now = clock.now();
        TenantId tenantId = new TenantId(ids.newId());
        Tenant tenant = capture(v, () -> Tenant.create(tenantId, c.businessName(), c.profileId(), c.timezone(), c.currency(), null, now));
        v.throwIfAny("Sign-up details are invalid");
        String hash = hasher.hash(c.password());
        UserId userId = new UserId(ids.newId());
        tx.inTenant(tenantId, () -> {
            profiles.resolve(tenant.profileId(), tenant.profileOverrides());
            if (users.findByEmail(email).isPresent()) {
                throw new DomainException(ErrorCode.CONFLICT, "An account with email " + email + " already exists; log in instead");
            }
            tenants.insert(tenant);
            users.insert(new UserAccount(userId, email, hash, now));
            users.insertMember(new TenantMember(tenantId, userId, Role.OWNER, MemberStatus.ACTIVE, now));
            auditor.record(new Actor(tenantId, userId, Role.OWNER, ""), "tenant", tenantId.value(), null, null,
                    List.of(new TenantCreated(now)));
            return null;
        });
        return new Identity(tenantId, userId, Role.OWNER);
    }

    @Override
    public Identity logIn(LogInCommand c) {
        String normalized;
        try {
            normalized = ContactPoints.email(c.email(), "email");
        } catch (DomainException e) {
            throw new DomainException(ErrorCode.UNAUTHORIZED, BAD_LOGIN);
        }
        UserAccount account = normalized == null ? null : tx.withoutTenant(() -> users.findByEmail(normalized).orElse(null));
        if (account == null || c.password() == null || !hasher.verify(c.password(), account.passwordHash())) {
            throw new DomainException(ErrorCode.UNAUTHORIZED, BAD_LOGIN);
        }
        List<TenantMember> memberships = tx.forUser(account.id(), () -> users.membershipsOf(account.id()));
        return memberships.stream()
                .filter(m -> m.isActive() && (c.tenantId() == null || m.tenantId().equals(c.tenantId())))
                .findFirst()
                .map(m -> new Identity(m.tenantId(), m.userId(), m.role()))
                .orElseThrow(() -> new DomainException(ErrorCode.UNAUTHORIZED, c.tenantId() == null
                        ? "This account has no active business"
                        : "This account is not an active member of business " + c.tenantId()
                        + "; log in without tenant_id to use your first business"));
    }

    @Override
    public Identity current(TenantId tenant, UserId user) {
        return tx.inTenant(tenant, () -> users.findMember(tenant, user))
                .filter(TenantMember::isActive)
                .map(m -> new Identity(m.tenantId(), m.userId(), m.role()))
                .orElseThrow(() -> new DomainException(ErrorCode.UNAUTHORIZED, NOT_A_MEMBER));
    }

    @Override
    public Identity resolve(String externalOrgId, UserId userId, Role role) {
        return tx.withoutTenant(() -> tenants.findByExternalOrgId(externalOrgId)
                .map(t -> new Identity(t.id(), userId, role))
                .orElseThrow(() -> new DomainException(ErrorCode.UNAUTHORIZED,
                        "No business is linked to organisation " + externalOrgId)));
    }

    private static <T> T capture(Validation v, Supplier<T> step) {
        Object[] out = new Object[1];
        v.capture("", () -> out[0] = step.get());
        @SuppressWarnings("unchecked") T value = (T) out[0];
        return value;
    }

    /** Audit event of a sign-up. */
    private record TenantCreated(Instant occurredAt) implements DomainEvent {
        public String action() { return "tenant.created"; }
    }
}
