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

/** The manual payment reminder ({@code POST /v1/invoices/{id}/remind}) and {@code GET /v1/jobs/{id}} (issue 5). */
class RemindersAndJobsTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;
    static String contact;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@remind.test");
        contact = (String) api.post("/v1/contacts").token(owner.token())
                .json("{\"display_name\":\"Late Payer\",\"email\":\"late@customer.test\"}").send().data().get("id");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String invoice(boolean send) {
        String id = (String) api.post("/v1/invoices").token(owner.token()).json("""
                {"contact_id":"%s","line_items":[{"name":"Repair","qty":1,"rate":"120.00"}]}""".formatted(contact))
                .send().data().get("id");
        if (send) {
            ApiClient.Response sent = api.post("/v1/invoices/" + id + "/send").token(owner.token()).json("{}").send();
            assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        }
        return id;
    }

    @Test
    void invoicesShowTheirCollectionsStage() {
        Map<String, Object> invoice = api.get("/v1/invoices/" + invoice(false)).token(owner.token()).send().data();
        assertThat(invoice).containsEntry("ar_stage", "NONE").containsEntry("last_reminded_at", null);
    }

    @Test
    void aReminderIsQueuedWithItsMessageAndJob() {
        String id = invoice(true);

        ApiClient.Response r = api.post("/v1/invoices/" + id + "/remind").token(owner.token())
                .header("Idempotency-Key", "remind-1").send();

        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        assertThat(r.data()).containsEntry("invoice_id", id).containsKeys("message_id", "conversation_id", "job_id", "reminded_at");
        Map<String, Object> invoice = api.get("/v1/invoices/" + id).token(owner.token()).send().data();
        assertThat(invoice).containsEntry("last_reminded_at", r.data().get("reminded_at")).containsEntry("ar_stage", "NONE");
        List<Map<String, Object>> messages = api.get("/v1/conversations/" + r.data().get("conversation_id") + "/messages")
                .token(owner.token()).send().list();
        assertThat(messages).extracting(m -> m.get("id")).contains(r.data().get("message_id"));
        assertThat(messages).filteredOn(m -> m.get("id").equals(r.data().get("message_id")))
                .singleElement().satisfies(m -> assertThat(m).containsEntry("purpose", "ar_reminder_manual")
                        .containsEntry("document_id", id));

        ApiClient.Response job = api.get("/v1/jobs/" + r.data().get("job_id")).token(owner.token()).send();
        assertThat(job.status()).as(job.toString()).isEqualTo(200);
        assertThat(job.data()).containsEntry("id", r.data().get("job_id")).containsEntry("kind", "EMAIL_SEND")
                .containsKeys("status", "attempts", "max_attempts", "progress_done", "progress_total", "last_error");
    }

    @Test
    void aReplayAnswersTheSameReminderAndASecondReminderSoonAfterIsRateLimited() {
        String id = invoice(true);
        ApiClient.Response first = api.post("/v1/invoices/" + id + "/remind").token(owner.token())
                .header("Idempotency-Key", "remind-2").send();
        ApiClient.Response replay = api.post("/v1/invoices/" + id + "/remind").token(owner.token())
                .header("Idempotency-Key", "remind-2").send();

        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.data()).isEqualTo(first.data());

        ApiClient.Response again = api.post("/v1/invoices/" + id + "/remind").token(owner.token()).send();
        assertThat(again.status()).as(again.toString()).isEqualTo(429);
        assertThat(again.errorCode()).isEqualTo("RATE_LIMITED");
    }

    @Test
    void aDraftInvoiceCannotBeReminded() {
        ApiClient.Response r = api.post("/v1/invoices/" + invoice(false) + "/remind").token(owner.token()).send();
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.errorCode()).isEqualTo("INVALID_TRANSITION");
    }

    @Test
    void unknownInvoicesAndJobsAre404() {
        for (String path : List.of("/v1/invoices/" + UUID.randomUUID() + "/remind", "/v1/invoices/nope/remind")) {
            ApiClient.Response r = api.post(path).token(owner.token()).send();
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.errorCode()).isEqualTo("NOT_FOUND");
        }
        for (String path : List.of("/v1/jobs/" + UUID.randomUUID(), "/v1/jobs/nope")) {
            ApiClient.Response r = api.get(path).token(owner.token()).send();
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.errorCode()).isEqualTo("NOT_FOUND");
        }
    }
}
