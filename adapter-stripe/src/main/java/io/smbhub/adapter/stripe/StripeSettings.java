package io.smbhub.adapter.stripe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Configuration of the Stripe adapter (spec smb-hub-prd.md 3.2 Flow C, 12.5).
 *
 * <ul>
 *   <li>{@code apiKey}: the platform's secret key ({@code sk_live_…}, {@code sk_test_…} or a restricted
 *       {@code rk_…}); blank means payments are not configured ({@link #configured()} false).</li>
 *   <li>{@code webhookSecret} and {@code extraWebhookSecrets}: endpoint signing secrets ({@code whsec_…});
 *       a delivery is accepted when it verifies with any of them (lets an operator roll the secret).</li>
 *   <li>{@code apiBase}: the API root, e.g. a local stand-in's {@code http://localhost:12111}; null means Stripe's
 *       own {@code https://api.stripe.com}.</li>
 *   <li>{@code connectTimeout}, {@code readTimeout}: per HTTP attempt (stripe-java's own timeouts).</li>
 *   <li>{@code retryAttempts} (total attempts, ≥ 1) and {@code retryInitialBackoff} (doubled per attempt):
 *       the only retry policy; stripe-java's own network retries are switched off.</li>
 *   <li>{@code circuitBreakerFailureRatePercent} of the last {@code circuitBreakerWindow} calls failing for
 *       retryable reasons opens the circuit for {@code circuitBreakerOpenDuration}.</li>
 *   <li>{@code signatureTolerance}: how old a webhook's signed timestamp may be (default 300 s).</li>
 * </ul>
 *
 * Blank strings are stored as null. {@link #toString()} never prints a key or secret.
 *
 * @throws IllegalArgumentException from the constructor when a number or duration is out of range
 */
public record StripeSettings(String apiKey, String webhookSecret, List<String> extraWebhookSecrets, String apiBase,
                             Duration connectTimeout, Duration readTimeout, int retryAttempts,
                             Duration retryInitialBackoff, int circuitBreakerFailureRatePercent,
                             int circuitBreakerWindow, Duration circuitBreakerOpenDuration,
                             Duration signatureTolerance) {

    /** Environment variable holding the platform secret key. */
    public static final String ENV_API_KEY = "STRIPE_API_KEY";
    /** Environment variable holding the webhook signing secret; several may be given separated by commas. */
    public static final String ENV_WEBHOOK_SECRET = "STRIPE_WEBHOOK_SECRET";
    /** Environment variable overriding the API root (tests, local stand-in). */
    public static final String ENV_API_BASE = "STRIPE_API_BASE";

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_RETRY_ATTEMPTS = 3;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(500);
    public static final int DEFAULT_FAILURE_RATE_PERCENT = 50;
    public static final int DEFAULT_CIRCUIT_WINDOW = 10;
    public static final Duration DEFAULT_OPEN_DURATION = Duration.ofSeconds(30);
    public static final Duration DEFAULT_SIGNATURE_TOLERANCE = Duration.ofSeconds(300);

    public StripeSettings {
        apiKey = blankToNull(apiKey);
        webhookSecret = blankToNull(webhookSecret);
        apiBase = blankToNull(apiBase);
        extraWebhookSecrets = extraWebhookSecrets == null ? List.of()
                : extraWebhookSecrets.stream().map(StripeSettings::blankToNull).filter(Objects::nonNull).toList();
        connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connectTimeout");
        readTimeout = positive(readTimeout, DEFAULT_READ_TIMEOUT, "readTimeout");
        retryInitialBackoff = positive(retryInitialBackoff, DEFAULT_RETRY_BACKOFF, "retryInitialBackoff");
        circuitBreakerOpenDuration = positive(circuitBreakerOpenDuration, DEFAULT_OPEN_DURATION, "circuitBreakerOpenDuration");
        signatureTolerance = positive(signatureTolerance, DEFAULT_SIGNATURE_TOLERANCE, "signatureTolerance");
        if (retryAttempts < 1) {
            throw new IllegalArgumentException("retryAttempts must be at least 1 (the first call), got " + retryAttempts);
        }
        if (circuitBreakerFailureRatePercent < 1 || circuitBreakerFailureRatePercent > 100) {
            throw new IllegalArgumentException("circuitBreakerFailureRatePercent must be 1..100, got " + circuitBreakerFailureRatePercent);
        }
        if (circuitBreakerWindow < 1) {
            throw new IllegalArgumentException("circuitBreakerWindow must be at least 1, got " + circuitBreakerWindow);
        }
    }

    /** Settings with every tunable at its default. Any argument may be null or blank. */
    public static StripeSettings of(String apiKey, String webhookSecret, String apiBase) {
        return new StripeSettings(apiKey, webhookSecret, List.of(), apiBase, null, null, DEFAULT_RETRY_ATTEMPTS, null,
                DEFAULT_FAILURE_RATE_PERCENT, DEFAULT_CIRCUIT_WINDOW, null, null);
    }

    /**
     * Settings from {@code STRIPE_API_KEY}, {@code STRIPE_WEBHOOK_SECRET} (comma-separated for several; the first
     * is the primary) and {@code STRIPE_API_BASE}, looked up with {@code env} (e.g. {@code System::getenv}).
     */
    public static StripeSettings fromEnvironment(Function<String, String> env) {
        List<String> secrets = new ArrayList<>();
        String secretText = env.apply(ENV_WEBHOOK_SECRET);
        if (secretText != null) {
            Arrays.stream(secretText.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(secrets::add);
        }
        String primary = secrets.isEmpty() ? null : secrets.get(0);
        List<String> extra = secrets.size() > 1 ? secrets.subList(1, secrets.size()) : List.of();
        return of(env.apply(ENV_API_KEY), primary, env.apply(ENV_API_BASE)).withExtraWebhookSecrets(extra);
    }

    /** True when a platform API key is set; otherwise gateway calls answer {@code UNAVAILABLE}. */
    public boolean configured() {
        return apiKey != null;
    }

    /** True when at least one webhook signing secret is set; otherwise verification answers {@code UNAVAILABLE}. */
    public boolean webhooksConfigured() {
        return !webhookSecrets().isEmpty();
    }

    /** The primary webhook secret (when set) followed by the extra ones. */
    public List<String> webhookSecrets() {
        List<String> all = new ArrayList<>();
        if (webhookSecret != null) {
            all.add(webhookSecret);
        }
        all.addAll(extraWebhookSecrets);
        return List.copyOf(all);
    }

    public StripeSettings withExtraWebhookSecrets(List<String> secrets) {
        return new StripeSettings(apiKey, webhookSecret, secrets, apiBase, connectTimeout, readTimeout, retryAttempts,
                retryInitialBackoff, circuitBreakerFailureRatePercent, circuitBreakerWindow, circuitBreakerOpenDuration,
                signatureTolerance);
    }

    public StripeSettings withTimeouts(Duration connect, Duration read) {
        return new StripeSettings(apiKey, webhookSecret, extraWebhookSecrets, apiBase, connect, read, retryAttempts,
                retryInitialBackoff, circuitBreakerFailureRatePercent, circuitBreakerWindow, circuitBreakerOpenDuration,
                signatureTolerance);
    }

    /** {@code attempts} counts the first call; {@code initialBackoff} is the wait before the second attempt. */
    public StripeSettings withRetry(int attempts, Duration initialBackoff) {
        return new StripeSettings(apiKey, webhookSecret, extraWebhookSecrets, apiBase, connectTimeout, readTimeout, attempts,
                initialBackoff, circuitBreakerFailureRatePercent, circuitBreakerWindow, circuitBreakerOpenDuration,
                signatureTolerance);
    }

    public StripeSettings withCircuitBreaker(int failureRatePercent, int window, Duration openDuration) {
        return new StripeSettings(apiKey, webhookSecret, extraWebhookSecrets, apiBase, connectTimeout, readTimeout,
                retryAttempts, retryInitialBackoff, failureRatePercent, window, openDuration, signatureTolerance);
    }

    public StripeSettings withSignatureTolerance(Duration tolerance) {
        return new StripeSettings(apiKey, webhookSecret, extraWebhookSecrets, apiBase, connectTimeout, readTimeout,
                retryAttempts, retryInitialBackoff, circuitBreakerFailureRatePercent, circuitBreakerWindow,
                circuitBreakerOpenDuration, tolerance);
    }

    /** Names whether keys are set and in which mode, never their values. */
    @Override
    public String toString() {
        return "StripeSettings[apiKey=" + describeKey(apiKey)
                + ", webhookSecrets=" + webhookSecrets().size()
                + ", apiBase=" + (apiBase == null ? "Stripe" : apiBase)
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", retryAttempts=" + retryAttempts + ", retryInitialBackoff=" + retryInitialBackoff
                + ", circuitBreaker=" + circuitBreakerFailureRatePercent + "% of " + circuitBreakerWindow
                + " calls, open " + circuitBreakerOpenDuration
                + ", signatureTolerance=" + signatureTolerance + "]";
    }

    private static String describeKey(String key) {
        if (key == null) {
            return "none";
        }
        if (key.contains("_live_")) {
            return "set (live mode)";
        }
        if (key.contains("_test_")) {
            return "set (test mode)";
        }
        return "set";
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
