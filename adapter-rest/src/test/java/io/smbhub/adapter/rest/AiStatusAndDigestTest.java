package io.smbhub.adapter.rest;

import io.smbhub.domain.tenant.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AI availability for clients (also in {@code GET /v1/profile}), the business's AI usage, the operator's usage
 * endpoints and the CEO digest (issue 6; enterprise-business-os.md features 1, 5 and 15) — on the in-memory core,
 * which has no model configured: OFFLINE mode, Text-to-Task by the offline extractor, digests without insights.
 */
class AiStatusAndDigestTest {

    @TempDir
    static Path temp;

    static ApiClient api;
    static ApiClient.Session owner;
    static ApiClient.Session viewer;

    @BeforeAll
    static void start() {
        api = new ApiClient(temp);
        owner = api.signUp("owner@ai-status.test");
        viewer = api.member(owner, Role.VIEWER, "viewer@ai-status.test");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    @DisplayName("without a model the status is OFFLINE: Text-to-Task and the pre-check work, insights do not")
    void offlineStatus() {
        ApiClient.Response r = api.get("/v1/ai/status").token(viewer.token()).send();

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data()).containsEntry("mode", "OFFLINE").containsEntry("available", true).containsEntry("model", null);
        assertThat(r.data().get("features")).isEqualTo(Map.of("text_to_task", true, "precheck", true,
                "precheck_model_pass", false, "digest_insights", false));
        @SuppressWarnings("unchecked") Map<String, Object> quota = (Map<String, Object>) r.data().get("quota");
        assertThat(quota).containsEntry("tokens_used", 0).containsEntry("status", "OK")
                .containsKeys("plan", "soft_limit", "hard_limit");
    }

    @Test
    @DisplayName("GET /v1/profile carries the same status as ai, so a client can hide AI buttons")
    void theProfileCarriesTheAiStatus() {
        Map<String, Object> status = api.get("/v1/ai/status").token(owner.token()).send().data();

        ApiClient.Response profile = api.get("/v1/profile").token(owner.token()).send();

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.data()).containsEntry("ai", status).containsKey("effective_profile");
        ApiClient.Response changed = api.patch("/v1/profile").token(owner.token()).json("{\"profile_id\":\"general\"}").send();
        assertThat(changed.data()).containsEntry("ai", status);
    }

    @Test
    @DisplayName("the business's usage of a month is zero without model calls; a bad month is 400; a VIEWER gets 403")
    void tenantUsage() {
        ApiClient.Response usage = api.get("/v1/ai/usage?month=2026-01").token(owner.token()).send();

        assertThat(usage.status()).as(usage.toString()).isEqualTo(200);
        assertThat(usage.data()).containsEntry("month", "2026-01").containsEntry("calls", 0)
                .containsEntry("input_tokens", 0).containsEntry("output_tokens", 0).containsKeys("quota", "by_feature");
        assertThat(api.get("/v1/ai/usage").token(owner.token()).send().status()).isEqualTo(200);
        ApiClient.Response bad = api.get("/v1/ai/usage?month=January").token(owner.token()).send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("month");
        assertThat(api.get("/v1/ai/usage").token(viewer.token()).send().status()).isEqualTo(403);
    }

    @Test
    @DisplayName("a business owner is not a platform admin: the operator's usage and plan endpoints are 403")
    void platformEndpointsRefuseOwners() {
        ApiClient.Response usage = api.get("/v1/admin/ai-usage?month=2026-01").token(owner.token()).send();
        assertThat(usage.status()).as(usage.toString()).isEqualTo(403);
        assertThat(usage.errorCode()).isEqualTo("FORBIDDEN");

        ApiClient.Response plan = api.put("/v1/admin/tenants/" + owner.tenantId() + "/plan").token(owner.token())
                .json("{\"plan\":\"pro\"}").send();
        assertThat(plan.status()).as(plan.toString()).isEqualTo(403);
        assertThat(api.get("/v1/ai/status").token(owner.token()).send().data().get("quota"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).doesNotContainEntry("plan", "pro");
        assertThat(api.get("/v1/admin/ai-usage?month=soon").token(owner.token()).send().status()).isEqualTo(400);
    }

    @Test
    @DisplayName("the served OpenAPI document describes every AI route under the AI and Platform admin tags")
    void theOpenApiDocumentDescribesTheAiRoutes() {
        ApiClient.Response spec = api.get("/openapi.yml").send();

        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("/v1/messages/{id}/ai/parse:", "/v1/ai/drafts:", "/v1/ai/drafts/{id}:",
                "/v1/ops/ai-drafts:", "/v1/ops/ai-drafts/{id}:", "/v1/ops/ai-drafts/{id}/approve:",
                "/v1/ops/ai-drafts/{id}/reject:", "/v1/ops/ai-drafts/{id}/apply:", "/v1/invoices/{id}/precheck:",
                "/v1/quotes/{id}/precheck:", "/v1/settings/ai:", "/v1/settings/sop-rules:", "/v1/ai/status:",
                "/v1/ai/usage:", "/v1/home/digest:", "/v1/admin/ai-usage:", "/v1/admin/tenants/{id}/plan:");
        assertThat(spec.body()).contains("operationId: applyAiDraft", "operationId: createAiDraft",
                "multipart/form-data", "AiUploadForm", "AiParseRequest", "already_applied", "auto_apply_threshold",
                "applies_to", "model_pass", "- AI", "- Platform admin");
        assertThat(spec.body()).doesNotContain("alreadyApplied", "autoApplyThreshold");
    }

    @Test
    @DisplayName("the digest is 404 until the 05:00 job made one; then the latest and that day's digest are shown")
    void theDigest() {
        ApiClient.Session fresh = api.signUp("owner@ai-digest.test");
        ApiClient.Response none = api.get("/v1/home/digest").token(fresh.token()).send();
        assertThat(none.status()).as(none.toString()).isEqualTo(404);
        assertThat(none.errorCode()).isEqualTo("NOT_FOUND");

        api.core().services().digests().scheduleDue(api.core().clock().now());
        api.core().services().jobs().runDueJobs(100);

        ApiClient.Response latest = api.get("/v1/home/digest").token(fresh.token()).send();
        assertThat(latest.status()).as(latest.toString()).isEqualTo(200);
        assertThat(latest.data()).containsEntry("day", "2026-01-04").containsEntry("insights", List.of())
                .containsEntry("insights_status", "NO_MODEL").containsKeys("figures", "created_at", "emailed_at");
        assertThat(api.get("/v1/home/digest?date=2026-01-04").token(fresh.token()).send().data()).isEqualTo(latest.data());
        assertThat(api.get("/v1/home/digest?date=2026-01-03").token(fresh.token()).send().status()).isEqualTo(404);
        ApiClient.Response bad = api.get("/v1/home/digest?date=04/01/2026").token(fresh.token()).send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("date");
    }
}
