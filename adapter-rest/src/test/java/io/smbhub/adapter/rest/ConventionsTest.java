package io.smbhub.adapter.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Envelopes, error shapes and status codes, request ids, tenant isolation (ARCHITECTURE "REST conventions"). */
class ConventionsTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session a;
    static ApiClient.Session b;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        a = api.signUp("a@conv.test");
        b = api.signUp("b@conv.test");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void successEnvelopeHasDataAndMetaWithRequestIdAndNullCursor() {
        ApiClient.Response r = api.post("/v1/contacts").token(a.token()).json("{\"display_name\":\"Env Check\"}").send();
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json()).containsOnlyKeys("data", "meta");
        assertThat(r.meta()).containsOnlyKeys("request_id", "cursor").containsEntry("cursor", null);
        assertThat((String) r.meta().get("request_id")).startsWith("req_");
        assertThat(r.header("X-Request-Id")).isEqualTo(r.meta().get("request_id"));
        assertThat(r.data()).containsEntry("display_name", "Env Check").containsEntry("email", null)
                .containsEntry("type", "CUSTOMER").containsKeys("id", "created_at", "version");
        assertThat((String) r.data().get("created_at")).isEqualTo("2026-01-05T09:00:00Z");
    }

    @Test
    void aSaneClientRequestIdIsKeptAndAnInsaneOneReplaced() {
        ApiClient.Response kept = api.get("/v1/contacts").token(a.token()).header("X-Request-Id", "client-123.abc_X").send();
        assertThat(kept.header("X-Request-Id")).isEqualTo("client-123.abc_X");
        assertThat(kept.meta()).containsEntry("request_id", "client-123.abc_X");

        ApiClient.Response replaced = api.get("/v1/contacts").token(a.token()).header("X-Request-Id", "bad id;drop table").send();
        assertThat(replaced.header("X-Request-Id")).startsWith("req_").isEqualTo(replaced.meta().get("request_id"));
        ApiClient.Response tooLong = api.get("/v1/contacts").token(a.token()).header("X-Request-Id", "x".repeat(101)).send();
        assertThat(tooLong.header("X-Request-Id")).startsWith("req_");
    }

    @Test
    void errorsUseTheErrorEnvelopeWithRequestId() {
        ApiClient.Response r = api.post("/v1/contacts").token(a.token()).header("X-Request-Id", "err-1")
                .json("{\"display_name\":\"\",\"email\":\"nope\"}").send();
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json()).containsOnlyKeys("error", "meta");
        assertThat(r.error()).containsOnlyKeys("code", "message", "details").containsEntry("code", "VALIDATION_ERROR");
        assertThat(r.errorFields()).containsExactlyInAnyOrder("display_name", "email");
        assertThat(r.meta()).containsExactly(Map.entry("request_id", "err-1"));
        assertThat(r.header("X-Request-Id")).isEqualTo("err-1");
    }

    @Test
    void unknownRouteIs404AndWrongMethodIs405InTheEnvelope() {
        ApiClient.Response missing = api.get("/v1/no-such-thing").token(a.token()).send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(missing.meta()).containsKey("request_id");

        ApiClient.Response outside = api.get("/nothing-here").send();
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.errorCode()).isEqualTo("NOT_FOUND");

        ApiClient.Response wrongMethod = api.delete("/v1/auth/login").send();
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.errorCode()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void malformedJsonIs400() {
        for (String body : List.of("{\"display_name\":", "not json", "[1,2]", "{\"display_name\":\"x\"} trailing")) {
            ApiClient.Response r = api.post("/v1/contacts").token(a.token()).json(body).send();
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("VALIDATION_ERROR");
        }
    }

    @Test
    void wrongJsonTypesBadEnumsAndBadUuidsInTheBodyAre400NamingTheField() {
        assertThat(fields(api.post("/v1/contacts").token(a.token()).json("{\"display_name\":42}").send()))
                .containsExactly("display_name");
        assertThat(fields(api.post("/v1/contacts").token(a.token()).json("{\"display_name\":\"x\",\"type\":\"PARTNER\"}").send()))
                .containsExactly("type");
        assertThat(fields(api.post("/v1/contacts").token(a.token()).json("{\"display_name\":\"x\",\"tags\":\"vip\"}").send()))
                .containsExactly("tags");
        assertThat(fields(api.post("/v1/invoices").token(a.token()).json("{\"contact_id\":\"abc\"}").send()))
                .containsExactly("contact_id");
        assertThat(fields(api.post("/v1/invoices").token(a.token()).json("{\"line_items\":[{\"name\":\"x\",\"rate\":true}]}").send()))
                .containsExactly("line_items[0].rate");
        assertThat(fields(api.post("/v1/invoices").token(a.token()).json("{\"issue_date\":\"05/01/2026\"}").send()))
                .containsExactly("issue_date");
        assertThat(fields(api.post("/v1/work-items").token(a.token()).json("{\"title\":\"t\",\"due_at\":\"tomorrow\"}").send()))
                .containsExactly("due_at");
    }

    private static List<String> fields(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("VALIDATION_ERROR");
        return r.errorFields();
    }

    @Test
    void badQueryParametersAre400() {
        ApiClient.Response r = api.get("/v1/contacts?type=NOPE").token(a.token()).send();
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("type");
        assertThat(api.get("/v1/contacts?limit=ten").token(a.token()).send().status()).isEqualTo(400);
        ApiClient.Response tooMany = api.get("/v1/contacts?limit=1000").token(a.token()).send();
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.errorFields()).containsExactly("limit");
    }

    @Test
    void aMalformedUuidInThePathIs404() {
        ApiClient.Response r = api.get("/v1/invoices/not-a-uuid").token(a.token()).send();
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(api.patch("/v1/contacts/123").token(a.token()).json("{}").send().status()).isEqualTo(404);
    }

    @Test
    void aClientSentTenantIdIsIgnored() {
        ApiClient.Response created = api.post("/v1/contacts").token(a.token())
                .json("{\"display_name\":\"Smuggled\",\"tenant_id\":\"" + b.tenantId() + "\"}").send();
        assertThat(created.status()).isEqualTo(201);
        String id = (String) created.data().get("id");
        assertThat(api.get("/v1/contacts/" + id).token(a.token()).send().status()).isEqualTo(200);
        assertThat(api.get("/v1/contacts/" + id).token(b.token()).send().status()).isEqualTo(404);
        assertThat(api.get("/v1/contacts?q=Smuggled").token(b.token()).send().list()).isEmpty();
    }

    @Test
    void anotherTenantsContactOrInvoiceAnswersExactlyLikeAMissingOne() {
        String contact = (String) api.post("/v1/contacts").token(a.token()).json("{\"display_name\":\"Secret\"}").send().data().get("id");
        String invoice = (String) api.post("/v1/invoices").token(a.token())
                .json("{\"contact_id\":\"" + contact + "\",\"line_items\":[{\"name\":\"Work\",\"rate\":\"10\"}]}").send().data().get("id");

        for (String[] target : new String[][]{{"/v1/contacts/", contact}, {"/v1/invoices/", invoice}}) {
            ApiClient.Response foreign = api.get(target[0] + target[1]).token(b.token()).header("X-Request-Id", "same").send();
            String missingId = UUID.randomUUID().toString();
            ApiClient.Response missing = api.get(target[0] + missingId).token(b.token()).header("X-Request-Id", "same").send();
            assertThat(foreign.status()).isEqualTo(404).isEqualTo(missing.status());
            assertThat(foreign.body().replace(target[1], "ID")).isEqualTo(missing.body().replace(missingId, "ID"));
        }
        assertThat(api.patch("/v1/contacts/" + contact).token(b.token()).json("{\"display_name\":\"Hacked\"}").send().status())
                .isEqualTo(404);
        assertThat(api.delete("/v1/contacts/" + contact).token(b.token()).send().status()).isEqualTo(404);
        assertThat(api.post("/v1/invoices/" + invoice + "/void").token(b.token()).json("{}").send().status()).isEqualTo(404);
        assertThat(api.get("/v1/contacts/" + contact).token(a.token()).send().data()).containsEntry("display_name", "Secret");
    }

    @Test
    void unexpectedFailuresAre500WithoutDetails() {
        ApiClient.Response r = api.get("/test/boom").send();
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.errorCode()).isEqualTo("INTERNAL_ERROR");
        assertThat(r.body()).doesNotContain("secret internal detail", "IllegalStateException", "at io.");
        assertThat(r.meta()).containsKey("request_id");
    }

    @Test
    void requestAndTenantIdsAreInTheMdcOfTheThreadRunningTheController() {
        ApiClient.Response r = api.get("/v1/test-mdc").token(a.token()).header("X-Request-Id", "mdc-check-1").send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()).containsEntry("request_id", "mdc-check-1").containsEntry("tenant_id", a.tenantId())
                .containsEntry("user_id", a.userId());
    }

    @Test
    void deleteAnswers204AndTheContactIsGone() {
        String id = (String) api.post("/v1/contacts").token(a.token()).json("{\"display_name\":\"Temp\"}").send().data().get("id");
        ApiClient.Response deleted = api.delete("/v1/contacts/" + id).token(a.token()).send();
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(api.get("/v1/contacts/" + id).token(a.token()).send().status()).isEqualTo(404);
    }
}
