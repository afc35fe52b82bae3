package io.smbhub.adapter.rest;

import io.smbhub.domain.tenant.Role;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Message templates: built-in defaults per purpose, tenant templates created and edited (issue 5, spec 2.1 Template). */
class TemplatesTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@templates.test");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiClient.Response create(String name, boolean isDefault) {
        return api.post("/v1/templates").token(owner.token()).json("""
                {"type":"INVOICE","purpose":"ar_reminder_1","name":"%s","is_default":%s,
                 "subject":"Still open: {{invoice_number}}",
                 "content":"Hi {{contact_name}}, {{amount_due}} is due. {{portal_url}}"}""".formatted(name, isDefault)).send();
    }

    private static List<Map<String, Object>> list(String query) {
        return api.get("/v1/templates" + query).token(owner.token()).send().list();
    }

    @Test
    void theBuiltInDefaultsAreListedAndActive() {
        List<Map<String, Object>> invoiceSent = list("?purpose=invoice_sent");

        assertThat(invoiceSent).isNotEmpty();
        Map<String, Object> builtIn = invoiceSent.stream().filter(t -> Boolean.TRUE.equals(t.get("built_in"))).findFirst().orElseThrow();
        assertThat(builtIn).containsEntry("id", null).containsEntry("active", true).containsEntry("type", "INVOICE");
        assertThat((String) builtIn.get("subject")).contains("{{invoice_number}}");
        assertThat(builtIn.get("variables")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("invoice_number", "portal_url");
        assertThat(list("")).extracting(t -> t.get("purpose"))
                .contains("quote_sent", "invoice_sent", "ar_reminder_1", "ar_reminder_2", "ar_reminder_final");
        assertThat(list("?type=QUOTE")).allSatisfy(t -> assertThat(t).containsEntry("type", "QUOTE"));
    }

    @Test
    void aDefaultTemplateReplacesTheBuiltInOne() {
        ApiClient.Response created = create("Our reminder", true);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data()).containsEntry("name", "Our reminder").containsEntry("is_default", true)
                .containsEntry("built_in", false).containsEntry("active", true).containsEntry("purpose", "ar_reminder_1");
        String id = (String) created.data().get("id");
        assertThat(api.get("/v1/templates/" + id).token(owner.token()).send().data()).containsEntry("id", id);
        List<Map<String, Object>> reminders = list("?purpose=ar_reminder_1");
        assertThat(reminders).filteredOn(t -> Boolean.TRUE.equals(t.get("active"))).extracting(t -> t.get("id"))
                .containsExactly(id);
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndGuardsTheVersion() {
        ApiClient.Response created = create("Draft reminder", false);
        String id = (String) created.data().get("id");

        ApiClient.Response renamed = api.patch("/v1/templates/" + id).token(owner.token())
                .json("{\"name\":\"Polite reminder\",\"if_match_version\":" + created.data().get("version") + "}").send();

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.data()).containsEntry("name", "Polite reminder")
                .containsEntry("subject", "Still open: {{invoice_number}}").containsEntry("purpose", "ar_reminder_1");
        ApiClient.Response stale = api.patch("/v1/templates/" + id).token(owner.token())
                .json("{\"name\":\"Lost update\",\"if_match_version\":" + created.data().get("version") + "}").send();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(stale.data()).containsEntry("name", "Polite reminder");
    }

    @Test
    void anUnknownVariableOrMissingFieldsAre422() {
        ApiClient.Response unknownVariable = api.post("/v1/templates").token(owner.token()).json("""
                {"type":"INVOICE","purpose":"invoice_sent","name":"Bad","subject":"Hi","content":"{{no_such_thing}}"}""").send();
        assertThat(unknownVariable.status()).as(unknownVariable.toString()).isEqualTo(422);
        assertThat(unknownVariable.errorFields()).contains("content");

        ApiClient.Response missing = api.post("/v1/templates").token(owner.token()).json("{\"type\":\"MESSAGE\"}").send();
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFields()).contains("name");

        assertThat(api.post("/v1/templates").token(owner.token()).json("{\"type\":\"POSTCARD\",\"name\":\"x\"}").send().status())
                .isEqualTo(400);
        assertThat(api.get("/v1/templates?type=POSTCARD").token(owner.token()).send().status()).isEqualTo(400);
    }

    @Test
    void unknownTemplatesAre404() {
        assertThat(api.get("/v1/templates/" + UUID.randomUUID()).token(owner.token()).send().status()).isEqualTo(404);
        assertThat(api.get("/v1/templates/built-in").token(owner.token()).send().status()).isEqualTo(404);
        assertThat(api.patch("/v1/templates/" + UUID.randomUUID()).token(owner.token()).json("{\"name\":\"x\"}").send().status())
                .isEqualTo(404);
    }

    @Test
    void onlySettingsManagersChangeTemplates() {
        ApiClient.Session staff = api.member(owner, Role.STAFF, "staff@templates.test");
        assertThat(api.get("/v1/templates").token(staff.token()).send().status()).isEqualTo(200);
        ApiClient.Response r = api.post("/v1/templates").token(staff.token()).json("""
                {"type":"MESSAGE","name":"Mine","subject":"S","content":"C"}""").send();
        assertThat(r.status()).isEqualTo(403);
    }
}
