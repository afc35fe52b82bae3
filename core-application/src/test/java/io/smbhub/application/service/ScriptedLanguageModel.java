package io.smbhub.application.service;

import io.smbhub.application.port.out.JsonSchema;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A test double of the {@link LanguageModel} port for core tests (the Gemini adapter is tested against a stand-in
 * speaking Gemini's HTTP protocol in adapter-llm and bootstrap): answers structured calls with the JSON object the test
 * scripts for the prompt, reports fixed token usage, records every prompt it received (after the core's redaction),
 * and can be switched down ({@link #down}: available false, calls fail with AI_UNAVAILABLE).
 */
final class ScriptedLanguageModel implements LanguageModel {

    private final List<Prompt> prompts = new CopyOnWriteArrayList<>();
    private volatile Function<Prompt, Map<String, Object>> json = p -> Map.of();
    private volatile boolean down;
    private volatile boolean failCalls;
    private volatile TokenUsage usage = new TokenUsage(1200, 300);

    ScriptedLanguageModel answering(Function<Prompt, Map<String, Object>> answer) {
        this.json = answer;
        return this;
    }

    /** Circuit open: not available, calls refused. */
    void down(boolean down) {
        this.down = down;
    }

    /** Available, but every call fails as a model outage would (timeouts). */
    void failCalls(boolean fail) {
        this.failCalls = fail;
    }

    void usage(long in, long out) {
        this.usage = new TokenUsage(in, out);
    }

    List<Prompt> prompts() {
        return new ArrayList<>(prompts);
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public boolean available() {
        return !down;
    }

    @Override
    public String modelName() {
        return "gemini-2.5-flash";
    }

    @Override
    public Completion generate(Prompt prompt) {
        check(prompt);
        return new Completion("ok", null, modelName(), usage);
    }

    @Override
    public Completion generateJson(Prompt prompt, JsonSchema schema) {
        check(prompt);
        Map<String, Object> answer = json.apply(prompt);
        return new Completion(answer.toString(), answer, modelName(), usage);
    }

    private void check(Prompt prompt) {
        if (down || failCalls) {
            throw new DomainException(ErrorCode.AI_UNAVAILABLE, "model down (test)");
        }
        prompts.add(prompt);
    }
}
