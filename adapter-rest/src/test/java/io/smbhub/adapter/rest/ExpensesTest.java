package io.smbhub.adapter.rest;

import io.smbhub.domain.tenant.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Expenses over HTTP (spec smb-hub-prd.md 2.3 "Expenses", 3.12, 2.2 "Expense capture"). */
class ExpensesTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;
    static ApiClient.Session staff;
    static ApiClient.Session viewer;
    static ApiClient.Session agent;
    static String vendor;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@expenses.test", "EUR");
        staff = api.member(owner, Role.STAFF, "staff@expenses.test");
        viewer = api.member(owner, Role.VIEWER, "viewer@expenses.test");
        agent = api.member(owner, Role.AGENT, "agent@expenses.test");
        vendor = (String) api.post("/v1/contacts").token(owner.token())
                .json("{\"display_name\":\"Office Depot\",\"type\":\"VENDOR\"}").send().data().get("id");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiClient.Response create(ApiClient.Session who, String body) {
        return api.post("/v1/expenses").token(who.token()).json(body).send();
    }

    private static String created(ApiClient.Session who, String date, String amount) {
        ApiClient.Response r = create(who, "{\"expense_date\":\"" + date + "\",\"amount\":\"" + amount + "\",\"vendor\":\"Shop\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return (String) r.data().get("id");
    }

    private static ApiClient.Response action(ApiClient.Session who, String id, String action, String body) {
        return api.post("/v1/expenses/" + id + "/" + action).token(who.token()).json(body).send();
    }

    @Test
    void createAnswers201WithTheExpenseInTheBusinessCurrencyAndAllowedActions() {
        ApiClient.Response r = create(owner, """
                {"vendor":"Office Depot","vendor_contact_id":"%s","expense_date":"2026-01-05","amount":"120.5",
                 "tax_total":19.24,"category":"Supplies","notes":"Toner","tenant_id":"00000000-0000-0000-0000-000000000000"}"""
                .formatted(vendor));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.data()).containsEntry("status", "DRAFT").containsEntry("source", "MANUAL")
                .containsEntry("vendor", "Office Depot").containsEntry("vendor_contact_id", vendor)
                .containsEntry("expense_date", "2026-01-05")
                .containsEntry("amount", Map.of("amount", "120.50", "currency", "EUR"))
                .containsEntry("tax_total", Map.of("amount", "19.24", "currency", "EUR"))
                .containsEntry("category", "Supplies").containsEntry("receipt_file_id", null)
                .containsEntry("ai_confidence", null).containsEntry("rejection_reason", null)
                .containsEntry("created_by", owner.userId()).containsEntry("version", 1)
                .containsEntry("allowed_actions", List.of("update", "submit"));
        String id = (String) r.data().get("id");
        assertThat(api.get("/v1/expenses/" + id).token(owner.token()).send().data()).isEqualTo(r.data());
    }

    @Test
    void missingAmountAndDateAreOne422NamingBothFields() {
        ApiClient.Response r = create(owner, "{\"vendor\":\"x\",\"amount\":\"0\"}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactly("expense_date", "amount");

        assertThat(create(owner, "{\"expense_date\":\"05/01/2026\",\"amount\":\"1\"}").status()).isEqualTo(400);
        assertThat(create(owner, "{\"expense_date\":\"2026-01-05\",\"amount\":\"ten\"}").errorFields()).containsExactly("amount");
        ApiClient.Response cents = create(owner, "{\"expense_date\":\"2026-01-05\",\"amount\":\"1.005\"}");
        assertThat(cents.status()).isEqualTo(422);
        assertThat(cents.errorFields()).containsExactly("amount");
        assertThat(create(owner, "{\"expense_date\":\"2026-01-05\",\"amount\":\"1\",\"receipt_file_id\":\""
                + java.util.UUID.randomUUID() + "\"}").errorFields()).containsExactly("receipt_file_id");
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstExpenseAndCreatesNoSecond() {
        String body = "{\"expense_date\":\"2026-01-07\",\"amount\":\"9.99\",\"vendor\":\"Replay Cafe\"}";
        ApiClient.Response first = api.post("/v1/expenses").token(owner.token()).header("Idempotency-Key", "exp-1").json(body).send();
        ApiClient.Response replay = api.post("/v1/expenses").token(owner.token()).header("Idempotency-Key", "exp-1").json(body).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.data().get("id")).isEqualTo(first.data().get("id"));
        assertThat(api.get("/v1/expenses?month=2026-01&limit=100").token(owner.token()).send().list())
                .filteredOn(e -> "Replay Cafe".equals(e.get("vendor"))).hasSize(1);
        assertThat(api.post("/v1/expenses").token(owner.token()).header("Idempotency-Key", "exp-1")
                .json("{\"expense_date\":\"2026-01-07\",\"amount\":\"1.00\"}").send().status()).isEqualTo(409);
    }

    @Test
    void staffSubmitsAndTheOwnerApprovesOrRejectsWithAReason() {
        String approved = created(staff, "2026-02-03", "15.00");
        String rejected = created(staff, "2026-02-04", "16.00");
        assertThat(action(staff, approved, "submit", "{}").data()).containsEntry("status", "SUBMITTED");
        assertThat(action(staff, rejected, "submit", "{}").data()).containsEntry("status", "SUBMITTED");

        ApiClient.Response forbidden = action(staff, approved, "approve", "{}");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.get("/v1/expenses/" + approved).token(owner.token()).send().data())
                .containsEntry("allowed_actions", List.of("approve", "reject"));
        ApiClient.Response ok = action(owner, approved, "approve", "{}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.data()).containsEntry("status", "APPROVED").containsEntry("allowed_actions", List.of());
        ApiClient.Response again = action(owner, approved, "approve", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("INVALID_TRANSITION");

        ApiClient.Response noReason = action(owner, rejected, "reject", "{}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.errorFields()).containsExactly("reason");
        ApiClient.Response no = action(owner, rejected, "reject", "{\"reason\":\"Personal purchase\"}");
        assertThat(no.data()).containsEntry("status", "REJECTED").containsEntry("rejection_reason", "Personal purchase");

        ApiClient.Response fixed = api.patch("/v1/expenses/" + rejected).token(staff.token())
                .json("{\"notes\":\"Client lunch\",\"if_match_version\":" + no.data().get("version") + "}").send();
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(fixed.data()).containsEntry("status", "DRAFT").containsEntry("rejection_reason", null)
                .containsEntry("notes", "Client lunch");

        assertThat(api.get("/v1/expenses?status=APPROVED&month=2026-02").token(owner.token()).send().list())
                .extracting(e -> e.get("id")).containsExactly(approved);
        assertThat(api.get("/v1/audit-logs?entity_id=" + rejected).token(owner.token()).send().list())
                .extracting(e -> e.get("action"))
                .containsExactly("expense.updated", "expense.rejected", "expense.submitted", "expense.created");
    }

    @Test
    void patchKeepsAbsentFieldsClearsNullsAndRefusesClearingRequiredOnes() {
        String id = (String) create(owner, """
                {"vendor":"Depot","vendor_contact_id":"%s","expense_date":"2026-03-01","amount":"50.00","tax_total":"5.00",
                 "category":"Supplies"}""".formatted(vendor)).data().get("id");

        ApiClient.Response cleared = api.patch("/v1/expenses/" + id).token(owner.token())
                .json("{\"vendor_contact_id\":null,\"tax_total\":null,\"category\":null,\"amount\":\"55\"}").send();
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.data()).containsEntry("vendor_contact_id", null).containsEntry("tax_total", null)
                .containsEntry("category", null).containsEntry("vendor", "Depot")
                .containsEntry("amount", Map.of("amount", "55.00", "currency", "EUR"))
                .containsEntry("expense_date", "2026-03-01");

        ApiClient.Response required = api.patch("/v1/expenses/" + id).token(owner.token()).json("{\"amount\":null}").send();
        assertThat(required.status()).isEqualTo(422);
        assertThat(required.errorFields()).containsExactly("amount");

        ApiClient.Response stale = api.patch("/v1/expenses/" + id).token(owner.token())
                .json("{\"notes\":\"late\",\"if_match_version\":1}").send();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(api.get("/v1/expenses/" + id).token(owner.token()).send().data()).containsEntry("notes", null)
                .containsEntry("version", 2);
    }

    @Test
    void aViewerReadsAndAnAgentSeesOnlyItsOwn() {
        String owners = created(owner, "2026-04-01", "10.00");
        String agents = created(agent, "2026-04-02", "11.00");

        assertThat(api.get("/v1/expenses/" + owners).token(viewer.token()).send().status()).isEqualTo(200);
        assertThat(create(viewer, "{\"expense_date\":\"2026-04-01\",\"amount\":\"1\"}").status()).isEqualTo(403);
        assertThat(action(viewer, owners, "submit", "{}").status()).isEqualTo(403);

        assertThat(api.get("/v1/expenses?month=2026-04").token(agent.token()).send().list())
                .extracting(e -> e.get("id")).containsExactly(agents);
        ApiClient.Response hidden = api.get("/v1/expenses/" + owners).token(agent.token()).send();
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.patch("/v1/expenses/" + owners).token(agent.token()).json("{\"notes\":\"x\"}").send().status())
                .isEqualTo(404);
        assertThat(action(agent, agents, "submit", "{}").status()).isEqualTo(200);
    }

    @Test
    void badFiltersAre400AndUnknownOrForeignIdsAre404() {
        assertThat(api.get("/v1/expenses?month=2026-13").token(owner.token()).send().status()).isEqualTo(400);
        assertThat(api.get("/v1/expenses?status=PAID").token(owner.token()).send().status()).isEqualTo(400);
        assertThat(api.get("/v1/expenses/not-a-uuid").token(owner.token()).send().status()).isEqualTo(404);

        String id = created(owner, "2026-05-01", "3.00");
        ApiClient.Session other = api.signUp("other@expenses.test");
        ApiClient.Response foreign = api.get("/v1/expenses/" + id).token(other.token()).send();
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(action(other, id, "submit", "{}").status()).isEqualTo(404);
        assertThat(api.get("/v1/expenses").token(other.token()).send().list()).isEmpty();
    }

    @Test
    void withExpensesSwitchedOffTheRoutesAnswerCapabilityDisabled() {
        ApiClient.Session shop = api.signUp("shop@expenses.test");
        String id = created(shop, "2026-01-02", "4.00");
        ApiClient.Response off = api.patch("/v1/profile/tenant-overrides").token(shop.token())
                .json("{\"capabilities\":{\"expenses\":false}}").send();
        assertThat(off.status()).as(off.toString()).isEqualTo(200);

        for (ApiClient.Response r : List.of(api.get("/v1/expenses").token(shop.token()).send(),
                create(shop, "{\"expense_date\":\"2026-01-02\",\"amount\":\"1\"}"),
                action(shop, id, "submit", "{}"))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(r.errorCode()).isEqualTo("CAPABILITY_DISABLED");
        }
    }
}
