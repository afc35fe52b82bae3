package io.smbhub.adapter.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency-Key on POSTs that create or trigger (spec smb-hub-prd.md 12.1). */
class IdempotencyTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@idem.test");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static int invoiceCount() {
        return api.get("/v1/invoices?limit=100").token(owner.token()).send().list().size();
    }

    @Test
    void aReplayReturnsTheSameObjectAndCreatesNothing() {
        String body = "{\"line_items\":[{\"name\":\"Once\",\"rate\":\"10.00\"}]}";
        ApiClient.Response first = api.post("/v1/invoices").token(owner.token()).header("Idempotency-Key", "k-create-1").json(body).send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        int count = invoiceCount();

        ApiClient.Response replay = api.post("/v1/invoices").token(owner.token()).header("Idempotency-Key", "k-create-1").json(body).send();
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.data().get("id")).isEqualTo(first.data().get("id"));
        assertThat(replay.data().get("invoice_number")).isEqualTo(first.data().get("invoice_number"));
        assertThat(invoiceCount()).isEqualTo(count);

        ApiClient.Response fresh = api.post("/v1/invoices").token(owner.token()).header("Idempotency-Key", "k-create-2").json(body).send();
        assertThat(fresh.data().get("id")).isNotEqualTo(first.data().get("id"));
        assertThat(invoiceCount()).isEqualTo(count + 1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs409() {
        api.post("/v1/contacts").token(owner.token()).header("Idempotency-Key", "k-contact").json("{\"display_name\":\"A\"}").send();
        ApiClient.Response other = api.post("/v1/contacts").token(owner.token()).header("Idempotency-Key", "k-contact")
                .json("{\"display_name\":\"B\"}").send();
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.errorCode()).isEqualTo("CONFLICT");
        assertThat(api.get("/v1/contacts?q=B").token(owner.token()).send().list()).isEmpty();
    }

    @Test
    void aFailedRequestClaimsNoKeyAndWithoutAKeyEveryPostRuns() {
        ApiClient.Response bad = api.post("/v1/contacts").token(owner.token()).header("Idempotency-Key", "k-retry")
                .json("{\"display_name\":\"\"}").send();
        assertThat(bad.status()).isEqualTo(422);
        ApiClient.Response good = api.post("/v1/contacts").token(owner.token()).header("Idempotency-Key", "k-retry")
                .json("{\"display_name\":\"Fixed\"}").send();
        assertThat(good.status()).isEqualTo(201);
        assertThat(good.header("Idempotent-Replayed")).isNull();

        String body = "{\"display_name\":\"No Key\"}";
        api.post("/v1/contacts").token(owner.token()).json(body).send();
        api.post("/v1/contacts").token(owner.token()).json(body).send();
        assertThat(api.get("/v1/contacts?q=No%20Key").token(owner.token()).send().list()).hasSize(2);
    }

    @Test
    void triggeringPostsReplayToo() {
        String contact = (String) api.post("/v1/contacts").token(owner.token())
                .json("{\"display_name\":\"Payer\",\"email\":\"payer@idem.test\"}").send().data().get("id");
        String invoice = (String) api.post("/v1/invoices").token(owner.token())
                .json("{\"contact_id\":\"" + contact + "\",\"line_items\":[{\"name\":\"x\",\"rate\":\"100\"}]}").send().data().get("id");
        api.core().services().jobs().runDueJobs(100);
        int deliveries = api.core().email().emails().size();
        ApiClient.Response send = api.post("/v1/invoices/" + invoice + "/send").token(owner.token()).header("Idempotency-Key", "k-send").send();
        ApiClient.Response resend = api.post("/v1/invoices/" + invoice + "/send").token(owner.token()).header("Idempotency-Key", "k-send").send();
        assertThat(send.status()).isEqualTo(200);
        assertThat(resend.status()).isEqualTo(200);
        assertThat(resend.header("Idempotent-Replayed")).isEqualTo("true");
        api.core().services().jobs().runDueJobs(100);
        assertThat(api.core().email().emails()).hasSize(deliveries + 1);
        var ports = api.core().ports();
        var tenant = new io.smbhub.domain.shared.TenantId(java.util.UUID.fromString(owner.tenantId()));
        assertThat(ports.tx().inTenant(tenant, () -> ports.idempotency().find(tenant, "POST /v1/invoices/{id}/send", "k-send")))
                .as("keys are scoped by route template").hasValueSatisfying(e -> assertThat(e.result()).isEqualTo(invoice));

        String payment = "{\"invoice_id\":\"" + invoice + "\",\"amount\":\"40\"}";
        ApiClient.Response paid = api.post("/v1/payments").token(owner.token()).header("Idempotency-Key", "k-pay").json(payment).send();
        ApiClient.Response repaid = api.post("/v1/payments").token(owner.token()).header("Idempotency-Key", "k-pay").json(payment).send();
        assertThat(paid.status()).isEqualTo(201);
        assertThat(repaid.status()).isEqualTo(201);
        assertThat(repaid.data().get("id")).isEqualTo(paid.data().get("id"));
        assertThat(api.get("/v1/invoices/" + invoice).token(owner.token()).send().data().get("amount_paid"))
                .isEqualTo(java.util.Map.of("amount", "40.00", "currency", "USD"));

        String workItem = (String) api.post("/v1/work-items").token(owner.token())
                .json("{\"title\":\"Job\",\"contact_id\":\"" + contact + "\"}").send().data().get("id");
        ApiClient.Response converted = api.post("/v1/work-items/" + workItem + "/convert").token(owner.token())
                .header("Idempotency-Key", "k-convert").json("{\"target\":\"QUOTE\"}").send();
        ApiClient.Response reconverted = api.post("/v1/work-items/" + workItem + "/convert").token(owner.token())
                .header("Idempotency-Key", "k-convert").json("{\"target\":\"QUOTE\"}").send();
        assertThat(converted.data()).containsEntry("created", true);
        assertThat(reconverted.data()).isEqualTo(converted.data());
        assertThat(reconverted.header("Idempotent-Replayed")).isEqualTo("true");
    }
}
