package io.smbhub.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.adapter.postgres.TestDatabase;

import java.nio.file.Path;
import java.util.Map;

/** Starts the real application (all adapters) on a test database, with its files under {@code dataDir}. */
final class TestApp {

    private TestApp() {
    }

    static EmbeddedServer start(TestDatabase db, Path dataDir) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", db.coordinates().jdbcUrl(),
                "datasources.default.username", db.coordinates().username(),
                "datasources.default.password", db.coordinates().password(),
                "micronaut.server.port", -1,
                "smbhub.mail.pickup-directory", dataDir.resolve("outbox").toString(),
                "smbhub.auth.jwt-key-file", dataDir.resolve("jwt.json").toString()));
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
