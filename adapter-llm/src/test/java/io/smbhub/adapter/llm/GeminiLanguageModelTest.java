package io.smbhub.adapter.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smbhub.application.port.out.JsonSchema;
import io.smbhub.application.port.out.LanguageModel.Completion;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.smbhub.adapter.llm.Prompts.prompt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bare Gemini adapter: the real SDK over HTTP against {@link GeminiStandIn}. */
class GeminiLanguageModelTest {

    private static GeminiStandIn standIn;
    private static GeminiLanguageModel model;

    @BeforeAll
    static void start() {
        standIn = GeminiStandIn.start();
        model = new GeminiLanguageModel(standIn.settings());
    }

    @AfterAll
    static void stop() {
        model.close();
        standIn.stop();
    }

    @AfterEach
    void reset() {
        standIn.reset();
    }

    @Test
    @DisplayName("plain generation sends the system instruction and user text and answers the model's text")
    void plainGeneration() {
        standIn.respondWith(request -> "Hello, " + request.user());

        Completion completion = model.generate(prompt("Answer briefly.", "Acme Roofing"));

        assertThat(completion.text()).isEqualTo("Hello, Acme Roofing");
        assertThat(completion.json()).isNull();
        assertThat(completion.model()).isEqualTo("gemini-2.5-flash");
        GeminiStandIn.Request sent = standIn.lastRequest();
        assertThat(sent.model()).isEqualTo("gemini-2.5-flash");
        assertThat(sent.system()).isEqualTo("Answer briefly.");
        assertThat(sent.user()).isEqualTo("Acme Roofing");
        assertThat(sent.structured()).isFalse();
        assertThat(sent.responseMimeType()).isNull();
        assertThat(standIn.prompts()).containsExactly("Answer briefly.\n\nAcme Roofing");
    }

    @Test
    @DisplayName("every request carries the API key in x-goog-api-key")
    void apiKeyHeader() {
        model.generate(prompt("ping"));

        assertThat(standIn.lastRequest().apiKey()).isEqualTo(GeminiStandIn.DEFAULT_API_KEY);
    }

    @Test
    @DisplayName("usage: prompt tokens are input; candidate plus thinking tokens are output")
    void usageFromMetadata() {
        standIn.answer("A".repeat(40));
        standIn.thinkingTokens(7);

        Completion completion = model.generate(prompt("S".repeat(20), "U".repeat(100)));

        int promptTokens = GeminiStandIn.tokens("S".repeat(20) + "\n\n" + "U".repeat(100));
        assertThat(completion.usage().inputTokens()).isEqualTo(promptTokens).isEqualTo(31);
        assertThat(completion.usage().outputTokens()).isEqualTo(10 + 7);
        assertThat(completion.usage().total()).isEqualTo(48);
    }

    @Test
    @DisplayName("structured generation sends responseMimeType and our schema, and parses money as exact decimals")
    void jsonGeneration() throws Exception {
        Map<String, JsonSchema> lineProperties = new LinkedHashMap<>();
        lineProperties.put("description", JsonSchema.string("What was done"));
        lineProperties.put("unit_price", JsonSchema.number("Price per unit"));
        Map<String, JsonSchema> properties = new LinkedHashMap<>();
        properties.put("title", JsonSchema.string("Short title"));
        properties.put("currency", JsonSchema.enumOf("ISO 4217 code", List.of("EUR", "USD")));
        properties.put("urgent", JsonSchema.bool("Whether the customer is in a hurry"));
        properties.put("lines", JsonSchema.array("Line items", JsonSchema.object(null, lineProperties, List.of("description"))));
        JsonSchema schema = JsonSchema.object("A draft work item", properties, List.of("title", "lines"));
        standIn.answer("""
                {"title": "Fix roof", "currency": "EUR", "urgent": true,
                 "lines": [{"description": "Tiles", "unit_price": 12.50}]}""");

        Completion completion = model.generateJson(prompt("Extract the task.", "Fix my roof, 12.50 EUR per tile"), schema);

        assertThat(completion.json()).containsEntry("title", "Fix roof").containsEntry("urgent", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> line = ((List<Map<String, Object>>) completion.json().get("lines")).get(0);
        assertThat(line.get("unit_price")).isInstanceOf(BigDecimal.class).isEqualTo(new BigDecimal("12.50"));
        assertThat(completion.text()).contains("\"Fix roof\"");

        GeminiStandIn.Request sent = standIn.lastRequest();
        assertThat(sent.system()).isEqualTo("Extract the task.");
        assertThat(sent.responseMimeType()).isEqualTo("application/json");
        JsonNode wire = new ObjectMapper().readTree(sent.responseSchema());
        assertThat(wire.path("type").asText()).isEqualTo("OBJECT");
        assertThat(wire.path("description").asText()).isEqualTo("A draft work item");
        assertThat(wire.path("required")).extracting(JsonNode::asText).containsExactly("title", "lines");
        assertThat(wire.path("propertyOrdering")).extracting(JsonNode::asText)
                .containsExactly("title", "currency", "urgent", "lines");
        assertThat(wire.path("properties").path("title").path("type").asText()).isEqualTo("STRING");
        assertThat(wire.path("properties").path("title").path("nullable").asBoolean()).isTrue();
        assertThat(wire.path("properties").path("currency").path("enum")).extracting(JsonNode::asText)
                .containsExactly("EUR", "USD");
        assertThat(wire.path("properties").path("urgent").path("type").asText()).isEqualTo("BOOLEAN");
        JsonNode items = wire.path("properties").path("lines").path("items");
        assertThat(items.path("type").asText()).isEqualTo("OBJECT");
        assertThat(items.path("properties").path("unit_price").path("type").asText()).isEqualTo("NUMBER");
        assertThat(items.path("required")).extracting(JsonNode::asText).containsExactly("description");
    }

    @Test
    @DisplayName("a structured answer that is not a JSON object is a PROVIDER_ERROR")
    void nonJsonStructuredAnswer() {
        standIn.answer("Sure! The title is Fix roof.");

        assertThatThrownBy(() -> model.generateJson(prompt("Fix my roof"),
                JsonSchema.object(null, Map.of("title", JsonSchema.string(null)), List.of("title"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
    }

    @Test
    @DisplayName("a blocked prompt (no candidates) is a PROVIDER_ERROR naming the block reason")
    void blockedPrompt() {
        standIn.blockNext();

        assertThatThrownBy(() -> model.generate(prompt("something the model refuses")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
                    assertThat(e.getMessage()).contains("prompt blocked: SAFETY");
                });
    }

    @Test
    @DisplayName("the answering model is the response's modelVersion")
    void answeringModelVersion() {
        try (GeminiLanguageModel pro = new GeminiLanguageModel(
                GeminiSettings.of(standIn.apiKey(), "gemini-2.5-pro", standIn.baseUrl()))) {
            assertThat(pro.generate(prompt("hi")).model()).isEqualTo("gemini-2.5-pro");
            assertThat(pro.modelName()).isEqualTo("gemini-2.5-pro");
        }
    }

    @ParameterizedTest(name = "HTTP {0} → {1}")
    @CsvSource({
            "503, AI_UNAVAILABLE",
            "429, AI_UNAVAILABLE",
            "500, AI_UNAVAILABLE",
            "504, AI_UNAVAILABLE",
            "404, AI_UNAVAILABLE",
            "400, PROVIDER_ERROR"
    })
    @DisplayName("HTTP errors map to AI_UNAVAILABLE or PROVIDER_ERROR, with exactly one HTTP attempt (SDK retries off)")
    void httpErrors(int status, ErrorCode expected) {
        standIn.failNext(1, status);

        assertThatThrownBy(() -> model.generate(prompt("hello")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(expected);
                    assertThat(e.getMessage()).contains("HTTP " + status);
                });
        assertThat(standIn.requestCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("a wrong API key is AI_UNAVAILABLE telling the operator to check GEMINI_API_KEY")
    void wrongApiKey() {
        try (GeminiLanguageModel wrong = new GeminiLanguageModel(
                GeminiSettings.of("not-the-key", null, standIn.baseUrl()))) {
            assertThatThrownBy(() -> wrong.generate(prompt("hello")))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.AI_UNAVAILABLE);
                        assertThat(e.getMessage()).contains("GEMINI_API_KEY").doesNotContain("not-the-key");
                    });
        }
    }
}
