package io.smbhub.adapter.stripe;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Stripe settings")
class StripeSettingsTest {

    private static final String KEY = "sk_live_51TopSecretKeyValue";
    private static final String SECRET = "whsec_TopSecretSigningValue";

    @Test
    void toStringNamesTheModeButNeverAKeyOrSecret() {
        StripeSettings settings = StripeSettings.of(KEY, SECRET, null).withExtraWebhookSecrets(List.of("whsec_OtherSecret"));

        assertThat(settings.toString())
                .doesNotContain(KEY).doesNotContain("TopSecret").doesNotContain("OtherSecret")
                .contains("live mode").contains("webhookSecrets=2");
    }

    @Test
    void readsTheEnvironmentWithSeveralWebhookSecrets() {
        Map<String, String> env = Map.of(
                "STRIPE_API_KEY", "sk_test_abc",
                "STRIPE_WEBHOOK_SECRET", "whsec_new, whsec_old",
                "STRIPE_API_BASE", "http://localhost:12111");

        StripeSettings settings = StripeSettings.fromEnvironment(env::get);

        assertThat(settings.configured()).isTrue();
        assertThat(settings.webhookSecrets()).containsExactly("whsec_new", "whsec_old");
        assertThat(settings.apiBase()).isEqualTo("http://localhost:12111");
        assertThat(settings.signatureTolerance()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void isUnconfiguredWithoutAnApiKey() {
        StripeSettings settings = StripeSettings.fromEnvironment(name -> name.equals("STRIPE_API_KEY") ? "  " : null);

        assertThat(settings.configured()).isFalse();
        assertThat(settings.webhooksConfigured()).isFalse();
        assertThat(settings.apiBase()).isNull();
    }

    @Test
    void refusesNonsenseTunables() {
        StripeSettings settings = StripeSettings.of(KEY, SECRET, null);

        assertThatThrownBy(() -> settings.withRetry(0, Duration.ofMillis(10))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withCircuitBreaker(0, 5, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withTimeouts(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
