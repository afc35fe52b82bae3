package io.smbhub.adapter.rest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adapter on its own (no {@code CoreServices} bean yet, as in a half-wired application): the server
 * starts, public routes answer, and authentication still refuses requests without a token.
 */
class WithoutCoreTest {

    @TempDir
    Path temp;

    @Test
    void publicRoutesAndTheAuthFilterWorkBeforeTheCoreIsWired() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1, "smbhub.auth.jwt-key-file", temp.resolve("k.json").toString()))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> spec = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/openapi.yml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(spec.statusCode()).isEqualTo(200);
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/v1/contacts")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(401);
            assertThat(list.body()).contains("\"UNAUTHORIZED\"");
        }
    }
}
