package io.smbhub.bootstrap;

import io.micronaut.runtime.server.EmbeddedServer;
import io.smbhub.adapter.llm.GeminiStandIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Helpers for the AI tests of the running application (issue 6): configuration pointing the Gemini adapter at a
 * {@link GeminiStandIn}, the stand-in's scripted answers in Gemini's JSON, and waits for jobs, digests and mail.
 */
final class AiTestSupport {

    private AiTestSupport() {
    }

    /** App configuration using {@code gemini} as the model, with short resilience settings, plus {@code extra}. */
    static Map<String, Object> gemini(GeminiStandIn gemini, Map<String, Object> extra) {
        Map<String, Object> p = new HashMap<>();
        p.put("smbhub.ai.gemini.api-key", gemini.apiKey());
        p.put("smbhub.ai.gemini.base-url", gemini.baseUrl());
        p.put("smbhub.ai.gemini.model", "gemini-2.5-flash");
        p.put("smbhub.ai.gemini.timeout", "3s");
        p.put("smbhub.ai.gemini.max-attempts", "2");
        p.put("smbhub.ai.gemini.retry-wait", "50ms");
        p.put("smbhub.ai.gemini.breaker-window", "4");
        p.put("smbhub.ai.gemini.breaker-open-duration", "2s");
        p.putAll(extra);
        return p;
    }

    /**
     * The stand-in's answer to a request of the core: a Text-to-Task extraction, pre-check violations or digest
     * insights, chosen by the prompt's system instruction, as the JSON text Gemini would return.
     */
    static String answer(GeminiStandIn.Request request) {
        String system = request.system() == null ? "" : request.system();
        if (system.contains("standard operating procedures")) {
            return """
                    {"violations":[{"rule":"po_number","field":"notes","message":"No PO number is quoted"}]}""";
        }
        if (system.contains("strategic insights")) {
            return """
                    {"insights":["Chase the open invoice before it ages","Revenue came from one customer","Review AC service pricing"]}""";
        }
        if (request.structured()) {
            String email = request.user().contains("[REDACTED_EMAIL_1]") ? "[REDACTED_EMAIL_1]" : null;
            return """
                    {"intent":"DRAFT_INVOICE","alternatives":["DRAFT_QUOTE"],"confidence":0.93,
                     "fields":{"contact_name":"Rina","contact_email":%s,"currency":"IDR",
                     "line_items":[{"description":"AC service","quantity":2,"unit_price":150000}]}}"""
                    .formatted(email == null ? "null" : "\"" + email + "\"");
        }
        return "ok";
    }

    /** Signs up a business owned by {@code email} and returns a client with its token. */
    static Api signUp(EmbeddedServer server, String email) {
        return TestApp.owner(server, email);
    }

    /** Waits (≤ 20 s) for the job to succeed. */
    static void awaitJob(Api api, String jobId) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Api.Reply job = api.get("/v1/jobs/" + jobId);
            if ("SUCCEEDED".equals(job.data().get("status"))) {
                return;
            }
            if ("FAILED".equals(job.data().get("status"))) {
                throw new AssertionError("job failed: " + job.body());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not finish");
    }

    /** Waits (≤ 20 s) for the latest digest to exist and be emailed. */
    static Api.Reply awaitDigest(Api api) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Api.Reply digest = api.get("/v1/home/digest");
            if (digest.status() == 200 && digest.data().get("emailed_at") != null) {
                return digest;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no digest was emailed");
    }

    /** Waits (≤ 20 s) for an .eml in {@code outbox} containing {@code text}; returns it. */
    static String awaitMail(Path outbox, String text) throws Exception {
        for (int i = 0; i < 200; i++) {
            if (Files.isDirectory(outbox)) {
                try (Stream<Path> files = Files.list(outbox)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                        String mail = Files.readString(p);
                        if (mail.contains(text)) {
                            return mail;
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email containing " + text);
    }

}
