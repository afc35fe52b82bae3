package io.smbhub.adapter.llm;

import java.time.Duration;

/**
 * Configuration of the Gemini {@code LanguageModel} adapter and its resilience (issue 6 "Ports and adapters"; README
 * "AI"). Environment names are read by bootstrap's {@code LlmConfiguration}.
 *
 * <ul>
 *   <li>{@code apiKey} ({@code GEMINI_API_KEY}): blank means no model is configured ({@link #configured()} false).</li>
 *   <li>{@code model} ({@code GEMINI_MODEL}): the model id, default {@value #DEFAULT_MODEL}.</li>
 *   <li>{@code baseUrl} ({@code GEMINI_BASE_URL}): the API root, e.g. a local stand-in's {@code http://localhost:5123};
 *       null means Google's own endpoint.</li>
 *   <li>{@code timeout}: how long one attempt may take before it counts as failed (default 20 s). A logical call
 *       takes at most {@code maxAttempts × timeout} plus the retry waits.</li>
 *   <li>{@code maxAttempts} (≥ 1, default 3, the first call included) and {@code retryWait} (default 500 ms, doubled
 *       before each further attempt): retries of transient failures only (network errors, timeouts, HTTP 408, 429,
 *       500, 502, 503, 504). The SDK's own retries are switched off.</li>
 *   <li>Circuit breaker: when {@code breakerFailureRatePercent} (default 50) of the last {@code breakerWindow}
 *       attempts (default 10; at least {@code min(4, window)} recorded) failed, no call is made for
 *       {@code breakerOpenDuration} (default 30 s); then {@value #HALF_OPEN_CALLS} trial calls decide whether it
 *       closes again.</li>
 *   <li>Bulkhead: at most {@code maxConcurrent} calls (default 8) at once; a further call waits up to
 *       {@code maxConcurrentWait} (default 50 ms) for a free place, then fails.</li>
 * </ul>
 *
 * Blank strings are stored as null; a null duration takes its default. {@link #toString()} never prints the key.
 *
 * @throws IllegalArgumentException from the constructor when a number or duration is out of range
 */
public record GeminiSettings(String apiKey, String model, String baseUrl, Duration timeout, int maxAttempts,
                             Duration retryWait, int breakerWindow, int breakerFailureRatePercent,
                             Duration breakerOpenDuration, int maxConcurrent, Duration maxConcurrentWait) {

    public static final String DEFAULT_MODEL = "gemini-2.5-flash";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final Duration DEFAULT_RETRY_WAIT = Duration.ofMillis(500);
    public static final int DEFAULT_BREAKER_WINDOW = 10;
    public static final int DEFAULT_BREAKER_FAILURE_RATE_PERCENT = 50;
    public static final Duration DEFAULT_BREAKER_OPEN_DURATION = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_CONCURRENT = 8;
    public static final Duration DEFAULT_MAX_CONCURRENT_WAIT = Duration.ofMillis(50);
    /** Trial calls let through once the open duration has passed. */
    public static final int HALF_OPEN_CALLS = 2;
    /** Fewest recorded attempts before the failure rate can open the circuit (capped by the window). */
    public static final int BREAKER_MINIMUM_CALLS = 4;

    public GeminiSettings {
        apiKey = blankToNull(apiKey);
        model = blankToNull(model) == null ? DEFAULT_MODEL : model.strip();
        baseUrl = blankToNull(baseUrl);
        if (baseUrl != null && baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        timeout = positive(timeout, DEFAULT_TIMEOUT, "timeout");
        retryWait = positive(retryWait, DEFAULT_RETRY_WAIT, "retryWait");
        breakerOpenDuration = positive(breakerOpenDuration, DEFAULT_BREAKER_OPEN_DURATION, "breakerOpenDuration");
        maxConcurrentWait = maxConcurrentWait == null ? DEFAULT_MAX_CONCURRENT_WAIT : maxConcurrentWait;
        if (maxConcurrentWait.isNegative()) {
            throw new IllegalArgumentException("maxConcurrentWait must not be negative, got " + maxConcurrentWait);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 (the first call), got " + maxAttempts);
        }
        if (breakerWindow < 1) {
            throw new IllegalArgumentException("breakerWindow must be at least 1, got " + breakerWindow);
        }
        if (breakerFailureRatePercent < 1 || breakerFailureRatePercent > 100) {
            throw new IllegalArgumentException("breakerFailureRatePercent must be 1..100, got " + breakerFailureRatePercent);
        }
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1, got " + maxConcurrent);
        }
    }

    /** Settings with every tunable at its default; any argument may be null or blank. */
    public static GeminiSettings of(String apiKey, String model, String baseUrl) {
        return new GeminiSettings(apiKey, model, baseUrl, null, DEFAULT_MAX_ATTEMPTS, null, DEFAULT_BREAKER_WINDOW,
                DEFAULT_BREAKER_FAILURE_RATE_PERCENT, null, DEFAULT_MAX_CONCURRENT, null);
    }

    /** True when an API key is set. */
    public boolean configured() {
        return apiKey != null;
    }

    /** Fewest recorded attempts before the breaker may open: {@code min(4, breakerWindow)}. */
    public int breakerMinimumCalls() {
        return Math.min(BREAKER_MINIMUM_CALLS, breakerWindow);
    }

    public GeminiSettings withTimeout(Duration newTimeout) {
        return new GeminiSettings(apiKey, model, baseUrl, newTimeout, maxAttempts, retryWait, breakerWindow,
                breakerFailureRatePercent, breakerOpenDuration, maxConcurrent, maxConcurrentWait);
    }

    /** {@code attempts} counts the first call; {@code wait} is the pause before the second (then doubled). */
    public GeminiSettings withRetry(int attempts, Duration wait) {
        return new GeminiSettings(apiKey, model, baseUrl, timeout, attempts, wait, breakerWindow,
                breakerFailureRatePercent, breakerOpenDuration, maxConcurrent, maxConcurrentWait);
    }

    public GeminiSettings withBreaker(int window, int failureRatePercent, Duration openDuration) {
        return new GeminiSettings(apiKey, model, baseUrl, timeout, maxAttempts, retryWait, window, failureRatePercent,
                openDuration, maxConcurrent, maxConcurrentWait);
    }

    public GeminiSettings withBulkhead(int concurrent, Duration wait) {
        return new GeminiSettings(apiKey, model, baseUrl, timeout, maxAttempts, retryWait, breakerWindow,
                breakerFailureRatePercent, breakerOpenDuration, concurrent, wait);
    }

    /** Says whether a key is set, never its value. */
    @Override
    public String toString() {
        return "GeminiSettings[apiKey=" + (apiKey == null ? "none" : "set") + ", model=" + model
                + ", baseUrl=" + (baseUrl == null ? "Google" : baseUrl) + ", timeout=" + timeout
                + ", maxAttempts=" + maxAttempts + ", retryWait=" + retryWait
                + ", breaker=" + breakerFailureRatePercent + "% of " + breakerWindow + " calls, open " + breakerOpenDuration
                + ", maxConcurrent=" + maxConcurrent + " (wait " + maxConcurrentWait + ")]";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }
}
