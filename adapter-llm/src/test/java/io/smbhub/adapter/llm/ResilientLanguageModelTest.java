package io.smbhub.adapter.llm;

import io.smbhub.application.port.out.JsonSchema;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.smbhub.adapter.llm.Prompts.prompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Timeout, retry, circuit breaker and bulkhead around the real Gemini adapter, against {@link GeminiStandIn}. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ResilientLanguageModelTest {

    private static GeminiStandIn standIn;
    private final List<ResilientLanguageModel> models = new ArrayList<>();

    @BeforeAll
    static void start() {
        standIn = GeminiStandIn.start();
    }

    @AfterAll
    static void stop() {
        standIn.stop();
    }

    @AfterEach
    void reset() throws Exception {
        for (ResilientLanguageModel model : models) {
            model.close();
        }
        standIn.restart();
        standIn.reset();
    }

    private ResilientLanguageModel model(GeminiSettings settings) {
        ResilientLanguageModel model = new ResilientLanguageModel(new GeminiLanguageModel(settings), settings);
        models.add(model);
        return model;
    }

    /** Short waits so the tests run fast: 3 attempts 20 ms apart, breaker over 4 attempts open for 600 ms. */
    private static GeminiSettings fast() {
        return standIn.settings()
                .withTimeout(Duration.ofSeconds(5))
                .withRetry(3, Duration.ofMillis(20))
                .withBreaker(4, 50, Duration.ofMillis(600));
    }

    private static void assertUnavailable(Runnable call, String messagePart) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.AI_UNAVAILABLE);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }

    @Test
    @DisplayName("one 503 is retried: one logical call, two HTTP requests, the answer arrives")
    void retriesTransientFailure() {
        ResilientLanguageModel model = model(fast());
        standIn.failNext(1, 503);
        standIn.answer("done");

        LanguageModel.Completion completion = model.generate(prompt("hello"));

        assertThat(completion.text()).isEqualTo("done");
        assertThat(standIn.requestCount()).isEqualTo(2);
        assertThat(model.circuitState()).isEqualTo("CLOSED");
    }

    @Test
    @DisplayName("a 429 is retried too; when every attempt fails the call is AI_UNAVAILABLE after maxAttempts requests")
    void givesUpAfterMaxAttempts() {
        ResilientLanguageModel model = model(fast().withBreaker(10, 50, Duration.ofMillis(600)));
        standIn.failNext(3, 429);

        assertUnavailable(() -> model.generate(prompt("hello")), "HTTP 429");
        assertThat(standIn.requestCount()).isEqualTo(3);
    }

    @Test
    @DisplayName("PROVIDER_ERROR is not retried and does not count towards opening the circuit")
    void providerErrorsAreNeitherRetriedNorRecorded() {
        ResilientLanguageModel model = model(fast());
        standIn.answer("not json at all");
        JsonSchema schema = JsonSchema.object(null, Map.of("title", JsonSchema.string(null)), List.of("title"));

        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> model.generateJson(prompt("hello"), schema))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
        }

        assertThat(standIn.requestCount()).isEqualTo(6);
        assertThat(model.circuitState()).isEqualTo("CLOSED");
        assertThat(model.available()).isTrue();
    }

    @Test
    @DisplayName("a rejected API key is not retried")
    void rejectedKeyIsNotRetried() {
        ResilientLanguageModel model = model(GeminiSettings.of("wrong-key", null, standIn.baseUrl())
                .withRetry(3, Duration.ofMillis(20)));

        assertUnavailable(() -> model.generate(prompt("hello")), "GEMINI_API_KEY");
        assertThat(standIn.requestCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("a model slower than the timeout fails with AI_UNAVAILABLE 'timed out' within a bounded time")
    void timeout() {
        ResilientLanguageModel model = model(fast().withTimeout(Duration.ofMillis(300)).withRetry(2, Duration.ofMillis(20)));
        standIn.delay(Duration.ofSeconds(5));

        long started = System.nanoTime();
        assertUnavailable(() -> model.generate(prompt("hello")), "timed out after 300 ms");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isBetween(Duration.ofMillis(600), Duration.ofMillis(3000));
        assertThat(standIn.requestCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("repeated failures open the circuit: available() false and calls rejected fast without HTTP")
    void circuitOpens() {
        ResilientLanguageModel model = model(fast().withRetry(1, Duration.ofMillis(20))
                .withBreaker(4, 50, Duration.ofSeconds(30)));
        standIn.failNext(4, 503);
        for (int i = 0; i < 4; i++) {
            assertUnavailable(() -> model.generate(prompt("hello")), "HTTP 503");
        }
        assertThat(model.available()).isFalse();
        assertThat(model.configured()).isTrue();

        long started = System.nanoTime();
        assertUnavailable(() -> model.generate(prompt("hello")),
                "The AI model is unavailable (circuit open after repeated failures); try again in ");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(standIn.requestCount()).isEqualTo(4);
        assertThatThrownBy(() -> model.generate(prompt("hello"))).hasMessageMatching(".*try again in (29|30) s");
    }

    @Test
    @DisplayName("after the open duration the circuit lets trial calls through and closes when they succeed")
    void circuitRecovers() throws InterruptedException {
        ResilientLanguageModel model = model(fast().withRetry(1, Duration.ofMillis(20)));
        standIn.failNext(4, 500);
        for (int i = 0; i < 4; i++) {
            assertUnavailable(() -> model.generate(prompt("hello")), "HTTP 500");
        }
        assertThat(model.available()).isFalse();

        Thread.sleep(700);

        assertThat(model.available()).isTrue();
        assertThat(model.generate(prompt("first trial")).text()).startsWith("Stand-in answer to: first trial");
        assertThat(model.generate(prompt("second trial")).text()).startsWith("Stand-in answer to: second trial");
        assertThat(model.circuitState()).isEqualTo("CLOSED");
        assertThat(standIn.requestCount()).isEqualTo(6);
    }

    @Test
    @DisplayName("when the bulkhead is full a further call fails at once with AI_UNAVAILABLE 'too many concurrent AI calls'")
    void bulkheadFull() throws Exception {
        ResilientLanguageModel model = model(fast().withBulkhead(1, Duration.ZERO));
        standIn.delay(Duration.ofSeconds(2));
        CompletableFuture<LanguageModel.Completion> first =
                CompletableFuture.supplyAsync(() -> model.generate(prompt("slow one")));
        while (standIn.requestCount() == 0) {
            Thread.sleep(10);
        }

        long started = System.nanoTime();
        assertUnavailable(() -> model.generate(prompt("second")), "Too many concurrent AI calls on this server (limit 1)");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

        assertThat(first.get(5, TimeUnit.SECONDS).text()).startsWith("Stand-in answer to: slow one");
        assertThat(standIn.requestCount()).isEqualTo(1);
        assertThat(model.circuitState()).isEqualTo("CLOSED");
    }

    @Test
    @DisplayName("a stopped model (connection refused) is AI_UNAVAILABLE; after a restart calls work again")
    void standInStopped() {
        ResilientLanguageModel model = model(fast().withRetry(2, Duration.ofMillis(20)));
        assertThat(model.generate(prompt("before")).text()).isNotBlank();

        standIn.stop();
        assertUnavailable(() -> model.generate(prompt("during")), "could not be reached");

        standIn.restart();
        assertThat(model.generate(prompt("after")).text()).startsWith("Stand-in answer to: after");
    }

    @Test
    @DisplayName("without an API key the factory gives the unconfigured model: not available, every call AI_UNAVAILABLE")
    void unconfigured() {
        LanguageModel model = GeminiLanguageModels.create(GeminiSettings.of(" ", null, standIn.baseUrl()));

        assertThat(model.configured()).isFalse();
        assertThat(model.available()).isFalse();
        assertUnavailable(() -> model.generate(prompt("hello")), "GEMINI_API_KEY");
        assertThat(standIn.requestCount()).isZero();
    }

    @Test
    @DisplayName("the factory's model answers through the stand-in")
    void factoryModel() throws Exception {
        LanguageModel model = GeminiLanguageModels.create(standIn.settings());
        try {
            assertThat(model).isInstanceOf(ResilientLanguageModel.class);
            assertThat(model.available()).isTrue();
            assertThat(model.modelName()).isEqualTo("gemini-2.5-flash");
            assertThat(model.generateJson(prompt("hello"), JsonSchema.object(null, Map.of(), List.of())).json()).isEmpty();
        } finally {
            ((AutoCloseable) model).close();
        }
    }
}
