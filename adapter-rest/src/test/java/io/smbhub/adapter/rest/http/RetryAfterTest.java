package io.smbhub.adapter.rest.http;

import io.smbhub.domain.shared.ErrorCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Retry-After} of refusals that time heals: an unavailable AI model and a used-up monthly AI budget (issue 6). */
@DisplayName("Retry-After: 30 s for AI_UNAVAILABLE, the next UTC month for QUOTA_EXCEEDED, none otherwise")
class RetryAfterTest {

    @ParameterizedTest(name = "{0} at {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            AI_UNAVAILABLE   | 2026-11-20T10:00:00Z | 30
            QUOTA_EXCEEDED   | 2026-11-30T23:59:00Z | 60
            QUOTA_EXCEEDED   | 2026-12-31T00:00:00Z | 86400
            QUOTA_EXCEEDED   | 2026-02-01T00:00:00Z | 2419200
            RATE_LIMITED     | 2026-11-20T10:00:00Z | none
            UNAVAILABLE      | 2026-11-20T10:00:00Z | none
            VALIDATION_ERROR | 2026-11-20T10:00:00Z | none
            """)
    void retryAfter(ErrorCode code, String now, Long seconds) {
        assertThat(ErrorMapper.retryAfterSeconds(code, Instant.parse(now))).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AI_UNAVAILABLE | 503
            QUOTA_EXCEEDED | 429
            """)
    void statusOfTheAiCodes(ErrorCode code, int status) {
        assertThat(ErrorMapper.statusOf(code.category()).getCode()).isEqualTo(status);
    }
}
