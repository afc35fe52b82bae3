package io.smbhub.adapter.rest;

import io.smbhub.domain.tenant.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A business's AI settings, its SOP rules and the pre-check of invoices and quotes against them (issue 6;
 * enterprise-business-os.md features 2 and 4): exact numbers, field-level errors by index, versions, permissions.
 */
class AiSettingsAndPrecheckTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;
    static ApiClient.Session staff;
    static ApiClient.Session other;
    static String contact;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@ai-settings.test");
        staff = api.member(owner, Role.STAFF, "staff@ai-settings.test");
        other = api.signUp("owner@other-ai-settings.test");
        contact = (String) api.post("/v1/contacts").token(owner.token())
                .json("{\"display_name\":\"Rule Customer\",\"email\":\"rules@customer.test\"}").send().data().get("id");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Map<String, Object> settings() {
        return api.get("/v1/settings/ai").token(owner.token()).send().data();
    }

    private static String document(String collection, String taxRate) {
        ApiClient.Response r = api.post("/v1/" + collection).token(owner.token()).json("""
                {"contact_id":"%s","line_items":[{"name":"Work","qty":1,"rate":"100.00","tax_rate":"%s"}]}"""
                .formatted(contact, taxRate)).send();
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return (String) r.data().get("id");
    }

    private static ApiClient.Response putRules(String rules) {
        long version = ((Number) api.get("/v1/settings/sop-rules").token(owner.token()).send().data().get("version")).longValue();
        return api.put("/v1/settings/sop-rules").token(owner.token())
                .json("{\"if_match_version\": " + version + ", \"rules\": " + rules + "}").send();
    }

    @Test
    @DisplayName("a business starts with redaction on, auto-apply off at 0.90, the digest on and the default plan")
    void defaults() {
        Map<String, Object> s = api.get("/v1/settings/ai").token(other.token()).send().data();

        assertThat(s).containsEntry("redaction_enabled", true).containsEntry("auto_apply_enabled", false)
                .containsEntry("digest_enabled", true).containsEntry("custom_patterns", List.of())
                .containsKeys("plan", "version");
        assertThat(new BigDecimal(s.get("auto_apply_threshold").toString())).isEqualByComparingTo("0.90");
    }

    @Test
    @DisplayName("PATCH changes only the given fields; the threshold is exact from a string or a number; stale is 409")
    void patchingSettings() {
        Map<String, Object> before = settings();

        ApiClient.Response changed = api.patch("/v1/settings/ai").token(owner.token()).json("""
                {"if_match_version": %s, "auto_apply_enabled": true, "auto_apply_threshold": "0.95",
                 "custom_patterns": [{"name": "MEMBER_NO", "regex": "MBR-\\\\d{6}"}], "plan": "pro"}"""
                .formatted(before.get("version"))).send();

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.data()).containsEntry("auto_apply_enabled", true).containsEntry("redaction_enabled", true)
                .containsEntry("digest_enabled", true).containsEntry("plan", before.get("plan"))
                .containsEntry("custom_patterns", List.of(Map.of("name", "MEMBER_NO", "regex", "MBR-\\d{6}")));
        assertThat(new BigDecimal(changed.data().get("auto_apply_threshold").toString())).isEqualByComparingTo("0.95");

        ApiClient.Response number = api.patch("/v1/settings/ai").token(owner.token())
                .json("{\"auto_apply_threshold\": 0.875, \"digest_enabled\": false}").send();
        assertThat(number.status()).as(number.toString()).isEqualTo(200);
        assertThat(new BigDecimal(number.data().get("auto_apply_threshold").toString())).isEqualByComparingTo("0.875");
        assertThat(number.data()).containsEntry("digest_enabled", false);

        ApiClient.Response stale = api.patch("/v1/settings/ai").token(owner.token())
                .json("{\"if_match_version\": " + before.get("version") + ", \"redaction_enabled\": false}").send();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.data()).containsEntry("redaction_enabled", true).containsEntry("digest_enabled", false);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"auto_apply_threshold": "0.3"}                                   | 422 | auto_apply_threshold
            {"auto_apply_threshold": "high"}                                  | 400 | auto_apply_threshold
            {"redaction_enabled": "no"}                                       | 400 | redaction_enabled
            {"custom_patterns": [{"name": "lower case", "regex": "x"}]}       | 422 | custom_patterns[0].name
            {"custom_patterns": [{"name": "OK", "regex": "x"}, {"name": "BAD", "regex": "("}]} | 422 | custom_patterns[1].regex
            {"custom_patterns": ["MEMBER_NO"]}                                | 400 | custom_patterns[0]
            """)
    void invalidSettingsNameTheField(String body, int status, String field) {
        ApiClient.Response r = api.patch("/v1/settings/ai").token(owner.token()).json(body).send();

        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.errorFields()).containsExactly(field);
    }

    @Test
    @DisplayName("SOP rules are replaced whole; values are exact; errors name the rule by index")
    void replacingRules() {
        ApiClient.Response saved = putRules("""
                [{"code": "vat_11", "type": "VAT_RATE", "value": 11, "applies_to": ["INVOICE"]},
                 {"code": "max-total", "type": "MAX_TOTAL", "value": "5000.50"},
                 {"code": "project_code", "type": "FREE_TEXT", "text": "Consulting invoices must say the project code", "enabled": false}]""");

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        @SuppressWarnings("unchecked") List<Map<String, Object>> rules = (List<Map<String, Object>>) saved.data().get("rules");
        assertThat(rules).extracting(r -> r.get("code")).containsExactly("vat_11", "max-total", "project_code");
        assertThat(rules.get(0)).containsEntry("applies_to", List.of("INVOICE")).containsEntry("enabled", true);
        assertThat(new BigDecimal(rules.get(1).get("value").toString())).isEqualByComparingTo("5000.50");
        assertThat(rules.get(1)).containsEntry("applies_to", List.of("INVOICE", "QUOTE"));
        assertThat(rules.get(2)).containsEntry("enabled", false).containsEntry("value", null);
        assertThat(api.get("/v1/settings/sop-rules").token(owner.token()).send().data()).isEqualTo(saved.data());

        ApiClient.Response badValue = putRules("""
                [{"code": "ok", "type": "MAX_TOTAL", "value": 1}, {"code": "pct", "type": "MAX_DISCOUNT_PERCENT", "value": 120}]""");
        assertThat(badValue.status()).as(badValue.toString()).isEqualTo(422);
        assertThat(badValue.errorFields()).containsExactly("rules[1].value");
        assertThat(putRules("[{\"code\": \"x\", \"type\": \"ROUNDING\", \"value\": 1}]").errorFields())
                .containsExactly("rules[0].type");
        assertThat(putRules("[{\"code\": \"x\", \"type\": \"MAX_TOTAL\", \"value\": 1, \"applies_to\": [\"RECEIPT\"]}]")
                .errorFields()).containsExactly("rules[0].applies_to[0]");
        assertThat(putRules("[{\"code\": \"dup\", \"type\": \"MAX_TOTAL\", \"value\": 1}, "
                + "{\"code\": \"dup\", \"type\": \"MAX_TOTAL\", \"value\": 2}]").errorFields()).containsExactly("rules");
        ApiClient.Response missing = api.put("/v1/settings/sop-rules").token(owner.token()).json("{}").send();
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFields()).containsExactly("rules");
        ApiClient.Response stale = api.put("/v1/settings/sop-rules").token(owner.token())
                .json("{\"if_match_version\": 0, \"rules\": []}").send();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.data()).containsEntry("version", saved.data().get("version"));
    }

    @Test
    @DisplayName("the pre-check reports a VAT violation on an invoice and passes a quote the rule does not cover")
    void precheckAgainstTheRules() {
        assertThat(putRules("[{\"code\": \"vat_11\", \"type\": \"VAT_RATE\", \"value\": 11, \"applies_to\": [\"INVOICE\"]}]")
                .status()).isEqualTo(200);
        String invoice = document("invoices", "10");
        String quote = document("quotes", "10");

        ApiClient.Response checked = api.post("/v1/invoices/" + invoice + "/precheck").token(owner.token()).send();

        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        assertThat(checked.data()).containsEntry("valid", false).containsEntry("rules_checked", 1)
                .containsEntry("model_pass", "NOT_NEEDED").containsKey("checked_at");
        @SuppressWarnings("unchecked") List<Map<String, Object>> violations =
                (List<Map<String, Object>>) checked.data().get("violations");
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v).containsEntry("rule", "vat_11").containsKeys("field", "message");
            assertThat((String) v.get("message")).contains("11");
        });

        ApiClient.Response quoteCheck = api.post("/v1/quotes/" + quote + "/precheck").token(owner.token()).json("{}").send();
        assertThat(quoteCheck.status()).as(quoteCheck.toString()).isEqualTo(200);
        assertThat(quoteCheck.data()).containsEntry("valid", true).containsEntry("violations", List.of())
                .containsEntry("rules_checked", 0);
        assertThat(api.get("/v1/invoices/" + invoice).token(owner.token()).send().data()).containsEntry("status", "DRAFT");
    }

    @Test
    @DisplayName("the pre-check of an unknown or another business's document is 404")
    void precheckOfForeignDocuments() {
        String invoice = document("invoices", "11");
        assertThat(api.post("/v1/invoices/" + invoice + "/precheck").token(other.token()).send().status()).isEqualTo(404);
        assertThat(api.post("/v1/quotes/" + UUID.randomUUID() + "/precheck").token(owner.token()).send().status()).isEqualTo(404);
        assertThat(api.post("/v1/invoices/nope/precheck").token(owner.token()).send().status()).isEqualTo(404);
    }

    @Test
    @DisplayName("only settings managers change AI settings and rules; staff may read them")
    void onlyManagersChange() {
        assertThat(api.get("/v1/settings/ai").token(staff.token()).send().status()).isEqualTo(200);
        assertThat(api.get("/v1/settings/sop-rules").token(staff.token()).send().status()).isEqualTo(200);
        ApiClient.Response patch = api.patch("/v1/settings/ai").token(staff.token()).json("{\"digest_enabled\": false}").send();
        assertThat(patch.status()).as(patch.toString()).isEqualTo(403);
        assertThat(api.put("/v1/settings/sop-rules").token(staff.token()).json("{\"rules\": []}").send().status())
                .isEqualTo(403);
    }
}
