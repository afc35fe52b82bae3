package io.smbhub.adapter.llm;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeminiSettingsTest {

    @Test
    @DisplayName("defaults: gemini-2.5-flash, 20 s, 3 attempts from 500 ms, breaker 50 % of 10 open 30 s, 8 concurrent")
    void defaults() {
        GeminiSettings settings = GeminiSettings.of("key", " ", "http://127.0.0.1:9999/");

        assertThat(settings.model()).isEqualTo("gemini-2.5-flash");
        assertThat(settings.baseUrl()).isEqualTo("http://127.0.0.1:9999");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.maxAttempts()).isEqualTo(3);
        assertThat(settings.retryWait()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.breakerWindow()).isEqualTo(10);
        assertThat(settings.breakerFailureRatePercent()).isEqualTo(50);
        assertThat(settings.breakerMinimumCalls()).isEqualTo(4);
        assertThat(settings.breakerOpenDuration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.maxConcurrent()).isEqualTo(8);
        assertThat(settings.maxConcurrentWait()).isEqualTo(Duration.ofMillis(50));
        assertThat(settings.configured()).isTrue();
        assertThat(GeminiSettings.of("  ", null, null).configured()).isFalse();
    }

    @Test
    @DisplayName("toString says whether a key is set, never the key")
    void toStringHidesKey() {
        assertThat(GeminiSettings.of("AIzaSecret123", null, null).toString())
                .contains("apiKey=set").doesNotContain("AIzaSecret123");
    }

    @Test
    @DisplayName("out-of-range numbers and durations are refused naming the setting")
    void validation() {
        GeminiSettings base = GeminiSettings.of("key", null, null);
        assertThatThrownBy(() -> base.withRetry(0, null)).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> base.withTimeout(Duration.ZERO)).hasMessageContaining("timeout");
        assertThatThrownBy(() -> base.withBreaker(10, 101, null)).hasMessageContaining("breakerFailureRatePercent");
        assertThatThrownBy(() -> base.withBreaker(0, 50, null)).hasMessageContaining("breakerWindow");
        assertThatThrownBy(() -> base.withBulkhead(0, null)).hasMessageContaining("maxConcurrent");
        assertThat(base.withBreaker(2, 50, null).breakerMinimumCalls()).isEqualTo(2);
    }
}
