package io.smbhub.adapter.llm;

import io.smbhub.application.memory.UnconfiguredLanguageModel;
import io.smbhub.application.port.out.LanguageModel;

/** Builds the {@link LanguageModel} a server uses (issue 6 "Ports and adapters"). */
public final class GeminiLanguageModels {

    private GeminiLanguageModels() {
    }

    /**
     * The Gemini model of {@code settings} wrapped in {@link ResilientLanguageModel} (timeout, retry, circuit breaker,
     * bulkhead); {@link UnconfiguredLanguageModel} (every call {@code AI_UNAVAILABLE}) when no API key is set. The
     * result is {@link AutoCloseable} when it holds an HTTP client.
     */
    public static LanguageModel create(GeminiSettings settings) {
        if (!settings.configured()) {
            return new UnconfiguredLanguageModel();
        }
        return new ResilientLanguageModel(new GeminiLanguageModel(settings), settings);
    }
}
