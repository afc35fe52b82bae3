package io.smbhub.adapter.rest;

import io.smbhub.domain.tenant.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text-to-Task and the AI draft QC queue over HTTP (issue 6; spec smb-hub-prd.md 1.4.A, 3.14, 10.5): parse a message,
 * pasted text, a stored file or an upload into a draft (the in-memory core has no model, so the offline extractor
 * drafts), then edit, approve, reject and apply it — apply is idempotent and creates DRAFT/NEW objects only.
 */
class AiDraftsTest {

    static final String SECRET = "inbound-secret-for-ai-tests-0123456789";
    static final String BOUNDARY = "ai-test-boundary";
    static final AtomicInteger MAILS = new AtomicInteger();

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;
    static ApiClient.Session viewer;
    static ApiClient.Session other;
    static String inbound;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp, Map.of("smbhub.inbound.secret", SECRET,
                "micronaut.server.max-request-size", "30MB", "micronaut.server.multipart.max-file-size", "30MB"));
        owner = api.signUp("owner@ai-drafts.test");
        viewer = api.member(owner, Role.VIEWER, "viewer@ai-drafts.test");
        other = api.signUp("owner@other-ai-drafts.test");
        inbound = (String) api.get("/v1/settings/email").token(owner.token()).send().data().get("inbound_address");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiClient.Response parseText(String text) {
        return api.post("/v1/ai/drafts").token(owner.token()).json("{\"text\":\"" + text + "\"}").send();
    }

    /** Parses {@code text} and runs the parse job: the PENDING_QC draft. */
    private static Map<String, Object> draft(String text) {
        ApiClient.Response parsed = parseText(text);
        assertThat(parsed.status()).as(parsed.toString()).isEqualTo(202);
        runJobs();
        ApiClient.Response draft = api.get("/v1/ai/drafts/" + parsed.data().get("draft_id")).token(owner.token()).send();
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        return draft.data();
    }

    private static void runJobs() {
        api.core().services().jobs().runDueJobs(100);
    }

    /** An inbound email to the owner's business: its message id (and the attachment's file id when one is given). */
    private static Map<String, Object> receive(String subject, String text, String attachment) {
        String messageId = "ai-" + MAILS.incrementAndGet() + "@mail.test";
        String mime = attachment == null
                ? Mails.plain(messageId, "Dana Lee <dana@customer.test>", inbound, subject, text)
                : Mails.withAttachment(messageId, "Dana Lee <dana@customer.test>", inbound, subject, text, "order.txt",
                "text/plain", attachment.getBytes(StandardCharsets.UTF_8));
        ApiClient.Response r = api.post("/v1/inbound/email").header("Authorization", "Bearer " + SECRET)
                .body("message/rfc822", mime).send();
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }

    @SuppressWarnings("unchecked")
    private static String attachmentOf(Map<String, Object> receipt) {
        List<Map<String, Object>> messages = api.get("/v1/conversations/" + receipt.get("conversation_id") + "/messages")
                .token(owner.token()).send().list();
        Map<String, Object> message = messages.stream().filter(m -> m.get("id").equals(receipt.get("message_id")))
                .findFirst().orElseThrow();
        return (String) ((List<Map<String, Object>>) message.get("attachments")).get(0).get("id");
    }

    private static String multipart(String fileName, String contentType, String content) {
        return "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n"
                + content + "\r\n--" + BOUNDARY + "--\r\n";
    }

    private static ApiClient.Response upload(String fileName, String contentType, String content) {
        return api.post("/v1/ai/drafts").token(owner.token())
                .body("multipart/form-data; boundary=" + BOUNDARY, multipart(fileName, contentType, content)).send();
    }

    @Test
    @DisplayName("pasted text answers 202 with the draft id and job; once the job ran the draft waits in the QC queue")
    void pastedTextBecomesAPendingDraft() {
        ApiClient.Response parsed = parseText("Please quote 3 hours of pipe repair at 45 USD per hour. Dana Lee, dana@customer.test");

        assertThat(parsed.status()).as(parsed.toString()).isEqualTo(202);
        assertThat(parsed.data()).containsEntry("status", "QUEUED").containsEntry("existing", false)
                .containsEntry("draft", null).containsKeys("draft_id", "job_id");
        String draftId = (String) parsed.data().get("draft_id");
        assertThat(api.get("/v1/jobs/" + parsed.data().get("job_id")).token(owner.token()).send().data())
                .containsEntry("kind", "AI_PARSE");

        runJobs();

        ApiClient.Response draft = api.get("/v1/ai/drafts/" + draftId).token(owner.token()).send();
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        assertThat(draft.data()).containsEntry("id", draftId).containsEntry("status", "PENDING_QC")
                .containsEntry("source_type", "MANUAL").containsEntry("extractor", "rules")
                .containsEntry("edited", false).containsEntry("target_id", null)
                .containsKeys("intent", "payload", "confidence", "confidence_level", "source_text", "version");
        assertThat((String) draft.data().get("source_text")).contains("pipe repair");
        assertThat(api.get("/v1/ops/ai-drafts/" + draftId).token(owner.token()).send().data()).isEqualTo(draft.data());
        assertThat(api.get("/v1/ops/ai-drafts?status=PENDING_QC&limit=100").token(owner.token()).send().list())
                .extracting(d -> d.get("id")).contains(draftId);
        assertThat(api.get("/v1/ops/ai-drafts?status=APPLIED").token(owner.token()).send().list())
                .extracting(d -> d.get("id")).doesNotContain(draftId);
    }

    @Test
    @DisplayName("a message parsed twice has one draft: the second parse answers 200 with it (existing)")
    void aMessageIsParsedOnce() {
        String message = (String) receive("Invoice please", "Please send an invoice for 2 hours at 50 USD.", null)
                .get("message_id");

        ApiClient.Response first = api.post("/v1/messages/" + message + "/ai/parse").token(owner.token()).send();
        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        runJobs();
        ApiClient.Response again = api.post("/v1/messages/" + message + "/ai/parse").token(owner.token()).send();

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.data()).containsEntry("draft_id", first.data().get("draft_id")).containsEntry("existing", true)
                .containsEntry("status", "SUCCEEDED");
        @SuppressWarnings("unchecked") Map<String, Object> draft = (Map<String, Object>) again.data().get("draft");
        assertThat(draft).containsEntry("source_type", "MESSAGE").containsEntry("source_id", message);
    }

    @Test
    @DisplayName("a replayed Idempotency-Key answers the first parse's status and ids without a new job")
    void aReplayedParseAnswersTheFirstOne() {
        String message = (String) receive("Quote", "Quote 1 boiler service at 120 USD.", null).get("message_id");
        ApiClient.Response first = api.post("/v1/messages/" + message + "/ai/parse").token(owner.token())
                .header("Idempotency-Key", "parse-" + message).send();
        runJobs();

        ApiClient.Response replay = api.post("/v1/messages/" + message + "/ai/parse").token(owner.token())
                .header("Idempotency-Key", "parse-" + message).send();

        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.data()).containsEntry("draft_id", first.data().get("draft_id"))
                .containsEntry("job_id", first.data().get("job_id")).containsEntry("status", "SUCCEEDED");
        assertThat(replay.data().get("draft")).isNotNull();
    }

    @Test
    @DisplayName("a stored attachment is parsed by file_id; the upload of a document by multipart/form-data")
    void filesAndUploadsBecomeDrafts() {
        String file = attachmentOf(receive("Order", "See the attached order.",
                "Order: 4 pipe fittings at 12.50 USD each for Dana Lee"));

        ApiClient.Response byFile = api.post("/v1/ai/drafts").token(owner.token())
                .json("{\"file_id\":\"" + file + "\"}").send();
        assertThat(byFile.status()).as(byFile.toString()).isEqualTo(202);
        runJobs();
        assertThat(api.get("/v1/ai/drafts/" + byFile.data().get("draft_id")).token(owner.token()).send().data())
                .containsEntry("source_type", "FILE").containsEntry("source_id", file);

        ApiClient.Response uploaded = upload("note.txt", "text/plain", "Fix the leaking tap at Dana's on Friday, urgent");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(202);
        runJobs();
        Map<String, Object> draft = api.get("/v1/ai/drafts/" + uploaded.data().get("draft_id")).token(owner.token())
                .send().data();
        assertThat(draft).containsEntry("source_type", "FILE").containsEntry("status", "PENDING_QC");
        assertThat((String) draft.get("source_text")).contains("leaking tap");

        ApiClient.Response sameFile = api.post("/v1/ai/drafts").token(owner.token())
                .json("{\"file_id\":\"" + draft.get("source_id") + "\"}").send();
        assertThat(sameFile.status()).as(sameFile.toString()).isEqualTo(200);
        assertThat(sameFile.data()).containsEntry("draft_id", draft.get("id")).containsEntry("existing", true);
    }

    @Test
    @DisplayName("an upload without readable text is 422, without a file part 422, over 25 MiB 413")
    void badUploadsAreRefused() {
        ApiClient.Response binary = upload("photo.bin", "application/octet-stream", "\u0001\u0002\u0003");
        assertThat(binary.status()).as(binary.toString()).isEqualTo(422);
        assertThat(binary.errorFields()).containsExactly("file");

        ApiClient.Response noFile = api.post("/v1/ai/drafts").token(owner.token())
                .body("multipart/form-data; boundary=" + BOUNDARY, "--" + BOUNDARY + "\r\n"
                        + "Content-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--" + BOUNDARY + "--\r\n").send();
        assertThat(noFile.status()).as(noFile.toString()).isEqualTo(422);
        assertThat(noFile.errorFields()).containsExactly("file");

        ApiClient.Response tooBig = upload("big.txt", "text/plain", "a".repeat(25 * 1024 * 1024 + 1));
        assertThat(tooBig.status()).as(tooBig.toString()).isEqualTo(413);
        assertThat(tooBig.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    @DisplayName("empty or over-long text is 422, a malformed file_id 400, unknown messages and files 404")
    void invalidParseRequests() {
        ApiClient.Response empty = parseText("  ");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(422);
        assertThat(empty.errorFields()).containsExactly("text");
        assertThat(api.post("/v1/ai/drafts").token(owner.token()).json("{}").send().status()).isEqualTo(422);
        assertThat(parseText("x".repeat(20_001)).status()).isEqualTo(422);

        ApiClient.Response badId = api.post("/v1/ai/drafts").token(owner.token()).json("{\"file_id\":\"nope\"}").send();
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.errorFields()).containsExactly("file_id");
        assertThat(api.post("/v1/ai/drafts").token(owner.token()).json("{\"file_id\":\"" + UUID.randomUUID() + "\"}")
                .send().status()).isEqualTo(404);
        assertThat(api.post("/v1/messages/" + UUID.randomUUID() + "/ai/parse").token(owner.token()).send().status())
                .isEqualTo(404);
        assertThat(api.post("/v1/messages/not-an-id/ai/parse").token(owner.token()).send().status()).isEqualTo(404);
        assertThat(api.get("/v1/ai/drafts/" + UUID.randomUUID()).token(owner.token()).send().errorCode())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    @DisplayName("edit keeps the change audited and marks the draft edited; a stale version is 409 with the draft as it is")
    void editingADraft() {
        Map<String, Object> draft = draft("Please fix the boiler next week");

        ApiClient.Response edited = api.patch("/v1/ops/ai-drafts/" + draft.get("id")).token(owner.token()).json("""
                {"if_match_version": %s, "intent": "CREATE_WORK_ITEM",
                 "payload": {"title": "Boiler repair", "description": "Customer says it is cold", "priority": "HIGH"}}"""
                .formatted(draft.get("version"))).send();

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.data()).containsEntry("intent", "CREATE_WORK_ITEM").containsEntry("edited", true)
                .containsEntry("status", "PENDING_QC");
        @SuppressWarnings("unchecked") Map<String, Object> payload = (Map<String, Object>) edited.data().get("payload");
        assertThat(payload).containsEntry("title", "Boiler repair").containsEntry("priority", "HIGH");

        ApiClient.Response stale = api.patch("/v1/ops/ai-drafts/" + draft.get("id")).token(owner.token())
                .json("{\"if_match_version\": " + draft.get("version") + ", \"intent\": \"DRAFT_QUOTE\"}").send();
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(stale.data()).containsEntry("intent", "CREATE_WORK_ITEM");

        ApiClient.Response badIntent = api.patch("/v1/ops/ai-drafts/" + draft.get("id")).token(owner.token())
                .json("{\"intent\": \"ORDER_PIZZA\"}").send();
        assertThat(badIntent.status()).isEqualTo(422);
        assertThat(badIntent.errorFields()).containsExactly("intent");
        ApiClient.Response badPayload = api.patch("/v1/ops/ai-drafts/" + draft.get("id")).token(owner.token())
                .json("{\"payload\": {\"priority\": \"WHENEVER\"}}").send();
        assertThat(badPayload.status()).isEqualTo(422);
        assertThat(badPayload.errorFields()).containsExactly("payload.priority");

        List<Map<String, Object>> audit = api.get("/v1/audit-logs?entity_type=ai_draft&entity_id=" + draft.get("id"))
                .token(owner.token()).send().list();
        assertThat(audit).extracting(e -> e.get("action")).contains("ai_draft.edited");
    }

    @Test
    @DisplayName("approve, then reject; a rejected draft cannot be approved (409 INVALID_TRANSITION)")
    void approvingAndRejecting() {
        Map<String, Object> draft = draft("Call back Mr Tan about the roof");
        String path = "/v1/ops/ai-drafts/" + draft.get("id");

        ApiClient.Response approved = api.post(path + "/approve").token(owner.token())
                .json("{\"if_match_version\": " + draft.get("version") + ", \"notes\": \"Looks right\"}").send();
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.data()).containsEntry("status", "APPROVED").containsEntry("review_notes", "Looks right")
                .containsEntry("reviewed_by", owner.userId());

        ApiClient.Response staleReject = api.post(path + "/reject").token(owner.token())
                .json("{\"if_match_version\": " + draft.get("version") + "}").send();
        assertThat(staleReject.status()).isEqualTo(409);
        assertThat(staleReject.data()).containsEntry("status", "APPROVED");

        ApiClient.Response rejected = api.post(path + "/reject").token(owner.token())
                .json("{\"notes\": \"Duplicate of another job\"}").send();
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.data()).containsEntry("status", "REJECTED");

        ApiClient.Response again = api.post(path + "/approve").token(owner.token()).json("{}").send();
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("INVALID_TRANSITION");
        assertThat(api.get("/v1/ops/ai-drafts?status=REJECTED&limit=100").token(owner.token()).send().list())
                .extracting(d -> d.get("id")).contains(draft.get("id"));
    }

    @Test
    @DisplayName("apply creates the work item once: 201, then 200 with the same target; a replayed key replays")
    void applyIsIdempotent() {
        Map<String, Object> draft = draft("Leaking tap in the kitchen, please come Friday");
        String path = "/v1/ops/ai-drafts/" + draft.get("id") + "/apply";
        String body = """
                {"if_match_version": %s, "intent": "CREATE_WORK_ITEM",
                 "payload": {"title": "Kitchen tap", "description": "Leaks all night"}, "notes": "ok"}"""
                .formatted(draft.get("version"));

        ApiClient.Response first = api.post(path).token(owner.token()).header("Idempotency-Key", "apply-1").json(body).send();
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.data()).containsEntry("target_type", "work_item").containsEntry("already_applied", false);
        String target = (String) first.data().get("target_id");
        @SuppressWarnings("unchecked") Map<String, Object> applied = (Map<String, Object>) first.data().get("draft");
        assertThat(applied).containsEntry("status", "APPLIED").containsEntry("target_id", target).containsEntry("edited", true);
        Map<String, Object> workItem = api.get("/v1/work-items/" + target).token(owner.token()).send().data();
        assertThat(workItem).containsEntry("title", "Kitchen tap").containsEntry("status", "NEW");

        ApiClient.Response second = api.post(path).token(owner.token()).header("Idempotency-Key", "apply-2").json(body).send();
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.data()).containsEntry("target_id", target).containsEntry("already_applied", true);

        ApiClient.Response replay = api.post(path).token(owner.token()).header("Idempotency-Key", "apply-1").json(body).send();
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.data()).containsEntry("target_id", target);

        assertThat(api.get("/v1/work-items?q=Kitchen%20tap").token(owner.token()).send().list()).hasSize(1);
    }

    @Test
    @DisplayName("applying a draft without the fields its intent needs is 422; nothing is created")
    void applyNeedsTheIntentsFields() {
        Map<String, Object> draft = draft("hello there");

        ApiClient.Response r = api.post("/v1/ops/ai-drafts/" + draft.get("id") + "/apply").token(owner.token())
                .json("{\"intent\": \"DRAFT_INVOICE\", \"payload\": {}}").send();

        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(api.get("/v1/ai/drafts/" + draft.get("id")).token(owner.token()).send().data())
                .containsEntry("status", "PENDING_QC").containsEntry("target_id", null);
    }

    @Test
    @DisplayName("a VIEWER reads the queue but cannot parse, edit, approve or apply (403)")
    void viewersOnlyRead() {
        Map<String, Object> draft = draft("Quote a new water heater");
        String path = "/v1/ops/ai-drafts/" + draft.get("id");

        assertThat(api.get(path).token(viewer.token()).send().status()).isEqualTo(200);
        assertThat(api.get("/v1/ops/ai-drafts").token(viewer.token()).send().status()).isEqualTo(200);
        ApiClient.Response apply = api.post(path + "/apply").token(viewer.token())
                .json("{\"intent\":\"CREATE_WORK_ITEM\",\"payload\":{\"title\":\"x\"}}").send();
        assertThat(apply.status()).as(apply.toString()).isEqualTo(403);
        assertThat(apply.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(api.post(path + "/approve").token(viewer.token()).json("{}").send().status()).isEqualTo(403);
        assertThat(api.post(path + "/reject").token(viewer.token()).json("{}").send().status()).isEqualTo(403);
        assertThat(api.patch(path).token(viewer.token()).json("{\"intent\":\"DRAFT_QUOTE\"}").send().status()).isEqualTo(403);
        assertThat(api.post("/v1/ai/drafts").token(viewer.token()).json("{\"text\":\"hi\"}").send().status()).isEqualTo(403);
        assertThat(api.get(path).token(owner.token()).send().data()).containsEntry("status", "PENDING_QC");
    }

    @Test
    @DisplayName("another business's draft answers exactly like a missing one (404) and is not listed")
    void anotherBusinessCannotReachADraft() {
        Map<String, Object> draft = draft("Service the air conditioner");
        String id = (String) draft.get("id");

        for (String path : List.of("/v1/ai/drafts/" + id, "/v1/ops/ai-drafts/" + id)) {
            ApiClient.Response foreign = api.get(path).token(other.token()).header("X-Request-Id", "same").send();
            String missing = UUID.randomUUID().toString();
            ApiClient.Response unknown = api.get(path.replace(id, missing)).token(other.token())
                    .header("X-Request-Id", "same").send();
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(foreign.body().replace(id, "ID")).isEqualTo(unknown.body().replace(missing, "ID"));
        }
        assertThat(api.post("/v1/ops/ai-drafts/" + id + "/apply").token(other.token())
                .json("{\"intent\":\"CREATE_WORK_ITEM\",\"payload\":{\"title\":\"x\"}}").send().status()).isEqualTo(404);
        assertThat(api.post("/v1/ops/ai-drafts/" + id + "/reject").token(other.token()).json("{}").send().status())
                .isEqualTo(404);
        assertThat(api.patch("/v1/ops/ai-drafts/" + id).token(other.token()).json("{}").send().status()).isEqualTo(404);
        assertThat(api.get("/v1/ops/ai-drafts?limit=100").token(other.token()).send().list())
                .extracting(d -> d.get("id")).doesNotContain(id);
        assertThat(api.get("/v1/ai/drafts/" + id).token(owner.token()).send().data()).containsEntry("status", "PENDING_QC");
    }

    @Test
    @DisplayName("the queue pages with limit and cursor, and refuses unknown filters with 400")
    void theQueuePagesAndValidatesFilters() {
        draft("Page one text about a fence");
        draft("Page two text about a gate");

        ApiClient.Response page = api.get("/v1/ops/ai-drafts?limit=1").token(owner.token()).send();
        assertThat(page.list()).hasSize(1);
        String cursor = (String) page.meta().get("cursor");
        assertThat(cursor).isNotNull();
        ApiClient.Response next = api.get("/v1/ops/ai-drafts?limit=1&cursor=" + cursor).token(owner.token()).send();
        assertThat(next.list()).hasSize(1);
        assertThat(next.list().get(0).get("id")).isNotEqualTo(page.list().get(0).get("id"));

        assertThat(api.get("/v1/ops/ai-drafts?status=DONE").token(owner.token()).send().errorFields()).containsExactly("status");
        assertThat(api.get("/v1/ops/ai-drafts?intent=NOPE").token(owner.token()).send().errorFields()).containsExactly("intent");
        assertThat(api.get("/v1/ops/ai-drafts?limit=500").token(owner.token()).send().status()).isEqualTo(422);
        assertThat(api.get("/v1/ops/ai-drafts?intent=CREATE_WORK_ITEM&limit=100").token(owner.token()).send().list())
                .allSatisfy(d -> assertThat(d).containsEntry("intent", "CREATE_WORK_ITEM"));
    }
}
