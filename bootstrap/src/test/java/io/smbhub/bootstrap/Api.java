package io.smbhub.bootstrap;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** A tiny JSON-over-HTTP client for end-to-end tests: requests carry the bearer token once logged in. */
final class Api {

    /** A response: status, parsed JSON body (or null), and headers. */
    record Reply(int status, Map<String, Object> body, HttpResponse<String> raw) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data() {
            return (Map<String, Object>) body.get("data");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) body.get("data");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> error() {
            return (Map<String, Object>) body.get("error");
        }

        String id() {
            return (String) data().get("id");
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;
    private String token;

    Api(EmbeddedServer server) {
        this.base = server.getURI();
        this.json = server.getApplicationContext().getBean(JsonMapper.class);
    }

    Api as(String bearer) {
        this.token = bearer;
        return this;
    }

    /** The {@code Authorization} header value of this client. */
    String bearer() {
        return "Bearer " + token;
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply post(String path, String body) {
        return send("POST", path, body, null);
    }

    Reply post(String path, String body, String idempotencyKey) {
        return send("POST", path, body, idempotencyKey);
    }

    Reply patch(String path, String body) {
        return send("PATCH", path, body, null);
    }

    @SuppressWarnings("unchecked")
    Reply send(String method, String path, String body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> parsed = response.body().isBlank() ? null : json.readValue(response.body(), Map.class);
            return new Reply(response.statusCode(), parsed, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
