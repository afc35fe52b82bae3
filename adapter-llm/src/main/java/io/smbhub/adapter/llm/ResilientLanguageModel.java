package io.smbhub.adapter.llm;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.smbhub.application.port.out.JsonSchema;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.domain.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decorates a {@link LanguageModel} with Resilience4j (issue 6: "every call goes through timeout, retry on transient
 * errors, circuit breaker, bulkhead"), configured by {@link GeminiSettings}. Per logical call, outermost first:
 * <ol>
 *   <li><b>Bulkhead</b>: at most {@code maxConcurrent} calls at once, waiting up to {@code maxConcurrentWait} for a
 *       place; otherwise {@code AI_UNAVAILABLE} "Too many concurrent AI calls…". Not counted by the breaker.</li>
 *   <li><b>Retry</b>: up to {@code maxAttempts} attempts, waiting {@code retryWait} then doubling, only after a
 *       transient failure (timeout, network error, HTTP 408/429/500/502/503/504).</li>
 *   <li><b>Circuit breaker</b> (count-based, over attempts): while open, attempts are rejected without calling the
 *       model and the call fails with {@code AI_UNAVAILABLE} "…circuit open after repeated failures; try again in
 *       N s".</li>
 *   <li><b>Time limiter</b>: one attempt may take {@code timeout}; then it is cancelled and counts as a transient
 *       failure; if it was the last attempt the call fails with {@code AI_UNAVAILABLE} "…timed out after 20 s…".</li>
 * </ol>
 *
 * <p>{@code PROVIDER_ERROR} (the model answered something unusable: blocked prompt, empty or non-JSON answer, a
 * refused request) passes through unchanged, is not retried and is ignored by the circuit breaker (counted neither
 * as failure nor as success), because the model was reachable. Every other failure, including non-transient ones
 * such as a rejected API key, surfaces as {@code AI_UNAVAILABLE} and is recorded by the breaker.
 *
 * <p>{@link #available()} is false while the circuit is open (until its open duration has passed) or forced open;
 * it never calls the model. Prompt text is never logged.
 */
public final class ResilientLanguageModel implements LanguageModel, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ResilientLanguageModel.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final LanguageModel delegate;
    private final GeminiSettings settings;
    private final Bulkhead bulkhead;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final TimeLimiter timeLimiter;
    private final ExecutorService attempts;
    /** System.nanoTime() until which the circuit stays open; meaningful while the state is OPEN. */
    private final AtomicLong openUntilNanos = new AtomicLong();

    /** Wraps {@code delegate} with the resilience settings of {@code settings} (its key, model and URL are unused). */
    public ResilientLanguageModel(LanguageModel delegate, GeminiSettings settings) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.bulkhead = Bulkhead.of("language-model", BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrent())
                .maxWaitDuration(settings.maxConcurrentWait())
                .build());
        this.retry = Retry.of("language-model", RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.retryWait(), 2.0))
                .retryOnException(LlmFailures::isTransient)
                .failAfterMaxAttempts(false)
                .build());
        this.circuitBreaker = CircuitBreaker.of("language-model", CircuitBreakerConfig.custom()
                .slidingWindow(settings.breakerWindow(), settings.breakerMinimumCalls(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(settings.breakerFailureRatePercent())
                .waitDurationInOpenState(settings.breakerOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(GeminiSettings.HALF_OPEN_CALLS)
                .ignoreException(LlmFailures::isProviderError)
                .build());
        this.timeLimiter = TimeLimiter.of("language-model", TimeLimiterConfig.custom()
                .timeoutDuration(settings.timeout())
                .cancelRunningFuture(true)
                .build());
        this.attempts = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "language-model-call-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        circuitBreaker.getEventPublisher().onStateTransition(event -> {
            CircuitBreaker.State to = event.getStateTransition().getToState();
            if (to == CircuitBreaker.State.OPEN) {
                openUntilNanos.set(System.nanoTime() + settings.breakerOpenDuration().toNanos());
                LOG.warn("AI model circuit opened after repeated failures; no calls for {}",
                        LlmFailures.describe(settings.breakerOpenDuration()));
            } else {
                LOG.info("AI model circuit {}", to);
            }
        });
    }

    @Override
    public boolean configured() {
        return delegate.configured();
    }

    @Override
    public boolean available() {
        if (!delegate.configured() || !delegate.available()) {
            return false;
        }
        return switch (circuitBreaker.getState()) {
            case FORCED_OPEN -> false;
            case OPEN -> remainingOpenNanos() <= 0;
            default -> true;
        };
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    @Override
    public Completion generate(Prompt prompt) {
        return call(prompt, () -> delegate.generate(prompt));
    }

    @Override
    public Completion generateJson(Prompt prompt, JsonSchema schema) {
        return call(prompt, () -> delegate.generateJson(prompt, schema));
    }

    /** Stops the attempt threads and closes the delegate when it is closeable. */
    @Override
    public void close() throws Exception {
        attempts.shutdownNow();
        if (delegate instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private Completion call(Prompt prompt, Callable<Completion> attempt) {
        Objects.requireNonNull(prompt, "prompt");
        if (!delegate.configured()) {
            return uncheckedCall(attempt);
        }
        try {
            bulkhead.acquirePermission();
        } catch (BulkheadFullException e) {
            throw logged(prompt, LlmFailures.unavailable("Too many concurrent AI calls on this server (limit "
                    + settings.maxConcurrent() + "); try again in a moment"));
        }
        try {
            Callable<Completion> timed = () -> timeLimiter.executeFutureSupplier(() -> attempts.submit(attempt));
            return retry.executeCallable(() -> circuitBreaker.executeCallable(timed));
        } catch (DomainException e) {
            throw logged(prompt, e);
        } catch (CallNotPermittedException e) {
            throw logged(prompt, LlmFailures.unavailable("The AI model is unavailable (circuit open after repeated "
                    + "failures); try again in " + secondsUntilClosedTrial() + " s"));
        } catch (TimeoutException e) {
            throw logged(prompt, LlmFailures.unavailable("The AI model timed out after "
                    + LlmFailures.describe(settings.timeout()) + "; try again later"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw logged(prompt, LlmFailures.unavailable("The AI call was interrupted; try again"));
        } catch (Exception e) {
            throw logged(prompt, LlmFailures.unavailable("The AI model call failed unexpectedly ("
                    + e.getClass().getSimpleName() + "); try again later"));
        } finally {
            bulkhead.onComplete();
        }
    }

    private static Completion uncheckedCall(Callable<Completion> attempt) {
        try {
            return attempt.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw LlmFailures.unavailable("The AI model call failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private long remainingOpenNanos() {
        return openUntilNanos.get() - System.nanoTime();
    }

    private long secondsUntilClosedTrial() {
        long nanos = Math.max(0, remainingOpenNanos());
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    private static DomainException logged(Prompt prompt, DomainException failure) {
        LOG.warn("AI call for tenant {} feature {} failed: {} {}", prompt.context().tenant(),
                prompt.context().feature(), failure.code(), failure.getMessage());
        return failure;
    }

    /** For tests: the breaker's state name (CLOSED, OPEN, HALF_OPEN, …). */
    String circuitState() {
        return circuitBreaker.getState().name();
    }
}
