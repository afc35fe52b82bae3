package io.smbhub.adapter.rest.portal;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose bucket a portal request takes from: the peer address, or X-Forwarded-For only when configured. */
@DisplayName("Portal rate limits: the client address")
class PortalClientAddressTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    private EmbeddedServer start(boolean trustForwardedFor) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "smbhub.test.in-memory-core", "true",
                "smbhub.auth.jwt-key-file", temp.resolve("jwt.json").toString(),
                "smbhub.portal.rate-limit.requests-per-minute", 3,
                "smbhub.portal.rate-limit.trust-forwarded-for", trustForwardedFor));
    }

    private static int get(EmbeddedServer server, String forwardedFor) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/portal/payment-complete"))
                    .header("X-Forwarded-For", forwardedFor).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void byDefaultXForwardedForIsIgnoredSoSpoofingItGainsNothing() {
        try (EmbeddedServer server = start(false)) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                statuses.add(get(server, "192.0.2." + i));
            }

            assertThat(statuses).containsExactly(200, 200, 200, 429);
        }
    }

    @Test
    void whenTrustedTheLastForwardedAddressIsTheClient() {
        try (EmbeddedServer server = start(true)) {
            List<Integer> spoofedFirstHop = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                spoofedFirstHop.add(get(server, "192.0.2." + i + ", 198.51.100.7"));
            }
            List<Integer> otherClients = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                otherClients.add(get(server, "198.51.100." + (20 + i)));
            }

            assertThat(spoofedFirstHop).containsExactly(200, 200, 200, 429);
            assertThat(otherClients).containsOnly(200);
        }
    }
}
