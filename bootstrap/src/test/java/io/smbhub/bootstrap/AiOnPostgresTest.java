package io.smbhub.bootstrap;

import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.adapter.llm.GeminiStandIn;
import io.smbhub.adapter.postgres.TestDatabase;
import io.smbhub.adapter.postgres.TestDatabases;
import io.smbhub.application.CoreServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AI pillar end to end (issue 6): the real application on PostgreSQL with the Gemini adapter pointed at a local
 * stand-in speaking Gemini's {@code generateContent} protocol. Text with PII becomes a draft through the
 * {@code AI_PARSE} job; applying it twice over REST gives one invoice; the pre-check's model pass, the CEO digest and
 * usage metering run; and every prompt the stand-in received is free of the PII in the test data.
 */
@DisplayName("AI on PostgreSQL with a Gemini stand-in")
class AiOnPostgresTest {

    /** PII planted in the test data; none of it may reach the model. */
    static final List<String> PII = List.of("rina.customer@example.com", "0812-3456-7890", "3171234507900012",
            "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00");

    @TempDir
    static Path dataDir;
    private static TestDatabase db;
    private static GeminiStandIn gemini;

    @BeforeAll
    static void start() {
        db = TestDatabases.fresh("ai");
        gemini = GeminiStandIn.start();
        gemini.respondWith(AiTestSupport::answer);
    }

    @AfterAll
    static void stop() {
        gemini.close();
        db.close();
    }

    @Test
    void textToApprovedDraftInvoicePrecheckDigestAndUsage() throws Exception {
        try (EmbeddedServer server = TestApp.start(db, dataDir, AiTestSupport.gemini(gemini,
                Map.of("smbhub.platform-admins", "ops@smbhub.test")))) {
            Api owner = AiTestSupport.signUp(server, "owner@ai.test");

            Api.Reply status = owner.get("/v1/ai/status");
            assertThat(status.data()).containsEntry("mode", "MODEL").containsEntry("available", true);
            assertThat(owner.get("/v1/profile").data().get("ai")).isNotNull();

            // Text-to-Task: the text carries an email, a phone, a NIK, a card and an IBAN
            Api.Reply parse = owner.post("/v1/ai/drafts", """
                    {"text":"Hi, please invoice me for 2x AC service at 150000 IDR each. Email rina.customer@example.com, \
                    phone 0812-3456-7890, NIK 3171234507900012. I will pay by card 4111 1111 1111 1111 or from \
                    IBAN DE89 3704 0044 0532 0130 00. Regards, Rina"}""", "parse-1");
            assertThat(parse.status()).isEqualTo(202);
            String draftId = (String) parse.data().get("draft_id");
            AiTestSupport.awaitJob(owner, (String) parse.data().get("job_id"));
            Api.Reply draft = owner.get("/v1/ai/drafts/" + draftId);
            assertThat(draft.data()).containsEntry("status", "PENDING_QC").containsEntry("intent", "DRAFT_INVOICE")
                    .containsEntry("extractor", "gemini-2.5-flash");
            @SuppressWarnings("unchecked")
            Map<String, Object> payload = (Map<String, Object>) draft.data().get("payload");
            assertThat(payload).containsEntry("contact_email", "rina.customer@example.com");
            assertThat(owner.get("/v1/ops/ai-drafts?status=PENDING_QC").list()).extracting(d -> d.get("id")).contains(draftId);

            // AI Draft Safety Suite over REST: apply twice → one invoice, still a draft, nothing sent
            Api.Reply first = owner.post("/v1/ops/ai-drafts/" + draftId + "/apply", "{}", "apply-1");
            Api.Reply second = owner.post("/v1/ops/ai-drafts/" + draftId + "/apply", "{}", "apply-2");
            assertThat(first.status()).isEqualTo(201);
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.data().get("target_id")).isEqualTo(first.data().get("target_id"));
            assertThat(second.data().get("already_applied")).isEqualTo(true);
            String invoiceId = (String) first.data().get("target_id");
            assertThat(owner.get("/v1/invoices").list()).hasSize(1);
            assertThat(owner.get("/v1/invoices/" + invoiceId).data().get("status")).isEqualTo("DRAFT");

            // pre-check: a deterministic rule and a free-text rule checked by the model
            assertThat(owner.send("PUT", "/v1/settings/sop-rules", """
                    {"if_match_version":0,"rules":[
                      {"code":"vat_11","type":"VAT_RATE","value":"11","applies_to":["INVOICE"],"enabled":true},
                      {"code":"po_number","type":"FREE_TEXT","text":"Invoices must quote the customer's PO number",
                       "applies_to":["INVOICE"],"enabled":true}]}""", null).status()).isEqualTo(200);
            Api.Reply check = owner.post("/v1/invoices/" + invoiceId + "/precheck", "{}");
            assertThat(check.status()).isEqualTo(200);
            assertThat(check.data()).containsEntry("valid", false).containsEntry("model_pass", "DONE");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) check.data().get("violations");
            assertThat(violations.stream().map(v -> v.get("rule")).toList()).contains("vat_11", "po_number");

            // the CEO digest of the business's yesterday, with the model's insights, emailed to the owner
            CoreServices core = server.getApplicationContext().getBean(CoreServices.class);
            assertThat(core.digests().scheduleDue(Instant.now().plus(Duration.ofDays(1)))).isPositive();
            Api.Reply digest = AiTestSupport.awaitDigest(owner);
            assertThat(digest.data().get("insights_status")).isEqualTo("GENERATED");
            assertThat((List<?>) digest.data().get("insights")).hasSize(3);
            assertThat(AiTestSupport.awaitMail(dataDir.resolve("outbox"), "Daily digest")).contains("owner@ai.test");

            // usage: metered per call, visible to the tenant and to a platform admin only
            Api.Reply usage = owner.get("/v1/ai/usage");
            assertThat(((Number) usage.data().get("calls")).intValue()).isGreaterThanOrEqualTo(3);
            assertThat(owner.get("/v1/admin/ai-usage").status()).isEqualTo(403);
            Api ops = AiTestSupport.signUp(server, "ops@smbhub.test");
            Api.Reply platform = ops.get("/v1/admin/ai-usage");
            assertThat(platform.status()).isEqualTo(200);
            assertThat(platform.data().toString()).contains("Biz owner@ai.test");
        }
        assertThat(gemini.prompts()).isNotEmpty().allSatisfy(prompt -> {
            for (String pii : PII) {
                assertThat(prompt).as("prompt sent to the model").doesNotContain(pii);
            }
        });
        assertThat(gemini.prompts()).anySatisfy(prompt -> assertThat(prompt).contains("[REDACTED_EMAIL_1]"));
    }
}
