package io.smbhub.adapter.rest;

import io.smbhub.domain.tenant.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v1/settings/email}: sender, branding, own SMTP server with a write-only password, inbound address (issue 5). */
class EmailSettingsApiTest {

    static final String PASSWORD = "smtp-Pa55word-never-shown";

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@settings.test");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiClient.Response put(String json) {
        return api.put("/v1/settings/email").token(owner.token()).json(json).send();
    }

    @Test
    void theDefaultsShowTheInboundAddressAndThePlatformServer() {
        ApiClient.Response r = api.get("/v1/settings/email").token(owner.token()).send();

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data()).containsEntry("smtp", null).containsKeys("effective_from_name", "version");
        assertThat((String) r.data().get("inbound_address")).contains("@");
    }

    @Test
    void theSmtpPasswordIsStoredButNeverShown() {
        ApiClient.Response saved = put("""
                {"from_name":"Acme Billing","reply_to":"office@acme.test","brand_color":"#1F6FEB","signature":"Acme Ltd",
                 "smtp":{"host":"smtp.acme.test","port":587,"security":"STARTTLS","username":"billing",
                         "password":"%s","from_address":"billing@acme.test"}}""".formatted(PASSWORD));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain(PASSWORD).doesNotContain("\"password\"");
        assertThat(saved.data()).containsEntry("from_name", "Acme Billing").containsEntry("effective_from_name", "Acme Billing")
                .containsEntry("reply_to", "office@acme.test").containsEntry("brand_color", "#1F6FEB");
        assertThat(saved.data().get("smtp")).isEqualTo(Map.of("host", "smtp.acme.test", "port", 587,
                "security", "STARTTLS", "username", "billing", "password_set", true, "from_address", "billing@acme.test"));
        ApiClient.Response read = api.get("/v1/settings/email").token(owner.token()).send();
        assertThat(read.body()).doesNotContain(PASSWORD);
        assertThat(read.data()).isEqualTo(saved.data());

        ApiClient.Response kept = put("""
                {"from_name":"Acme Accounts","smtp":{"host":"smtp.acme.test","port":587,"security":"STARTTLS",
                 "username":"billing","from_address":"billing@acme.test"},"if_match_version":%s}"""
                .formatted(saved.data().get("version")));
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> smtp = (Map<String, Object>) kept.data().get("smtp");
        assertThat(smtp).containsEntry("password_set", true);

        ApiClient.Response stale = put("{\"from_name\":\"Lost\",\"if_match_version\":" + saved.data().get("version") + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).doesNotContain(PASSWORD);
        assertThat(stale.data()).containsEntry("from_name", "Acme Accounts");

        ApiClient.Response platform = put("{\"from_name\":\"Acme Accounts\",\"smtp\":null}");
        assertThat(platform.status()).isEqualTo(200);
        assertThat(platform.data()).containsEntry("smtp", null);
    }

    @Test
    void badValuesAre422NamingTheField() {
        ApiClient.Response badReplyTo = put("{\"reply_to\":\"not an address\"}");
        assertThat(badReplyTo.status()).as(badReplyTo.toString()).isEqualTo(422);
        assertThat(badReplyTo.errorFields()).contains("reply_to");

        ApiClient.Response badPort = put("""
                {"smtp":{"host":"smtp.acme.test","port":99999999999,"security":"TLS","from_address":"a@acme.test"}}""");
        assertThat(badPort.status()).isEqualTo(422);
        assertThat(badPort.errorFields()).contains("smtp.port");

        assertThat(put("{\"smtp\":\"smtp.acme.test\"}").status()).as("smtp must be an object").isEqualTo(400);
    }

    @Test
    void onlySettingsManagersChangeThem() {
        ApiClient.Session staff = api.member(owner, Role.STAFF, "staff@settings.test");
        ApiClient.Response r = api.put("/v1/settings/email").token(staff.token()).json("{\"from_name\":\"Mine\"}").send();
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorCode()).isEqualTo("FORBIDDEN");
    }
}
