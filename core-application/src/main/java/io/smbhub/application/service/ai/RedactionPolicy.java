package io.smbhub.application.service.ai;

import io.smbhub.domain.ai.AiSettings;

import java.util.List;

/**
 * How a tenant's prompts are redacted before they reach the language model (issue 6 "PII masking"; per-tenant
 * setting {@link AiSettings#redactionEnabled()}): {@code enabled} — mask PII (built-in types plus
 * {@code customPatterns}, in order); when false prompts pass unchanged.
 */
public record RedactionPolicy(boolean enabled, List<AiSettings.CustomPattern> customPatterns) {

    /** Redaction on, built-in types only: what applies to a tenant that has set nothing. */
    public static final RedactionPolicy DEFAULT = new RedactionPolicy(true, List.of());

    public RedactionPolicy {
        customPatterns = customPatterns == null ? List.of() : List.copyOf(customPatterns);
    }

    /** The policy a tenant's AI settings ask for. */
    public static RedactionPolicy of(AiSettings settings) {
        return new RedactionPolicy(settings.redactionEnabled(), settings.customPatterns());
    }
}
