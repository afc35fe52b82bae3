package io.smbhub.adapter.rest;

import io.smbhub.domain.tenant.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same endpoints behave differently under the general, retail_pos and restaurant profiles (spec smb-hub-prd.md
 * 8.2.4, 9.9.2), and tenant overrides change behaviour on the next request (spec 9.8).
 */
@DisplayName("Profiles drive behaviour without code paths")
class ProfilesTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static Map<String, String> tokens;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        tokens = Map.of("general", signUp("general"), "retail_pos", signUp("retail_pos"), "restaurant", signUp("restaurant"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static final AtomicInteger OWNERS = new AtomicInteger();

    private static String signUp(String profile) {
        ApiClient.Response r = api.post("/v1/auth/signup").json("""
                {"business_name":"Biz %s","profile_id":"%s","email":"owner%d@%s.test","password":"correct-horse-1"}"""
                .formatted(profile, profile, OWNERS.incrementAndGet(), profile)).send();
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return (String) r.data().get("access_token");
    }

    private static ApiClient.Response profileOf(String token) {
        ApiClient.Response r = api.get("/v1/profile").token(token).send();
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(ApiClient.Response profile, String name) {
        return (Map<String, Object>) ((Map<String, Object>) profile.data().get("effective_profile")).get(name);
    }

    @ParameterizedTest(name = "{0}: work items are called {1}, quotes on = {2}, default type {3}")
    @CsvSource({
            "general, Request, true, REQUEST",
            "retail_pos, Order Issue, true, ORDER",
            "restaurant, Ticket, false, JOB"})
    void getProfileReturnsTheEffectiveProfileOfEachTenant(String profile, String label, boolean quotes, String defaultType) {
        ApiClient.Response r = profileOf(tokens.get(profile));

        assertThat(r.data()).containsEntry("profile_id", profile);
        assertThat(r.data().get("available_profiles")).isEqualTo(List.of("general", "restaurant", "retail_pos"));
        assertThat(section(r, "labels")).containsEntry("work_item", label);
        assertThat(section(r, "capabilities")).containsEntry("quotes", quotes).containsEntry("invoices", true);
        assertThat(section(r, "workflows")).containsEntry("default_work_item_type", defaultType);

        ApiClient.Response item = api.post("/v1/work-items").token(tokens.get(profile)).json(
                "{\"title\":\"Something\",\"labels\":{\"external_order_id\":\"#1001\",\"party_size\":\"4\"}}").send();
        assertThat(item.status()).as(item.toString()).isEqualTo(201);
        assertThat(item.data()).containsEntry("type", defaultType).containsEntry("status", "NEW");
    }

    @ParameterizedTest(name = "{0}: an ORDER work item without labels.external_order_id answers {1}")
    @CsvSource({"general, 201", "retail_pos, 422", "restaurant, 422"})
    void retailRequiresTheExternalOrderIdOnOrders(String profile, int status) {
        ApiClient.Response r = api.post("/v1/work-items").token(tokens.get(profile))
                .json("{\"type\":\"ORDER\",\"title\":\"Wrong size delivered\"}").send();

        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        if (profile.equals("retail_pos")) {
            assertThat(r.errorCode()).isEqualTo("VALIDATION_ERROR");
            assertThat(r.errorFields()).containsExactly("labels.external_order_id");
            ApiClient.Response withId = api.post("/v1/work-items").token(tokens.get(profile))
                    .json("{\"type\":\"ORDER\",\"title\":\"Wrong size delivered\",\"labels\":{\"external_order_id\":\"#1001\"}}").send();
            assertThat(withId.status()).as(withId.toString()).isEqualTo(201);
            ApiClient.Response otherType = api.post("/v1/work-items").token(tokens.get(profile))
                    .json("{\"type\":\"SUPPORT\",\"title\":\"Question about returns\"}").send();
            assertThat(otherType.status()).as("only ORDER items need it: " + otherType).isEqualTo(201);
        }
        if (profile.equals("restaurant")) {
            assertThat(r.errorFields()).as("restaurant requires party_size on every ticket").contains("labels.party_size");
        }
    }

    @Test
    void restaurantHasNoQuotesAndItsOwnStatusesAndTypedFields() {
        String token = tokens.get("restaurant");

        ApiClient.Response quote = api.post("/v1/quotes").token(token).json("{}").send();
        assertThat(quote.status()).isEqualTo(403);
        assertThat(quote.errorCode()).isEqualTo("CAPABILITY_DISABLED");
        assertThat(api.get("/v1/quotes").token(token).send().errorCode()).isEqualTo("CAPABILITY_DISABLED");

        ApiClient.Response badSize = api.post("/v1/work-items").token(token)
                .json("{\"title\":\"Table for many\",\"labels\":{\"party_size\":\"lots\"}}").send();
        assertThat(badSize.status()).isEqualTo(422);
        assertThat(badSize.errorFields()).containsExactly("labels.party_size");

        ApiClient.Response item = api.post("/v1/work-items").token(token)
                .json("{\"title\":\"Table 4\",\"labels\":{\"party_size\":\"4\"}}").send();
        assertThat(item.status()).as(item.toString()).isEqualTo(201);
        assertThat((List<String>) item.data().get("allowed_actions")).contains("update", "start", "cancel")
                .doesNotContain("wait", "request_approval", "convert_to_quote", "complete");
        ApiClient.Response waiting = api.patch("/v1/work-items/" + item.data().get("id")).token(token)
                .json("{\"status\":\"WAITING\"}").send();
        assertThat(waiting.status()).isEqualTo(422);
        assertThat(waiting.errorFields()).containsExactly("status");
    }

    @Test
    void tenantOverridesAreValidatedAuditedAndTakeEffectOnTheNextRequest() {
        String token = signUp("general");
        ApiClient.Response before = profileOf(token);
        long version = ((Number) before.data().get("version")).longValue();

        ApiClient.Response unknown = api.patch("/v1/profile/tenant-overrides").token(token)
                .json("{\"capabilities\":{\"quotes\":false,\"pos_sink\":true},\"labels\":{\"work_item\":7}}").send();
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactlyInAnyOrder("capabilities.pos_sink", "labels.work_item");
        assertThat(profileOf(token).data().get("version")).as("nothing changed").isEqualTo(before.data().get("version"));

        ApiClient.Response patched = api.patch("/v1/profile/tenant-overrides").token(token).json("""
                {"capabilities":{"quotes":false},"automations":{"ar_reminders":{"days_after_due":[5,10]}},
                 "if_match_version":%d}""".formatted(version)).send();
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.data().get("tenant_overrides")).isEqualTo(Map.of("capabilities", Map.of("quotes", false),
                "automations", Map.of("ar_reminders", Map.of("days_after_due", List.of(5, 10)))));
        assertThat(section(patched, "automations")).isEqualTo(Map.of("ar_reminders", Map.of("enabled", true, "days_after_due", List.of(5, 10))));
        assertThat(api.post("/v1/quotes").token(token).json("{}").send().errorCode()).isEqualTo("CAPABILITY_DISABLED");

        ApiClient.Response stale = api.patch("/v1/profile/tenant-overrides").token(token)
                .json("{\"capabilities\":{\"quotes\":true},\"if_match_version\":" + version + "}").send();
        assertThat(stale.status()).isEqualTo(409);

        ApiClient.Response restored = api.patch("/v1/profile/tenant-overrides").token(token)
                .json("{\"capabilities\":null}").send();
        assertThat(restored.status()).isEqualTo(200);
        assertThat(api.post("/v1/quotes").token(token).json("{}").send().status()).isEqualTo(201);

        ApiClient.Response audit = api.get("/v1/audit-logs").token(token).send();
        assertThat(audit.list()).extracting(e -> e.get("action"))
                .contains("tenant.profile_overrides_changed");
    }

    @Test
    void changingTheProfileKeepsTheDataAndIsAudited() {
        String token = signUp("retail_pos");
        String contact = (String) api.post("/v1/contacts").token(token).json("{\"display_name\":\"Keeps\"}").send().data().get("id");

        ApiClient.Response unknown = api.patch("/v1/profile").token(token).json("{\"profile_id\":\"bakery\"}").send();
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("profile_id");

        ApiClient.Response changed = api.patch("/v1/profile").token(token).json("{\"profile_id\":\"general\"}").send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.data()).containsEntry("profile_id", "general");
        assertThat(api.get("/v1/contacts/" + contact).token(token).send().status()).isEqualTo(200);
        assertThat(api.post("/v1/work-items").token(token).json("{\"type\":\"ORDER\",\"title\":\"No order id now\"}").send().status())
                .isEqualTo(201);
        assertThat(api.get("/v1/audit-logs").token(token).send().list()).extracting(e -> e.get("action"))
                .contains("tenant.profile_changed");
    }

    @Test
    void onlyOwnersAndAdminsChangeTheProfileButEveryoneReadsIt() {
        ApiClient.Session owner = api.signUp("owner-rbac@profiles.test");
        ApiClient.Session viewer = api.member(owner, Role.VIEWER, "viewer@profiles.test");

        assertThat(api.get("/v1/profile").token(viewer.token()).send().status()).isEqualTo(200);
        ApiClient.Response refused = api.patch("/v1/profile/tenant-overrides").token(viewer.token())
                .json("{\"capabilities\":{\"quotes\":false}}").send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.patch("/v1/profile").token(viewer.token()).json("{\"profile_id\":\"restaurant\"}").send().status())
                .isEqualTo(403);
    }
}
