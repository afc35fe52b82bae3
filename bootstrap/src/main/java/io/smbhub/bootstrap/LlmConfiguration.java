package io.smbhub.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.smbhub.adapter.llm.GeminiLanguageModels;
import io.smbhub.adapter.llm.GeminiSettings;
import io.smbhub.application.memory.UnconfiguredLanguageModel;
import io.smbhub.application.port.out.LanguageModel;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The language model of this deployment (issue 6 "Ports and adapters"; README "Configuration"). Settings (Micronaut
 * maps {@code GEMINI_API_KEY} to {@code gemini.api.key}, {@code SMBHUB_AI_GEMINI_TIMEOUT} to
 * {@code smbhub.ai.gemini.timeout}, and so on):
 * <ul>
 *   <li>{@code GEMINI_API_KEY} (or {@code smbhub.ai.gemini.api-key}): unset → {@link UnconfiguredLanguageModel}
 *       (AI endpoints answer {@code AI_UNAVAILABLE}; Text-to-Task uses the offline extractor).</li>
 *   <li>{@code GEMINI_MODEL} (or {@code smbhub.ai.gemini.model}): default {@code gemini-2.5-flash}.</li>
 *   <li>{@code GEMINI_BASE_URL} (or {@code smbhub.ai.gemini.base-url}): another API root, e.g. a local stand-in.</li>
 *   <li>Resilience under {@code smbhub.ai.gemini.*}: {@code timeout} (20s per attempt), {@code max-attempts} (3),
 *       {@code retry-wait} (500ms, doubled per retry), {@code breaker-window} (10 attempts),
 *       {@code breaker-failure-rate} (50 %), {@code breaker-open-duration} (30s), {@code max-concurrent} (8),
 *       {@code max-concurrent-wait} (50ms).</li>
 * </ul>
 * The key is never logged.
 */
@Factory
public class LlmConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(LlmConfiguration.class);

    private volatile LanguageModel created;

    @Singleton
    LanguageModel languageModel(
            @Nullable @Value("${smbhub.ai.gemini.api-key:}") String apiKeyProperty,
            @Nullable @Value("${gemini.api.key:}") String apiKeyEnv,
            @Nullable @Value("${smbhub.ai.gemini.model:}") String modelProperty,
            @Nullable @Value("${gemini.model:}") String modelEnv,
            @Nullable @Value("${smbhub.ai.gemini.base-url:}") String baseUrlProperty,
            @Nullable @Value("${gemini.base.url:}") String baseUrlEnv,
            @Value("${smbhub.ai.gemini.timeout:20s}") Duration timeout,
            @Value("${smbhub.ai.gemini.max-attempts:3}") int maxAttempts,
            @Value("${smbhub.ai.gemini.retry-wait:500ms}") Duration retryWait,
            @Value("${smbhub.ai.gemini.breaker-window:10}") int breakerWindow,
            @Value("${smbhub.ai.gemini.breaker-failure-rate:50}") int breakerFailureRate,
            @Value("${smbhub.ai.gemini.breaker-open-duration:30s}") Duration breakerOpenDuration,
            @Value("${smbhub.ai.gemini.max-concurrent:8}") int maxConcurrent,
            @Value("${smbhub.ai.gemini.max-concurrent-wait:50ms}") Duration maxConcurrentWait) {
        GeminiSettings settings = new GeminiSettings(firstSet(apiKeyProperty, apiKeyEnv), firstSet(modelProperty, modelEnv),
                firstSet(baseUrlProperty, baseUrlEnv), timeout, maxAttempts, retryWait, breakerWindow,
                breakerFailureRate, breakerOpenDuration, maxConcurrent, maxConcurrentWait);
        if (!settings.configured()) {
            LOG.info("AI model: none (GEMINI_API_KEY unset); AI features use the offline extractor");
            created = new UnconfiguredLanguageModel();
            return created;
        }
        LOG.info("AI model: {}", settings);
        created = GeminiLanguageModels.create(settings);
        return created;
    }

    /** Releases the model's HTTP client and threads when the application stops. */
    @PreDestroy
    void close() throws Exception {
        if (created instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private static String firstSet(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
