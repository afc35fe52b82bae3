package io.smbhub.adapter.rest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.application.CoreServices;
import io.smbhub.application.memory.InMemoryCore;
import io.smbhub.domain.tenant.MemberStatus;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;
import io.smbhub.domain.shared.UserId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An embedded SMB Hub REST server on the in-memory core with a temp JWT key file, and a small
 * {@code java.net.http} client for it. One per test class.
 */
final class ApiClient implements AutoCloseable {

    /** Properties the application must set for Swagger UI and the spec (bootstrap's application.yml). */
    static final Map<String, Object> STATIC_RESOURCES = Map.of(
            "micronaut.router.static-resources.swagger.paths", "classpath:META-INF/swagger",
            "micronaut.router.static-resources.swagger.mapping", "/swagger/**",
            "micronaut.router.static-resources.swagger-ui.paths", "classpath:META-INF/swagger/views/swagger-ui",
            "micronaut.router.static-resources.swagger-ui.mapping", "/swagger-ui/**");

    final EmbeddedServer server;
    final Path keyFile;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json;

    ApiClient(Path tempDir) {
        this(tempDir, Map.of());
    }

    ApiClient(Path tempDir, Map<String, Object> extra) {
        this.keyFile = tempDir.resolve("jwt-key.json");
        Map<String, Object> props = new HashMap<>(STATIC_RESOURCES);
        props.put("micronaut.server.port", -1);
        props.put("smbhub.test.in-memory-core", "true");
        props.put("smbhub.auth.jwt-key-file", keyFile.toString());
        props.putAll(extra);
        this.server = ApplicationContext.run(EmbeddedServer.class, props);
        this.json = server.getApplicationContext().getBean(JsonMapper.class);
    }

    ApplicationContext context() {
        return server.getApplicationContext();
    }

    InMemoryCore core() {
        return context().getBean(InMemoryCore.class);
    }

    /** An HTTP exchange's outcome with the body parsed when it is JSON. */
    record Response(int status, Map<String, List<String>> headers, String body, Map<String, Object> json) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> data() {
            return (Map<String, Object>) json.get("data");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) json.get("data");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> meta() {
            return (Map<String, Object>) json.get("meta");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> error() {
            return (Map<String, Object>) json.get("error");
        }

        String errorCode() {
            return error() == null ? null : (String) error().get("code");
        }

        @SuppressWarnings("unchecked")
        List<String> errorFields() {
            return ((List<Map<String, Object>>) error().get("details")).stream().map(d -> (String) d.get("field")).toList();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** Request builder with fluent headers. */
    final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new HashMap<>();
        private String body;

        Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Call token(String token) {
            return token == null ? this : header("Authorization", "Bearer " + token);
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call json(String body) {
            this.body = body;
            headers.putIfAbsent("Content-Type", "application/json");
            return this;
        }

        Call body(String contentType, String body) {
            this.body = body;
            headers.put("Content-Type", contentType);
            return this;
        }

        Response send() {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURI() + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(b::header);
            try {
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                Map<String, Object> parsed = null;
                String contentType = r.headers().firstValue("Content-Type").orElse("");
                if (contentType.contains("json") && !r.body().isEmpty()) {
                    parsed = json.readValue(r.body(), Argument.mapOf(String.class, Object.class));
                }
                return new Response(r.statusCode(), r.headers().map(), r.body(), parsed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    Call get(String path) {
        return new Call("GET", path);
    }

    Call post(String path) {
        return new Call("POST", path);
    }

    Call patch(String path) {
        return new Call("PATCH", path);
    }

    Call put(String path) {
        return new Call("PUT", path);
    }

    Call delete(String path) {
        return new Call("DELETE", path);
    }

    /** A signed-up owner: token, tenant and user ids. */
    record Session(String token, String tenantId, String userId) {
    }

    Session signUp(String email) {
        return signUp(email, "USD");
    }

    Session signUp(String email, String currency) {
        Response r = post("/v1/auth/signup").json("""
                {"business_name":"Biz %s","profile_id":"general","email":"%s","password":"correct-horse-1",
                 "timezone":"UTC","currency":"%s"}""".formatted(email, email, currency)).send();
        if (r.status() != 201) {
            throw new AssertionError("sign-up failed: " + r);
        }
        Map<String, Object> d = r.data();
        return new Session((String) d.get("access_token"), (String) d.get("tenant_id"), (String) d.get("user_id"));
    }

    /** A member of {@code owner}'s tenant with {@code role}, created through the in-memory ports, logged in. */
    Session member(Session owner, Role role, String email) {
        CoreServices.Ports ports = core().ports();
        TenantId tenant = new TenantId(UUID.fromString(owner.tenantId()));
        UserId user = new UserId(ports.ids().newId());
        Instant now = ports.clock().now();
        String hash = ports.passwords().hash("member-pass-1");
        ports.tx().withoutTenant(() -> {
            ports.users().insert(new UserAccount(user, email, hash, now));
            ports.users().insertMember(new TenantMember(tenant, user, role, MemberStatus.ACTIVE, now));
            return null;
        });
        Response r = post("/v1/auth/login").json("{\"email\":\"" + email + "\",\"password\":\"member-pass-1\"}").send();
        if (r.status() != 200) {
            throw new AssertionError("login failed: " + r);
        }
        return new Session((String) r.data().get("access_token"), owner.tenantId(), user.value().toString());
    }

    @Override
    public void close() {
        server.close();
    }
}
