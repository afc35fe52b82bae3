package io.smbhub.application.service.profile;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.profile.ProfileQueries;
import io.smbhub.application.port.in.profile.ProfileView;
import io.smbhub.application.port.in.profile.UpdateProfileUseCase;
import io.smbhub.application.port.out.ProfileRepository;
import io.smbhub.application.port.out.TenantRepository;
import io.smbhub.application.port.out.TimeSource;
import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.application.service.support.Access;
import io.smbhub.application.service.support.Auditor;
import io.smbhub.application.service.support.EffectiveProfiles;
import io.smbhub.application.service.support.Versions;
import io.smbhub.domain.profile.BuiltInProfiles;
import io.smbhub.domain.profile.EffectiveProfile;
import io.smbhub.domain.profile.JsonTree;
import io.smbhub.domain.profile.ProfileMerge;
import io.smbhub.domain.profile.ProfileSchema;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.tenant.Permission;
import io.smbhub.domain.tenant.Tenant;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The tenant's profile: read the effective profile, select another profile, patch overrides (spec
 * smb-hub-prd.md 8.2, 9.1-9.3, 9.8), and publish the built-in profile definitions at start-up.
 */
public final class ProfileService implements ProfileQueries, UpdateProfileUseCase {

    static final String ENTITY = "tenant";

    private final TenantRepository tenants;
    private final ProfileRepository repository;
    private final EffectiveProfiles profiles;
    private final TransactionRunner tx;
    private final TimeSource clock;
    private final Auditor auditor;

    public ProfileService(TenantRepository tenants, ProfileRepository repository, EffectiveProfiles profiles,
                          TransactionRunner tx, TimeSource clock, Auditor auditor) {
        this.tenants = tenants;
        this.repository = repository;
        this.profiles = profiles;
        this.tx = tx;
        this.clock = clock;
        this.auditor = auditor;
    }

    /**
     * Stores every built-in profile version ({@code base}, {@code general}, {@code retail_pos},
     * {@code restaurant}) that is not stored yet. Idempotent; a shipped version whose content differs from the
     * stored one fails with {@code CONFLICT} (a released version must not change; bump it).
     */
    public void publishBuiltIns() {
        tx.withoutTenant(() -> {
            BuiltInProfiles.all().forEach(repository::publish);
            return null;
        });
    }

    @Override
    public ProfileView effective(Actor actor) {
        return tx.inTenant(actor.tenantId(), () -> view(tenant(actor)));
    }

    @Override
    public ProfileView changeProfile(Actor actor, String profileId, Long expectedVersion) {
        Access.require(actor, Permission.MANAGE_SETTINGS);
        return change(actor, expectedVersion, tenant -> {
            profiles.resolve(profileId, tenant.profileOverrides());
            tenant.changeProfile(profileId, clock.now());
        });
    }

    @Override
    public ProfileView patchOverrides(Actor actor, Map<String, Object> mergePatch, Long expectedVersion) {
        Access.require(actor, Permission.MANAGE_SETTINGS);
        return change(actor, expectedVersion, tenant -> {
            Map<String, Object> overrides = JsonTree.deepCopyImmutable(ProfileMerge.mergePatch(tenant.profileOverrides(), mergePatch));
            List<FieldError> errors = ProfileSchema.checkOverrides(overrides);
            if (!errors.isEmpty()) {
                throw new DomainException(ErrorCode.VALIDATION_ERROR, "The profile overrides are invalid; nothing was changed", errors);
            }
            profiles.resolve(tenant.profileId(), overrides);
            tenant.replaceProfileOverrides(overrides, clock.now());
        });
    }

    private ProfileView change(Actor actor, Long expectedVersion, Consumer<Tenant> intent) {
        return tx.inTenant(actor.tenantId(), () -> {
            Tenant tenant = tenant(actor);
            Versions.requireExpected("Profile settings of tenant " + tenant.id(), expectedVersion, tenant.version());
            Settings before = Settings.of(tenant);
            intent.accept(tenant);
            var events = tenant.pullEvents();
            if (events.isEmpty()) {
                return view(tenant);
            }
            tenants.save(tenant);
            Tenant saved = tenants.findById(tenant.id()).orElseThrow();
            auditor.record(actor, ENTITY, tenant.id().value(), before, Settings.of(saved), events);
            return view(saved);
        });
    }

    private Tenant tenant(Actor actor) {
        return tenants.findById(actor.tenantId()).orElseThrow(() -> DomainException.notFound("Tenant", actor.tenantId()));
    }

    private ProfileView view(Tenant tenant) {
        EffectiveProfile effective = profiles.of(tenant);
        return new ProfileView(effective.profileId(), effective.version(), effective.document(), tenant.profileOverrides(),
                profiles.selectable(), tenant.updatedAt(), tenant.version());
    }

    /** The audited state of a tenant's profile settings. */
    public record Settings(String profileId, Map<String, Object> overrides) {
        static Settings of(Tenant tenant) {
            return new Settings(tenant.profileId(), tenant.profileOverrides());
        }
    }
}
