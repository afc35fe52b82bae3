package io.smbhub.application.service.identity;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.identity.ExternalIdentityUseCase;
import io.smbhub.application.port.in.identity.Identity;
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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Built-in identity: sign-up creates a tenant and its OWNER; login checks the password hash; tokens of an
 * external OIDC provider map to a tenant by organisation id (spec smb-hub-prd.md 12.1 "Auth & Tenancy").
 */
public final class IdentityService implements SignUpUseCase, LogInUseCase, ExternalIdentityUseCase {

    private static final String BAD_LOGIN = "Email or password is wrong";

    private final TenantRepository tenants;
    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final IdGenerator ids;
    private final Auditor auditor;

    public IdentityService(TenantRepository tenants, UserAccountRepository users, PasswordHasher hasher,
                           TransactionRunner tx, TimeSource clock, IdGenerator ids, Auditor auditor) {
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
        String password = c.password() == null ? "" : c.password();
        v.check(password.length() < 8, "password", "Password must have at least 8 characters")
                .check(password.getBytes(StandardCharsets.UTF_8).length > 72, "password", "Password must be at most 72 bytes");
        Instant now = clock.now();
        TenantId tenantId = new TenantId(ids.newId());
        Tenant tenant = capture(v, () -> Tenant.create(tenantId, c.businessName(), c.profileId(), c.timezone(), c.currency(), null, now));
        v.throwIfAny("Sign-up details are invalid");
        String hash = hasher.hash(password);
        UserId userId = new UserId(ids.newId());
        tx.withoutTenant(() -> {
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
    public Identity logIn(String email, String password) {
        String normalized;
        try {
            normalized = ContactPoints.email(email, "email");
        } catch (DomainException e) {
            throw new DomainException(ErrorCode.UNAUTHORIZED, BAD_LOGIN);
        }
        return tx.withoutTenant(() -> {
            UserAccount account = normalized == null ? null : users.findByEmail(normalized).orElse(null);
            if (account == null || password == null || !hasher.verify(password, account.passwordHash())) {
                throw new DomainException(ErrorCode.UNAUTHORIZED, BAD_LOGIN);
            }
            return users.membershipsOf(account.id()).stream().filter(m -> m.status() == MemberStatus.ACTIVE).findFirst()
                    .map(m -> new Identity(m.tenantId(), m.userId(), m.role()))
                    .orElseThrow(() -> new DomainException(ErrorCode.UNAUTHORIZED, "This account has no active business"));
        });
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
