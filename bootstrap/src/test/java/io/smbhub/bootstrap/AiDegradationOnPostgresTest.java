package io.smbhub.bootstrap;

import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.adapter.llm.GeminiStandIn;
import io.smbhub.adapter.postgres.TestDatabase;
import io.smbhub.adapter.postgres.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Graceful degradation (issue 6; enterprise-business-os.md feature 15): the model stand-in is killed mid-run. Drafts
 * already requested are still made (by the offline extractor), the circuit opens, AI endpoints answer
 * {@code AI_UNAVAILABLE} (503) and the status says so, the pre-check falls back to its deterministic rules — while
 * contacts, invoicing and payments work unchanged. When the model is back, AI recovers by itself.
 */
@DisplayName("AI degrades gracefully when the model dies")
class AiDegradationOnPostgresTest {

    @TempDir
    static Path dataDir;
    private static TestDatabase db;
    private static GeminiStandIn gemini;

    @BeforeAll
    static void start() {
        db = TestDatabases.fresh("aidown");
        gemini = GeminiStandIn.start();
        gemini.respondWith(AiTestSupport::answer);
    }

    @AfterAll
    static void stop() {
        gemini.close();
        db.close();
    }

    @Test
    void killingTheModelLeavesTheRestOfTheProductWorking() throws Exception {
        try (EmbeddedServer server = TestApp.start(db, dataDir, AiTestSupport.gemini(gemini,
                Map.of("smbhub.ai.gemini.breaker-open-duration", "6s")))) {
            Api api = AiTestSupport.signUp(server, "owner@down.test");
            Api.Reply healthy = api.post("/v1/ai/drafts", "{\"text\":\"Please quote 3 pcs paint 5L at 250000\"}", "p-0");
            AiTestSupport.awaitJob(api, (String) healthy.data().get("job_id"));
            assertThat(api.get("/v1/ai/drafts/" + healthy.data().get("draft_id")).data().get("extractor"))
                    .isEqualTo("gemini-2.5-flash");

            gemini.stop();

            // requests accepted while the circuit is still closed are drafted offline; then the circuit opens
            Api.Reply refused = null;
            String offlineDraft = null;
            for (int i = 1; i <= 10 && refused == null; i++) {
                Api.Reply parse = api.post("/v1/ai/drafts", "{\"text\":\"Tolong perbaiki AC bocor no " + i + "\"}", "p-" + i);
                if (parse.status() == 503) {
                    refused = parse;
                } else {
                    assertThat(parse.status()).isEqualTo(202);
                    AiTestSupport.awaitJob(api, (String) parse.data().get("job_id"));
                    offlineDraft = (String) parse.data().get("draft_id");
                }
            }
            assertThat(refused).as("parsing is refused once the circuit is open").isNotNull();
            assertThat(refused.error().get("code")).isEqualTo("AI_UNAVAILABLE");
            assertThat(api.get("/v1/ai/drafts/" + offlineDraft).data()).containsEntry("extractor", "rules")
                    .containsEntry("status", "PENDING_QC");
            Api.Reply status = api.get("/v1/ai/status");
            assertThat(status.data()).containsEntry("mode", "UNAVAILABLE").containsEntry("available", false);

            // the core product is unaffected: contacts, invoicing, sending, payments
            String contactId = api.post("/v1/contacts", """
                    {"display_name":"Ann Lee","type":"CUSTOMER","email":"ann@example.com"}""").id();
            Api.Reply invoice = api.post("/v1/invoices", """
                    {"contact_id":"%s","line_items":[{"name":"Repair","qty":1,"rate":"80.00"}]}""".formatted(contactId));
            assertThat(invoice.status()).isEqualTo(201);
            assertThat(api.post("/v1/invoices/" + invoice.id() + "/send", "{}").data().get("status")).isEqualTo("SENT");
            assertThat(api.post("/v1/payments", """
                    {"invoice_id":"%s","provider":"CASH","amount":"80.00"}""".formatted(invoice.id()), "pay-1").status())
                    .isEqualTo(201);
            assertThat(api.get("/v1/invoices/" + invoice.id()).data().get("status")).isEqualTo("PAID");
            assertThat(api.get("/v1/work-items").status()).isEqualTo(200);

            // the pre-check answers from its deterministic rules and says the model pass was unavailable
            api.send("PUT", "/v1/settings/sop-rules", """
                    {"if_match_version":0,"rules":[
                      {"code":"vat_11","type":"VAT_RATE","value":"11","enabled":true},
                      {"code":"po_number","type":"FREE_TEXT","text":"Invoices must quote the PO number","enabled":true}]}""",
                    null);
            Api.Reply check = api.post("/v1/invoices/" + invoice.id() + "/precheck", "{}");
            assertThat(check.status()).isEqualTo(200);
            assertThat(check.data()).containsEntry("model_pass", "UNAVAILABLE").containsEntry("valid", false);

            // the model comes back: after the open period AI works again without a restart
            gemini.restart();
            Api.Reply back = null;
            for (int i = 0; i < 100 && back == null; i++) {
                Thread.sleep(200);
                if (Boolean.TRUE.equals(api.get("/v1/ai/status").data().get("available"))) {
                    back = api.post("/v1/ai/drafts", "{\"text\":\"Invoice 2x AC service at 150000\"}", "p-back");
                }
            }
            assertThat(back).isNotNull();
            assertThat(back.status()).isEqualTo(202);
            AiTestSupport.awaitJob(api, (String) back.data().get("job_id"));
            assertThat(api.get("/v1/ai/drafts/" + back.data().get("draft_id")).data().get("extractor"))
                    .isEqualTo("gemini-2.5-flash");
        }
    }
}
