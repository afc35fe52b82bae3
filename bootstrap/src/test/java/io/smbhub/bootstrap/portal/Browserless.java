package io.smbhub.bootstrap.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A customer's plain HTTP client for portal pages (no redirects followed), appearing from one client address
 * through {@code X-Forwarded-For} (the suite's app trusts that header, so each test gets buckets of its own).
 */
final class Browserless {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A response: status, the raw response (headers) and the body as text. */
    record Page(int status, HttpResponse<byte[]> raw) {
        String body() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** Status line, headers and body: everything a client could read. */
        String everything() {
            return status + "\n" + raw.headers().map() + "\n" + body();
        }
    }

    private final URI base;
    private final String clientAddress;

    Browserless(URI base, String clientAddress) {
        this.base = base;
        this.clientAddress = clientAddress;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Page post(String path, String form) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private Page send(HttpRequest.Builder request) {
        request.header("X-Forwarded-For", "198.51.100.250, " + clientAddress);
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Page(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
