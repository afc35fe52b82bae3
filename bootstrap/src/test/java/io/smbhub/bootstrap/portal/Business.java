package io.smbhub.bootstrap.portal;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A business signed up through the REST API, for the portal tests: its owner's bearer token and helpers that
 * create, send and manage the portal links of its invoices and quotes over {@code /v1}.
 */
final class Business {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final String name;
    final String tenantId;
    final String userId;
    private final URI base;
    private final JsonMapper json;
    private final String bearer;
    private final String contactId;

    private Business(String name, URI base, JsonMapper json, Map<String, Object> signup) {
        this.name = name;
        this.base = base;
        this.json = json;
        this.bearer = (String) signup.get("access_token");
        this.tenantId = (String) signup.get("tenant_id");
        this.userId = (String) signup.get("user_id");
        this.contactId = id(expect(201, "POST", "/v1/contacts", """
                {"display_name":"Customer of %s","email":"customer@%s.test","type":"CUSTOMER"}""".formatted(name,
                tenantId.substring(0, 8))));
    }

    /** Signs up {@code name} (owner {@code email}, USD, UTC) on {@code server}. */
    @SuppressWarnings("unchecked")
    static Business signUp(EmbeddedServer server, String name, String email) {
        JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
        Map<String, Object> reply = call(server.getURI(), json, null, "POST", "/v1/auth/signup", """
                {"business_name":"%s","email":"%s","password":"correct horse battery","currency":"USD","timezone":"UTC"}"""
                .formatted(name, email));
        if (!Integer.valueOf(201).equals(reply.get("_status"))) {
            throw new IllegalStateException("sign-up failed: " + reply);
        }
        return new Business(name, server.getURI(), json, (Map<String, Object>) reply.get("data"));
    }

    /** A SENT invoice of one line ({@code lineName}, qty 1 at {@code rate}); returns its id. */
    String sentInvoice(String lineName, String rate) {
        String id = id(expect(201, "POST", "/v1/invoices", """
                {"contact_id":"%s","due_date":"2099-01-31","line_items":[{"name":"%s","qty":1,"rate":"%s"}]}"""
                .formatted(contactId, lineName, rate)));
        expect(200, "POST", "/v1/invoices/" + id + "/send", "{}");
        return id;
    }

    /** A SENT quote of one line valid until 2099; returns its id. */
    String sentQuote(String lineName, String rate) {
        String id = id(expect(201, "POST", "/v1/quotes", """
                {"contact_id":"%s","expiry_date":"2099-01-31","line_items":[{"name":"%s","qty":1,"rate":"%s"}]}"""
                .formatted(contactId, lineName, rate)));
        expect(200, "POST", "/v1/quotes/" + id + "/send", "{}");
        return id;
    }

    /** Rotates the portal link of {@code collection} ({@code invoices} or {@code quotes}) {@code id}; returns the path. */
    @SuppressWarnings("unchecked")
    String newPortalPath(String collection, String id) {
        Map<String, Object> data = (Map<String, Object>) expect(201, "POST", "/v1/" + collection + "/" + id + "/portal-link",
                null).get("data");
        String url = (String) data.get("url");
        return URI.create(url).getPath();
    }

    /** Revokes every portal link of the document. */
    void revokePortalLinks(String collection, String id) {
        expect(204, "DELETE", "/v1/" + collection + "/" + id + "/portal-link", null);
    }

    /** Records a cash payment of {@code amount} on the invoice. */
    void recordCashPayment(String invoiceId, String amount) {
        expect(201, "POST", "/v1/payments", "{\"invoice_id\":\"" + invoiceId + "\",\"provider\":\"CASH\",\"amount\":\""
                + amount + "\"}");
    }

    /** Voids the invoice. */
    void voidInvoice(String invoiceId) {
        expect(200, "POST", "/v1/invoices/" + invoiceId + "/void", "{\"reason\":\"Sent by mistake\"}");
    }

    /** GET of a JSON resource's {@code data}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> read(String path) {
        return (Map<String, Object>) expect(200, "GET", path, null).get("data");
    }

    /** GET of a JSON list's {@code data}. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(String path) {
        return (List<Map<String, Object>>) expect(200, "GET", path, null).get("data");
    }

    private Map<String, Object> expect(int status, String method, String path, String body) {
        Map<String, Object> reply = call(base, json, bearer, method, path, body);
        if (!Integer.valueOf(status).equals(reply.get("_status"))) {
            throw new IllegalStateException(method + " " + path + " answered " + reply + ", expected " + status);
        }
        return reply;
    }

    @SuppressWarnings("unchecked")
    private static String id(Map<String, Object> reply) {
        return (String) ((Map<String, Object>) reply.get("data")).get("id");
    }

    /** The reply's JSON (empty for no body) plus {@code _status}. */
    private static Map<String, Object> call(URI base, JsonMapper json, String bearer, String method, String path,
                                            String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> parsed = response.body().isBlank() ? new HashMap<>()
                    : new HashMap<>(json.readValue(response.body(), Argument.mapOf(String.class, Object.class)));
            parsed.put("_status", response.statusCode());
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
