package io.smbhub.adapter.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Work items: PATCH null-versus-absent, labels, transitions, conversion. */
class WorkItemsTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;
    static String contact;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@work.test");
        contact = (String) api.post("/v1/contacts").token(owner.token())
                .json("{\"display_name\":\"Customer\",\"email\":\"c@work.test\"}").send().data().get("id");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiClient.Response create() {
        return api.post("/v1/work-items").token(owner.token()).json("""
                {"type":"REQUEST","title":"Fix leaking faucet","contact_id":"%s","priority":"HIGH",
                 "due_at":"2026-01-02T18:00:00+01:00","assigned_to":"%s","description":"Leak under sink",
                 "labels_json":{"service_address":"123 King St","unit":"4B"}}""".formatted(contact, owner.userId())).send();
    }

    @Test
    void absentFieldsStayAndExplicitNullsClear() {
        ApiClient.Response created = create();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data()).containsEntry("status", "NEW").containsEntry("priority", "HIGH")
                .containsEntry("due_at", "2026-01-02T17:00:00Z").containsEntry("contact_id", contact)
                .containsEntry("assigned_to", owner.userId())
                .containsEntry("labels", Map.of("service_address", "123 King St", "unit", "4B"));
        String id = (String) created.data().get("id");

        ApiClient.Response renamed = api.patch("/v1/work-items/" + id).token(owner.token()).json("{\"title\":\"Fix faucet\"}").send();
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.data()).containsEntry("title", "Fix faucet").containsEntry("contact_id", contact)
                .containsEntry("due_at", "2026-01-02T17:00:00Z").containsEntry("assigned_to", owner.userId())
                .containsEntry("description", "Leak under sink");

        ApiClient.Response cleared = api.patch("/v1/work-items/" + id).token(owner.token()).json("""
                {"contact_id":null,"due_at":null,"assigned_to":null,"labels":{"unit":null,"floor":"2"},"status":"IN_PROGRESS"}""").send();
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.data()).containsEntry("contact_id", null).containsEntry("due_at", null)
                .containsEntry("assigned_to", null).containsEntry("status", "IN_PROGRESS")
                .containsEntry("labels", Map.of("service_address", "123 King St", "floor", "2"));
    }

    @Test
    void labelValuesMustBeStrings() {
        String id = (String) create().data().get("id");
        ApiClient.Response r = api.patch("/v1/work-items/" + id).token(owner.token()).json("{\"labels\":{\"floor\":2}}").send();
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorFields()).containsExactly("labels.floor");
        ApiClient.Response post = api.post("/v1/work-items").token(owner.token())
                .json("{\"title\":\"t\",\"labels\":{\"ok\":\"x\",\"nested\":{\"a\":1}}}").send();
        assertThat(post.status()).isEqualTo(422);
        assertThat(post.errorFields()).containsExactly("labels.nested");
    }

    @Test
    void illegalStatusMoveIs409AndStaleVersionIs409Conflict() {
        ApiClient.Response created = create();
        String id = (String) created.data().get("id");
        ApiClient.Response illegal = api.patch("/v1/work-items/" + id).token(owner.token()).json("{\"status\":\"DONE\"}").send();
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.errorCode()).isEqualTo("INVALID_TRANSITION");
        assertThat((String) illegal.error().get("message")).contains("NEW").contains("DONE");

        api.patch("/v1/work-items/" + id).token(owner.token()).json("{\"title\":\"v2\"}").send();
        ApiClient.Response stale = api.patch("/v1/work-items/" + id).token(owner.token())
                .json("{\"title\":\"v3\",\"if_match_version\":" + created.data().get("version") + "}").send();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(api.get("/v1/work-items/" + id).token(owner.token()).send().data()).containsEntry("title", "v2");
    }

    @Test
    void convertCreatesTheDocumentOnceAndNeedsATarget() {
        String id = (String) create().data().get("id");
        ApiClient.Response missing = api.post("/v1/work-items/" + id + "/convert").token(owner.token()).json("{}").send();
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFields()).containsExactly("target");
        assertThat(api.post("/v1/work-items/" + id + "/convert").token(owner.token()).json("{\"target\":\"ORDER\"}").send().status())
                .isEqualTo(400);

        ApiClient.Response first = api.post("/v1/work-items/" + id + "/convert").token(owner.token()).json("{\"target\":\"INVOICE\"}").send();
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.data()).containsEntry("target", "INVOICE").containsEntry("created", true).containsKey("invoice_id");
        String invoiceId = (String) first.data().get("invoice_id");
        assertThat(api.get("/v1/invoices/" + invoiceId).token(owner.token()).send().data()).containsEntry("work_item_id", id);

        ApiClient.Response second = api.post("/v1/work-items/" + id + "/convert").token(owner.token()).json("{\"target\":\"INVOICE\"}").send();
        assertThat(second.data()).containsEntry("invoice_id", invoiceId).containsEntry("created", false);
        assertThat(api.get("/v1/work-items/" + id).token(owner.token()).send().data()).containsEntry("invoice_id", invoiceId);
    }

    @Test
    void listFiltersByStatusAndContact() {
        String id = (String) create().data().get("id");
        api.patch("/v1/work-items/" + id).token(owner.token()).json("{\"status\":\"WAITING\"}").send();
        assertThat(api.get("/v1/work-items?status=WAITING&contact_id=" + contact).token(owner.token()).send().list())
                .extracting(w -> w.get("id")).containsExactly(id);
        assertThat(api.get("/v1/work-items?assigned_to=nope").token(owner.token()).send().status()).isEqualTo(400);
    }
}
