package io.smbhub.adapter.rest;

import io.smbhub.domain.tenant.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles come from the verified token; the core's permission matrix answers 403 (spec smb-hub-prd.md 2.2). */
class PermissionsTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;
    static ApiClient.Session viewer;
    static ApiClient.Session agent;
    static String contact;
    static String invoice;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@perm.test");
        viewer = api.member(owner, Role.VIEWER, "viewer@perm.test");
        agent = api.member(owner, Role.AGENT, "agent@perm.test");
        contact = (String) api.post("/v1/contacts").token(owner.token())
                .json("{\"display_name\":\"C\",\"email\":\"c@perm.test\"}").send().data().get("id");
        invoice = (String) api.post("/v1/invoices").token(owner.token())
                .json("{\"contact_id\":\"" + contact + "\",\"line_items\":[{\"name\":\"x\",\"rate\":\"10\"}]}").send().data().get("id");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static void assertForbidden(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void viewerReadsButCannotWrite() {
        assertThat(api.get("/v1/contacts").token(viewer.token()).send().status()).isEqualTo(200);
        assertThat(api.get("/v1/invoices/" + invoice).token(viewer.token()).send().status()).isEqualTo(200);
        assertForbidden(api.post("/v1/contacts").token(viewer.token()).json("{\"display_name\":\"V\"}").send());
        assertForbidden(api.patch("/v1/contacts/" + contact).token(viewer.token()).json("{\"notes\":\"v\"}").send());
        assertForbidden(api.post("/v1/invoices").token(viewer.token()).json("{}").send());
        assertForbidden(api.post("/v1/invoices/" + invoice + "/send").token(viewer.token()).send());
        assertForbidden(api.get("/v1/audit-logs").token(viewer.token()).send());
        assertThat(api.get("/v1/contacts?q=V").token(owner.token()).send().list()).isEmpty();
    }

    @Test
    void agentDraftsButCannotSendOrRecordPayments() {
        ApiClient.Response draft = api.post("/v1/invoices").token(agent.token())
                .json("{\"contact_id\":\"" + contact + "\",\"line_items\":[{\"name\":\"a\",\"rate\":\"1\"}]}").send();
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        assertForbidden(api.post("/v1/invoices/" + draft.data().get("id") + "/send").token(agent.token()).send());
        assertForbidden(api.post("/v1/payments").token(agent.token()).json("{\"invoice_id\":\"" + invoice + "\",\"amount\":\"1\"}").send());
        assertThat(api.get("/v1/invoices/" + draft.data().get("id")).token(owner.token()).send().data()).containsEntry("status", "DRAFT");
    }

    @Test
    void theRoleInTheTokenIsTheMembersRole() {
        ApiClient.Response login = api.post("/v1/auth/login").json("{\"email\":\"viewer@perm.test\",\"password\":\"member-pass-1\"}").send();
        assertThat(login.data()).containsEntry("role", "VIEWER").containsEntry("tenant_id", owner.tenantId());
    }
}
