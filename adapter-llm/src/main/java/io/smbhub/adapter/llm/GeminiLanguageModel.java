package io.smbhub.adapter.llm;

import com.google.genai.Client;
import com.google.genai.types.Candidate;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GenerateContentResponseUsageMetadata;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.Part;
import io.smbhub.application.port.out.JsonSchema;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.domain.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@link LanguageModel} on Google's Gemini API through the Google Gen AI Java SDK (issue 6 "Ports and adapters"):
 * one {@code models.generateContent} call per request, the system instruction in
 * {@code GenerateContentConfig.systemInstruction}; structured calls add {@code responseMimeType application/json}
 * and a {@code responseSchema} converted from our {@link JsonSchema}.
 *
 * <p>This class makes exactly one HTTP attempt per call: the SDK's own retries are switched off and its per-request
 * timeout is a backstop of {@code timeout + 1 s}. Timeouts, retries, circuit breaker and bulkhead are added by
 * {@link ResilientLanguageModel}; use {@link GeminiLanguageModels#create} for the decorated model.
 *
 * <p>Token usage: {@code usageMetadata.promptTokenCount} → input; {@code candidatesTokenCount} plus
 * {@code thoughtsTokenCount} (thinking models) → output. {@code Completion.model} is the response's
 * {@code modelVersion}, else the configured model id.
 *
 * <p>Errors: {@code AI_UNAVAILABLE} for network failures, timeouts, HTTP 408/429/5xx (cause kept, so the decorator
 * can tell them apart), a rejected API key (401, 403, "API key not valid") or an unknown model (404);
 * {@code PROVIDER_ERROR} for a blocked prompt, an empty candidate, other 4xx refusals, or a structured answer that
 * is not one JSON object. Prompt text is never logged.
 */
public final class GeminiLanguageModel implements LanguageModel, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GeminiLanguageModel.class);
    private static final String JSON_MIME_TYPE = "application/json";

    private final GeminiSettings settings;
    private final Client client;

    /**
     * A model for {@code settings}.
     *
     * @throws IllegalArgumentException when {@code settings} has no API key
     */
    public GeminiLanguageModel(GeminiSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (!settings.configured()) {
            throw new IllegalArgumentException("GeminiLanguageModel needs an API key (GEMINI_API_KEY)");
        }
        HttpOptions.Builder http = HttpOptions.builder()
                .timeout(Math.toIntExact(settings.timeout().toMillis() + 1000))
                .retryOptions(HttpRetryOptions.builder().attempts(1));
        if (settings.baseUrl() != null) {
            http.baseUrl(settings.baseUrl());
        }
        this.client = Client.builder().apiKey(settings.apiKey()).vertexAI(false).httpOptions(http.build()).build();
    }

    @Override
    public boolean configured() {
        return true;
    }

    /** Always true: this bare adapter keeps no failure state; {@link ResilientLanguageModel} adds the breaker. */
    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String modelName() {
        return settings.model();
    }

    @Override
    public Completion generate(Prompt prompt) {
        GenerateContentResponse response = call(prompt, config(prompt).build());
        return new Completion(answerText(response), null, answeringModel(response), usage(response));
    }

    @Override
    public Completion generateJson(Prompt prompt, JsonSchema schema) {
        Objects.requireNonNull(schema, "schema");
        GenerateContentConfig config = config(prompt)
                .responseMimeType(JSON_MIME_TYPE)
                .responseSchema(GeminiSchemas.toGemini(schema))
                .build();
        GenerateContentResponse response = call(prompt, config);
        String text = answerText(response);
        Map<String, Object> json = JsonAnswers.parseObject(text);
        return new Completion(text, json, answeringModel(response), usage(response));
    }

    /** Releases the SDK's HTTP client. */
    @Override
    public void close() {
        client.close();
    }

    private GenerateContentConfig.Builder config(Prompt prompt) {
        GenerateContentConfig.Builder config = GenerateContentConfig.builder();
        if (prompt.system() != null && !prompt.system().isBlank()) {
            config.systemInstruction(Content.fromParts(Part.fromText(prompt.system())));
        }
        return config;
    }

    private GenerateContentResponse call(Prompt prompt, GenerateContentConfig config) {
        try {
            return client.models.generateContent(settings.model(), prompt.user(), config);
        } catch (RuntimeException e) {
            DomainException failure = LlmFailures.fromSdk(e);
            LOG.debug("Gemini attempt for tenant {} feature {} failed: {} {}", prompt.context().tenant(),
                    prompt.context().feature(), failure.code(), failure.getMessage());
            throw failure;
        }
    }

    private static String answerText(GenerateContentResponse response) {
        List<Candidate> candidates = response.candidates().orElse(List.of());
        if (candidates.isEmpty()) {
            String reason = response.promptFeedback()
                    .flatMap(feedback -> feedback.blockReason())
                    .map(Object::toString)
                    .orElse("no reason given");
            throw LlmFailures.providerError("The AI model refused to answer (prompt blocked: " + reason
                    + "); rephrase the text, or fill in the fields by hand");
        }
        Candidate candidate = candidates.get(0);
        String text = candidate.content()
                .flatMap(Content::parts)
                .orElse(List.of())
                .stream()
                .filter(part -> !part.thought().orElse(false))
                .map(part -> part.text().orElse(""))
                .collect(Collectors.joining());
        if (text.isBlank()) {
            String reason = candidate.finishReason().map(Object::toString).orElse("none");
            throw LlmFailures.providerError("The AI model returned an empty answer (finish reason " + reason
                    + "); rephrase the text, or fill in the fields by hand");
        }
        return text;
    }

    private String answeringModel(GenerateContentResponse response) {
        return response.modelVersion().filter(version -> !version.isBlank()).orElse(settings.model());
    }

    private static TokenUsage usage(GenerateContentResponse response) {
        return response.usageMetadata()
                .map(GeminiLanguageModel::usage)
                .orElse(TokenUsage.NONE);
    }

    private static TokenUsage usage(GenerateContentResponseUsageMetadata metadata) {
        long input = metadata.promptTokenCount().orElse(0);
        long output = (long) metadata.candidatesTokenCount().orElse(0) + metadata.thoughtsTokenCount().orElse(0);
        return new TokenUsage(input, output);
    }
}
