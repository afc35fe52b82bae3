package io.smbhub.bootstrap.isolation;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The isolation suite's HTTP client: one tenant's bearer token, raw bodies of any media type, an optional
 * {@code Idempotency-Key}, and replies that keep the raw text (for leak scans) next to the parsed envelope.
 */
final class Http {

    /** One request as sent, for failure messages and for "did the request itself carry this value" checks. */
    record Request(String method, String path, String body, String contentType, String idempotencyKey) {

        Request(String method, String path, String body) {
            this(method, path, body, "application/json", null);
        }

        Request withKey(String key) {
            return new Request(method, path, body, contentType, key);
        }

        /** True when {@code value} appears in the path or the body (it was sent, so an echo is no leak). */
        boolean carries(String value) {
            return path.contains(value) || (body != null && body.contains(value));
        }

        @Override
        public String toString() {
            return method + " " + path + (body == null ? "" : " " + body)
                    + (idempotencyKey == null ? "" : " [Idempotency-Key: " + idempotencyKey + "]");
        }
    }

    /** A response: status, raw text, parsed JSON (null when empty or not JSON) and headers. */
    record Reply(Request request, int status, String text, Map<String, Object> json, HttpResponse<String> raw) {

        @SuppressWarnings("unchecked")
        Map<String, Object> data() {
            return json == null ? null : (Map<String, Object>) json.get("data");
        }

        @SuppressWarnings("unchecked")
        List<Object> list() {
            return json == null ? null : (List<Object>) json.get("data");
        }

        String id() {
            return (String) data().get("id");
        }

        String errorCode() {
            if (json == null || !(json.get("error") instanceof Map<?, ?> error)) {
                return null;
            }
            return (String) error.get("code");
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean replayed() {
            return raw.headers().firstValue("Idempotent-Replayed").isPresent();
        }

        @Override
        public String toString() {
            return status + " " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;
    private final String token;

    private Http(URI base, JsonMapper json, String token) {
        this.base = base;
        this.json = json;
        this.token = token;
    }

    static Http anonymous(EmbeddedServer server) {
        return new Http(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class), null);
    }

    Http as(String bearer) {
        return new Http(base, json, bearer);
    }

    JsonMapper mapper() {
        return json;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Reply get(String path) {
        return send(new Request("GET", path, null));
    }

    Reply post(String path, Object body) {
        return send(new Request("POST", path, body instanceof String s ? s : write(body)));
    }

    Reply post(String path, Object body, String idempotencyKey) {
        return send(new Request("POST", path, body instanceof String s ? s : write(body)).withKey(idempotencyKey));
    }

    Reply patch(String path, Object body) {
        return send(new Request("PATCH", path, body instanceof String s ? s : write(body)));
    }

    /** Sends and requires a 2xx answer (fixture building). */
    Reply expectOk(Request request) {
        Reply reply = send(request);
        if (!reply.ok()) {
            throw new IllegalStateException("fixture request failed: " + request + " → " + reply);
        }
        return reply;
    }

    @SuppressWarnings("unchecked")
    Reply send(Request r) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(r.path()))
                .method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(r.body()));
        if (r.body() != null) {
            builder.header("Content-Type", r.contentType());
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (r.idempotencyKey() != null) {
            builder.header("Idempotency-Key", r.idempotencyKey());
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> parsed = null;
            String text = response.body() == null ? "" : response.body();
            if (text.startsWith("{")) {
                parsed = json.readValue(text, Map.class);
            }
            return new Reply(r, response.statusCode(), text, parsed, response);
        } catch (IOException e) {
            throw new IllegalStateException(r + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
