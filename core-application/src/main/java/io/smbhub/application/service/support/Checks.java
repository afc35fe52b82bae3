package io.smbhub.application.service.support;

import io.smbhub.application.port.in.Actor;
import io.smbhub.domain.profile.Capability;
import io.smbhub.domain.profile.ConversionRule;
import io.smbhub.domain.profile.EffectiveProfile;
import io.smbhub.domain.profile.ProfileEntity;
import io.smbhub.domain.profile.ProfileOperation;
import io.smbhub.domain.profile.ProfileValidator;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.Refusal;
import io.smbhub.domain.tenant.Permission;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The checks {@link ActionDecisions} are built from, each answering "why not?" the way the guarded use case
 * would fail: role ({@code FORBIDDEN}, spec smb-hub-prd.md 2.2), profile capability and conversion rules
 * ({@code CAPABILITY_DISABLED}, spec 9.4.3), and the profile's required fields ({@code VALIDATION_ERROR}, spec 9.4.2).
 */
public final class Checks {

    private Checks() {
    }

    public static Supplier<Optional<Refusal>> permission(Actor actor, Permission permission) {
        return () -> Access.refusal(actor, permission);
    }

    public static Supplier<Optional<Refusal>> capability(EffectiveProfile profile, Capability capability) {
        return () -> capabilityRefusal(profile, capability);
    }

    /** {@code CAPABILITY_DISABLED} when the profile switches {@code capability} off. */
    public static Optional<Refusal> capabilityRefusal(EffectiveProfile profile, Capability capability) {
        if (profile.enabled(capability)) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(ErrorCode.CAPABILITY_DISABLED,
                capability.key() + " is switched off in the " + profile.profileId() + " profile"));
    }

    public static Supplier<Optional<Refusal>> conversion(EffectiveProfile profile, ConversionRule rule) {
        return () -> profile.allows(rule) ? Optional.empty() : Optional.of(new Refusal(ErrorCode.CAPABILITY_DISABLED,
                "Conversion " + rule.name().toLowerCase(Locale.ROOT) + " is switched off in the " + profile.profileId() + " profile"));
    }

    /** {@code VALIDATION_ERROR} listing what the profile requires of {@code payload} for {@code operation}. */
    public static Supplier<Optional<Refusal>> profileFields(EffectiveProfile profile, ProfileEntity entity,
                                                            Map<String, Object> payload, ProfileOperation operation,
                                                            String subject) {
        return () -> profileFieldsRefusal(profile, entity, payload, operation, subject);
    }

    public static Optional<Refusal> profileFieldsRefusal(EffectiveProfile profile, ProfileEntity entity,
                                                         Map<String, Object> payload, ProfileOperation operation,
                                                         String subject) {
        List<FieldError> errors = ProfileValidator.validate(entity, payload, operation, profile);
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(ErrorCode.VALIDATION_ERROR,
                subject + " does not meet the " + profile.profileId() + " profile's rules", errors));
    }
}
