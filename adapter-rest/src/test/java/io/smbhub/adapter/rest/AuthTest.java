package io.smbhub.adapter.rest;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.smbhub.adapter.rest.auth.OidcTokens;
import io.smbhub.domain.tenant.Tenant;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import io.smbhub.domain.tenant.MemberStatus;
import io.smbhub.domain.tenant.Role;
import io.smbhub.domain.tenant.TenantMember;
import io.smbhub.domain.tenant.UserAccount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up, login and bearer token verification (our RS256 tokens and an external OIDC issuer). */
class AuthTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@auth.test");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void signUpReturnsABearerTokenThatAuthenticatesCalls() {
        ApiClient.Response r = api.post("/v1/auth/signup").json("""
                {"business_name":"Acme","email":"new@auth.test","password":"correct-horse-1","currency":"CAD"}""").send();

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.data()).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600)
                .containsEntry("role", "OWNER").containsKeys("access_token", "tenant_id", "user_id");
        String token = (String) r.data().get("access_token");
        ApiClient.Response list = api.get("/v1/contacts").token(token).send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.list()).isEmpty();
    }

    @Test
    void loginAnswersTheSameShapeAndRefusesAWrongPassword() {
        ApiClient.Response ok = api.post("/v1/auth/login").json("{\"email\":\"owner@auth.test\",\"password\":\"correct-horse-1\"}").send();
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.data()).containsEntry("tenant_id", owner.tenantId()).containsEntry("user_id", owner.userId())
                .containsEntry("token_type", "Bearer");
        assertThat(api.get("/v1/contacts").token((String) ok.data().get("access_token")).send().status()).isEqualTo(200);

        ApiClient.Response bad = api.post("/v1/auth/login").json("{\"email\":\"owner@auth.test\",\"password\":\"wrong-pass-1\"}").send();
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.errorCode()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void signUpValidationIs422WithFields() {
        ApiClient.Response r = api.post("/v1/auth/signup").json("{\"business_name\":\"\",\"email\":\"x@auth.test\",\"password\":\"short\"}").send();
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).contains("password", "business_name");
    }

    @Test
    void missingOrMalformedAuthorizationIs401() {
        for (ApiClient.Call call : new ApiClient.Call[]{
                api.get("/v1/contacts"),
                api.get("/v1/contacts").header("Authorization", "Basic dXNlcjpwYXNz"),
                api.get("/v1/contacts").header("Authorization", "Bearer "),
                api.get("/v1/contacts").token("not-a-jwt")}) {
            ApiClient.Response r = call.send();
            assertThat(r.status()).as(r.toString()).isEqualTo(401);
            assertThat(r.errorCode()).isEqualTo("UNAUTHORIZED");
            assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(r.header("X-Request-Id")).isNotNull().isEqualTo(r.meta().get("request_id"));
        }
    }

    @Test
    void expiredTokenIs401ButOneWithinClockSkewIsAccepted() throws Exception {
        Instant now = Instant.now();
        assertThat(status(sign(claims(now.minusSeconds(7200), now.minusSeconds(3600))))).isEqualTo(401);
        assertThat(status(sign(claims(now.minusSeconds(3600), now.minusSeconds(20))))).isEqualTo(200);
    }

    @Test
    void tamperedTokenIs401() throws Exception {
        String[] parts = owner.token().split("\\.");
        Map<String, Object> payload = new java.util.HashMap<>(JWTClaimsSet.parse(
                new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)).toJSONObject());
        payload.put("role", "OWNER");
        payload.put("tid", UUID.randomUUID().toString());
        String forged = parts[0] + "." + Base64URL.encode(JWTClaimsSet.parse(payload).toString()) + "." + parts[2];
        assertThat(status(forged)).isEqualTo(401);
        assertThat(status(owner.token())).isEqualTo(200);
    }

    @Test
    void unsignedAndHmacTokensAre401() throws Exception {
        JWTClaimsSet claims = claims(Instant.now(), Instant.now().plusSeconds(600));
        String none = new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(), claims).serialize();
        assertThat(status(none)).isEqualTo(401);

        SignedJWT hs = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        hs.sign(new MACSigner("0123456789abcdef0123456789abcdef0123456789abcdef"));
        assertThat(status(hs.serialize())).isEqualTo(401);

        // the classic confusion attack: HMAC keyed with the server's public key
        SignedJWT confused = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT)
                .keyID(key().getKeyID()).build(), claims);
        confused.sign(new MACSigner(key().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));
        assertThat(status(confused.serialize())).isEqualTo(401);
    }

    @Test
    void tokenOfAnotherKeyIssuerOrAudienceIs401() throws Exception {
        Instant now = Instant.now();
        RSAKey other = new RSAKeyGenerator(2048).keyID(key().getKeyID()).generate();
        SignedJWT foreign = new SignedJWT(header(), claims(now, now.plusSeconds(600)));
        foreign.sign(new RSASSASigner(other));
        assertThat(status(foreign.serialize())).isEqualTo(401);

        JWTClaimsSet wrongAudience = new JWTClaimsSet.Builder(claims(now, now.plusSeconds(600))).audience("someone-else").build();
        assertThat(status(sign(wrongAudience))).isEqualTo(401);
        JWTClaimsSet wrongIssuer = new JWTClaimsSet.Builder(claims(now, now.plusSeconds(600))).issuer("evil").build();
        assertThat(status(sign(wrongIssuer))).isEqualTo(401);
        assertThat(status(sign(claims(now, now.plusSeconds(600))))).isEqualTo(200);
    }

    @Test
    void theKeyFileIsCreatedOnceAndTokensSurviveARestart() throws Exception {
        Path dir = Files.createTempDirectory(temp, "restart");
        ApiClient.Session session;
        String keyJson;
        try (ApiClient first = new ApiClient(dir)) {
            session = first.signUp("restart@auth.test");
            keyJson = Files.readString(first.keyFile);
            assertThat(RSAKey.parse(keyJson).isPrivate()).isTrue();
            assertThat(RSAKey.parse(keyJson).size()).isEqualTo(2048);
        }
        try (ApiClient second = new ApiClient(dir)) {
            assertThat(Files.readString(second.keyFile)).isEqualTo(keyJson);
            // a new core (in memory) knows nothing of the old data: the token verifies, but the membership is checked live
            assertThat(second.get("/v1/contacts").token(session.token()).send().status()).isEqualTo(401);
            var ports = second.core().ports();
            TenantId tenant = new TenantId(UUID.fromString(session.tenantId()));
            UserId user = new UserId(UUID.fromString(session.userId()));
            Instant now = ports.clock().now();
            ports.tx().inTenant(tenant, () -> {
                ports.tenants().insert(Tenant.create(tenant, "Restarted", "general", "UTC", "USD", null, now));
                ports.users().insert(new UserAccount(user, "restart@auth.test", "hash", now));
                ports.users().insertMember(new TenantMember(tenant, user, Role.OWNER, MemberStatus.ACTIVE, now));
                return null;
            });
            assertThat(second.get("/v1/contacts").token(session.token()).send().status()).isEqualTo(200);
        }
    }

    @Test
    void tokensOfTheConfiguredOidcIssuerMapToTheTenantOfTheirOrganisation() throws Exception {
        RSAKey idpKey = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] keys = new JWKSet(idpKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        jwks.start();
        String issuer = "https://idp.example.test";
        try (ApiClient oidc = new ApiClient(Files.createTempDirectory(temp, "oidc"), Map.of(
                "smbhub.auth.oidc.issuer", issuer,
                "smbhub.auth.oidc.jwks-url", "http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json",
                "smbhub.auth.oidc.audience", "smbhub-clerk"))) {
            var ports = oidc.core().ports();
            TenantId tenant = new TenantId(ports.ids().newId());
            ports.tx().withoutTenant(() -> {
                ports.tenants().insert(Tenant.create(tenant, "Org Biz", "general", "UTC", "USD", "org_123", ports.clock().now()));
                return null;
            });
            Instant now = Instant.now();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience("smbhub-clerk").subject("user_abc")
                    .claim("org_id", "org_123").claim("org_role", "org:Admin")
                    .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("idp-1").build(), claims);
            jwt.sign(new RSASSASigner(idpKey));

            ApiClient.Response created = oidc.post("/v1/contacts").token(jwt.serialize()).json("{\"display_name\":\"Via OIDC\"}").send();
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            ApiClient.Response audit = oidc.get("/v1/audit-logs").token(jwt.serialize()).send();
            assertThat(audit.status()).as("ADMIN may read the audit log").isEqualTo(200);
            assertThat(audit.list().get(0)).containsEntry("actor_user_id",
                    OidcTokens.userId(issuer, "user_abc").value().toString());

            JWTClaimsSet unknownOrg = new JWTClaimsSet.Builder(claims).claim("org_id", "org_999").build();
            SignedJWT other = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("idp-1").build(), unknownOrg);
            other.sign(new RSASSASigner(idpKey));
            assertThat(oidc.get("/v1/contacts").token(other.serialize()).send().status()).isEqualTo(401);

            JWTClaimsSet wrongAudience = new JWTClaimsSet.Builder(claims).audience("another-app").build();
            SignedJWT third = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("idp-1").build(), wrongAudience);
            third.sign(new RSASSASigner(idpKey));
            assertThat(oidc.get("/v1/contacts").token(third.serialize()).send().status()).isEqualTo(401);
        } finally {
            jwks.stop(0);
        }
    }

    private static int status(String token) {
        return api.get("/v1/contacts").token(token).send().status();
    }

    private static RSAKey key() throws Exception {
        return RSAKey.parse(Files.readString(api.keyFile));
    }

    private static JWSHeader header() throws Exception {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key().getKeyID()).build();
    }

    private static JWTClaimsSet claims(Instant issuedAt, Instant expiresAt) {
        return new JWTClaimsSet.Builder().issuer("smbhub").audience("smbhub-api").subject(owner.userId())
                .claim("tid", owner.tenantId()).claim("role", "OWNER")
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt)).build();
    }

    private static String sign(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(header(), claims);
        jwt.sign(new RSASSASigner(key()));
        return jwt.serialize();
    }
}
