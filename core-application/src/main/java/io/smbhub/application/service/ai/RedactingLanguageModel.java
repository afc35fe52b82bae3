package io.smbhub.application.service.ai;

import io.smbhub.application.port.out.JsonSchema;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.domain.ai.PiiRedactor;
import io.smbhub.domain.shared.TenantId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The privacy layer on the {@link LanguageModel} port (issue 6 "PII masking"; enterprise-business-os.md feature 4):
 * every prompt is redacted before it reaches the model, so no feature can skip it. Per call: one
 * {@link PiiRedactor.Session} for the tenant's {@link RedactionPolicy}; the system and user texts are redacted with
 * shared numbering ({@code [REDACTED_EMAIL_1]}, …); the inner model gets the redacted prompt with the same
 * {@link LanguageModel.CallContext}; the placeholders in the answer text and in every string value of the answer's
 * JSON (nested maps and lists included) are put back. When the tenant's policy is disabled the prompt passes
 * unchanged. {@code configured}, {@code available} and {@code modelName} are the inner model's.
 *
 * <p>Errors: those of the inner model, unchanged; {@code VALIDATION_ERROR} (field {@code custom_patterns.regex})
 * when a tenant's custom pattern backtracks without end — the prompt is then not sent.
 */
public final class RedactingLanguageModel implements LanguageModel {

    private final LanguageModel inner;
    private final Function<TenantId, RedactionPolicy> policies;

    /**
     * @param inner    the model that receives the redacted prompts
     * @param policies the redaction policy of a tenant; a {@code null} answer means {@link RedactionPolicy#DEFAULT}
     */
    public RedactingLanguageModel(LanguageModel inner, Function<TenantId, RedactionPolicy> policies) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    @Override
    public boolean configured() {
        return inner.configured();
    }

    @Override
    public boolean available() {
        return inner.available();
    }

    @Override
    public String modelName() {
        return inner.modelName();
    }

    @Override
    public Completion generate(Prompt prompt) {
        PiiRedactor.Session session = session(prompt);
        if (session == null) {
            return inner.generate(prompt);
        }
        return restore(inner.generate(redact(prompt, session)), session);
    }

    @Override
    public Completion generateJson(Prompt prompt, JsonSchema schema) {
        PiiRedactor.Session session = session(prompt);
        if (session == null) {
            return inner.generateJson(prompt, schema);
        }
        return restore(inner.generateJson(redact(prompt, session), schema), session);
    }

    /** A session for the prompt's tenant, or null when the tenant switched redaction off. */
    private PiiRedactor.Session session(Prompt prompt) {
        RedactionPolicy policy = policies.apply(prompt.context().tenant());
        if (policy == null) {
            policy = RedactionPolicy.DEFAULT;
        }
        return policy.enabled() ? new PiiRedactor(policy.customPatterns()).session() : null;
    }

    private static Prompt redact(Prompt prompt, PiiRedactor.Session session) {
        return prompt.withText(session.redact(prompt.system()), session.redact(prompt.user()));
    }

    private static Completion restore(Completion done, PiiRedactor.Session session) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = done.json() == null ? null : (Map<String, Object>) restoreValue(done.json(), session);
        return new Completion(session.restore(done.text()), json, done.model(), done.usage());
    }

    private static Object restoreValue(Object value, PiiRedactor.Session session) {
        if (value instanceof String s) {
            return session.restore(s);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, restoreValue(v, session)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(restoreValue(v, session)));
            return out;
        }
        return value;
    }
}
