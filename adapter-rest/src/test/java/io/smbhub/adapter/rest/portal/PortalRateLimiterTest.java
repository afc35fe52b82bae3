package io.smbhub.adapter.rest.portal;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Portal rate limits per client (spec 12.6)")
class PortalRateLimiterTest {

    /** A clock the test moves by hand. */
    private static final class ManualTime implements TimeMeter {
        long nanos = 1_000_000_000L;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration d) {
            nanos += d.toNanos();
        }
    }

    private final ManualTime time = new ManualTime();
    private final PortalRateLimiter limiter = new PortalRateLimiter(new PortalRateLimiter.Limits(30, 5, 100), time);

    @Test
    void thirtyRequestsAMinutePassAndTheNextWaitsForTheRefill() {
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.admit("10.0.0.1").allowed()).as("request %d", i + 1).isTrue();
        }

        PortalRateLimiter.Decision refused = limiter.admit("10.0.0.1");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
        assertThat(limiter.admit("10.0.0.2").allowed()).as("another client").isTrue();
        time.advance(Duration.ofSeconds(2));
        assertThat(limiter.admit("10.0.0.1").allowed()).isTrue();
    }

    @Test
    void fiveFailuresAMinuteBlockTheClientUntilOneRefills() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.admit("10.0.0.9").allowed()).isTrue();
            limiter.recordFailure("10.0.0.9");
        }

        PortalRateLimiter.Decision refused = limiter.admit("10.0.0.9");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(12);
        time.advance(Duration.ofSeconds(11));
        assertThat(limiter.admit("10.0.0.9").allowed()).isFalse();
        time.advance(Duration.ofSeconds(1));
        assertThat(limiter.admit("10.0.0.9").allowed()).isTrue();
        limiter.recordFailure("10.0.0.9");
        assertThat(limiter.admit("10.0.0.9").allowed()).as("the refilled failure was used up again").isFalse();
    }

    @Test
    void idleClientsAreForgottenAndTheirBucketsAreFullAgain() {
        for (int i = 0; i < 30; i++) {
            limiter.admit("10.0.0.3");
        }
        limiter.admit("10.0.0.4");
        assertThat(limiter.trackedClients()).isEqualTo(2);

        time.advance(PortalRateLimiter.IDLE);
        limiter.admit("10.0.0.5");

        assertThat(limiter.trackedClients()).isEqualTo(1);
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.admit("10.0.0.3").allowed()).isTrue();
        }
    }

    @Test
    void atMostMaxClientsAreTracked() {
        PortalRateLimiter small = new PortalRateLimiter(new PortalRateLimiter.Limits(30, 5, 3), time);

        for (int i = 0; i < 10; i++) {
            small.admit("10.0.1." + i);
        }

        assertThat(small.trackedClients()).isEqualTo(3);
    }
}
