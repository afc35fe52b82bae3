package io.smbhub.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.adapter.postgres.TestDatabase;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Starts the real application (all adapters) on a test database, with its files under {@code dataDir}. */
public final class TestApp {

    private TestApp() {
    }

    public static EmbeddedServer start(TestDatabase db, Path dataDir) {
        return start(db, dataDir, Map.of());
    }

    /** As {@link #start(TestDatabase, Path)} with {@code extra} configuration (e.g. {@code STRIPE_API_BASE}). */
    public static EmbeddedServer start(TestDatabase db, Path dataDir, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(database(db));
        properties.put("micronaut.server.port", -1);
        properties.put("smbhub.mail.pickup-directory", dataDir.resolve("outbox").toString());
        properties.put("smbhub.auth.jwt-key-file", dataDir.resolve("jwt.json").toString());
        properties.put("smbhub.secrets.key-file", dataDir.resolve("secrets-key").toString());
        properties.put("smbhub.files.dir", dataDir.resolve("files").toString());
        properties.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    /**
     * Database configuration as in production: the application logs in as the application role (row-level
     * security holds), migrations run as the test server's administration login.
     */
    static Map<String, Object> database(TestDatabase db) {
        return Map.of(
                "datasources.default.url", db.appCoordinates().jdbcUrl(),
                "datasources.default.username", db.appCoordinates().username(),
                "datasources.default.password", db.appCoordinates().password(),
                "smbhub.database.migration-username", db.coordinates().username(),
                "smbhub.database.migration-password", db.coordinates().password());
    }

    /** Signs up a business and returns an API client carrying its owner's token. */
    static Api owner(EmbeddedServer server, String email) {
        Api api = new Api(server);
        Api.Reply signup = api.post("/v1/auth/signup", """
                {"business_name":"Biz %s","email":"%s","password":"correct horse","currency":"USD"}""".formatted(email, email));
        if (signup.status() != 201) {
            throw new IllegalStateException("signup failed: " + signup.body());
        }
        return api.as((String) signup.data().get("access_token"));
    }
}
