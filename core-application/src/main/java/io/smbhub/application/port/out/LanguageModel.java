package io.smbhub.application.port.out;

import io.smbhub.domain.ai.AiFeature;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.util.Map;
import java.util.Objects;

/**
 * A large language model (ARCHITECTURE.md port {@code LanguageModel}; issue 6): plain text generation and structured
 * generation constrained by a {@link JsonSchema}, each answering the text and the token usage. The Gemini adapter
 * wraps every call in timeout, retry on transient errors, circuit breaker and bulkhead; the core adds PII redaction
 * and usage metering by decorating this port, so no caller can skip them.
 *
 * <p>Errors: {@code AI_UNAVAILABLE} when the model is not configured, unreachable, too slow, overloaded, or its
 * circuit is open (retry later); {@code PROVIDER_ERROR} when it answered something unusable (e.g. a structured
 * answer that is not JSON, a blocked prompt); {@code QUOTA_EXCEEDED} from the metering decorator.
 */
public interface LanguageModel {

    /** Whether a model is configured at all (false: the offline features are used instead). */
    boolean configured();

    /**
     * Whether calls can be made now: false when not configured or while the circuit breaker is open after repeated
     * failures. Cheap; never calls the model. Clients hide AI buttons when false.
     */
    boolean available();

    /** The configured model id (e.g. {@code gemini-2.5-flash}), or {@code none}. */
    String modelName();

    /** Generates free text for {@code prompt}. */
    Completion generate(Prompt prompt);

    /**
     * Generates a JSON object matching {@code schema}; {@link Completion#json()} is the parsed object (values:
     * String, BigDecimal, Boolean, List, Map, or null; never a binary floating-point number).
     */
    Completion generateJson(Prompt prompt, JsonSchema schema);

    /**
     * Who a call is for and why: the tenant (usage, quota, redaction settings), the member (null for background jobs),
     * the feature.
     */
    record CallContext(TenantId tenant, UserId user, AiFeature feature) {
        public CallContext {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(feature, "feature");
        }
    }

    /** A prompt: {@code system} instruction (may be null) and the {@code user} text; both are redacted before sending. */
    record Prompt(CallContext context, String system, String user) {
        public Prompt {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(user, "user");
        }

        public Prompt withText(String newSystem, String newUser) {
            return new Prompt(context, newSystem, newUser);
        }
    }

    /** Tokens a call consumed as the provider counted them (prompt = input, candidates = output). */
    record TokenUsage(long inputTokens, long outputTokens) {
        public static final TokenUsage NONE = new TokenUsage(0, 0);

        public long total() {
            return inputTokens + outputTokens;
        }
    }

    /**
     * A model's answer: the {@code text}; for a structured call the parsed {@code json} object (null for plain calls);
     * the {@code model} that answered; its {@code usage}.
     */
    record Completion(String text, Map<String, Object> json, String model, TokenUsage usage) {
        public Completion {
            Objects.requireNonNull(text, "text");
            usage = usage == null ? TokenUsage.NONE : usage;
        }
    }
}
