package io.smbhub.adapter.rest;

import io.smbhub.application.CoreServices;
import io.smbhub.application.port.out.AiUsageRepository;
import io.smbhub.domain.ai.AiFeature;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Graceful degradation over HTTP (issue 6; enterprise-business-os.md feature 15): with a configured model that is
 * down, the AI endpoints answer 503 AI_UNAVAILABLE with Retry-After and the status tells clients to hide AI buttons,
 * while everything else works; past the monthly token budget they answer 429 QUOTA_EXCEEDED with Retry-After.
 */
class AiDegradationTest {

    @TempDir
    static Path downTemp;
    @TempDir
    static Path upTemp;

    static ApiClient down;
    static ApiClient up;

    @BeforeAll
    static void start() {
        down = new ApiClient(downTemp, Map.of("smbhub.test.language-model", "down"));
        up = new ApiClient(upTemp, Map.of("smbhub.test.language-model", "up"));
    }

    @AfterAll
    static void stop() {
        down.close();
        up.close();
    }

    @Test
    @DisplayName("a model that is down: status UNAVAILABLE in /v1/ai/status and /v1/profile, Text-to-Task 503 with Retry-After")
    void aModelThatIsDown() {
        ApiClient.Session owner = down.signUp("owner@ai-down.test");

        Map<String, Object> status = down.get("/v1/ai/status").token(owner.token()).send().data();
        assertThat(status).containsEntry("mode", "UNAVAILABLE").containsEntry("available", false)
                .containsEntry("model", StubLanguageModel.MODEL);
        assertThat(status.get("features")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("text_to_task", false).containsEntry("precheck", true);
        assertThat(down.get("/v1/profile").token(owner.token()).send().data()).containsEntry("ai", status);

        ApiClient.Response parse = down.post("/v1/ai/drafts").token(owner.token()).json("{\"text\":\"Quote 2 hours\"}").send();
        assertThat(parse.status()).as(parse.toString()).isEqualTo(503);
        assertThat(parse.errorCode()).isEqualTo("AI_UNAVAILABLE");
        assertThat(parse.header("Retry-After")).isEqualTo("30");
        assertThat(down.get("/v1/ops/ai-drafts").token(owner.token()).send().list()).isEmpty();
    }

    @Test
    @DisplayName("a model that is down leaves the rest unchanged: contacts, invoices and the pre-check still work")
    void everythingElseKeepsWorking() {
        ApiClient.Session owner = down.signUp("owner@ai-down-crud.test");

        ApiClient.Response contact = down.post("/v1/contacts").token(owner.token())
                .json("{\"display_name\":\"Still Works\"}").send();
        assertThat(contact.status()).isEqualTo(201);
        ApiClient.Response invoice = down.post("/v1/invoices").token(owner.token()).json("""
                {"contact_id":"%s","line_items":[{"name":"Work","qty":1,"rate":"50.00"}]}"""
                .formatted(contact.data().get("id"))).send();
        assertThat(invoice.status()).as(invoice.toString()).isEqualTo(201);
        ApiClient.Response precheck = down.post("/v1/invoices/" + invoice.data().get("id") + "/precheck")
                .token(owner.token()).send();
        assertThat(precheck.status()).as(precheck.toString()).isEqualTo(200);
        assertThat(precheck.data()).containsEntry("valid", true);
        assertThat(precheck.header("Retry-After")).isNull();
    }

    @Test
    @DisplayName("past the plan's hard token limit Text-to-Task is 429 QUOTA_EXCEEDED with Retry-After, and the status says so")
    void aUsedUpBudget() {
        ApiClient.Session owner = up.signUp("owner@ai-quota.test");
        assertThat(up.get("/v1/ai/status").token(owner.token()).send().data()).containsEntry("mode", "MODEL")
                .containsEntry("available", true);
        CoreServices.Ports ports = up.core().ports();
        TenantId tenant = new TenantId(UUID.fromString(owner.tenantId()));
        ports.tx().inTenant(tenant, () -> {
            ports.aiUsage().record(new AiUsageRepository.Usage(UUID.randomUUID(), tenant,
                    new UserId(UUID.fromString(owner.userId())), AiFeature.TEXT_TO_TASK, StubLanguageModel.MODEL,
                    900_000, 200_001, new BigDecimal("0.770000"), ports.clock().now()));
            return null;
        });

        ApiClient.Response parse = up.post("/v1/ai/drafts").token(owner.token()).json("{\"text\":\"Quote 2 hours\"}").send();

        assertThat(parse.status()).as(parse.toString()).isEqualTo(429);
        assertThat(parse.errorCode()).isEqualTo("QUOTA_EXCEEDED");
        assertThat(Long.parseLong(parse.header("Retry-After"))).isPositive();
        Map<String, Object> status = up.get("/v1/ai/status").token(owner.token()).send().data();
        assertThat(status).containsEntry("available", false);
        assertThat(status.get("quota")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("status", "EXCEEDED").containsEntry("tokens_used", 1_100_001);
        Map<String, Object> usage = up.get("/v1/ai/usage?month=2026-01").token(owner.token()).send().data();
        assertThat(usage).containsEntry("calls", 1).containsEntry("cost_usd", "0.770000");
    }
}
