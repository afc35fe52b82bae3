package io.smbhub.application.service.ai;

import io.smbhub.application.port.out.JsonSchema;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.domain.ai.AiFeature;
import io.smbhub.domain.ai.AiSettings;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The redaction decorator on the language-model port (issue 6 "PII masking"), checked with the labelled PII corpus of
 * core-domain: no labelled value reaches the model, every answer comes back with the values restored.
 */
class RedactingLanguageModelTest {

    private static final TenantId REDACTING = new TenantId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    private static final TenantId OPTED_OUT = new TenantId(UUID.fromString("00000000-0000-7000-8000-000000000002"));
    private static final TenantId UNSET = new TenantId(UUID.fromString("00000000-0000-7000-8000-000000000003"));
    private static final JsonSchema SCHEMA = JsonSchema.string("reply");

    private final Map<TenantId, RedactionPolicy> policies = new HashMap<>(Map.of(
            REDACTING, RedactionPolicy.DEFAULT,
            OPTED_OUT, new RedactionPolicy(false, List.of())));
    private final EchoModel inner = new EchoModel();
    private final RedactingLanguageModel model = new RedactingLanguageModel(inner, policies::get);

    @Test
    @DisplayName("no PII value of the corpus reaches the model, and echoed answers come back exactly as written")
    void corpusValuesNeverReachTheModel() {
        List<Sample> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        for (Sample sample : corpus) {
            String system = sample.values().isEmpty() ? "Draft a polite reply."
                    : "Draft a polite reply. Contact on file: " + sample.values().get(0);
            LanguageModel.Prompt prompt = prompt(REDACTING, system, sample.text());

            LanguageModel.Completion plain = model.generate(prompt);
            LanguageModel.Completion json = model.generateJson(prompt, SCHEMA);

            for (LanguageModel.Prompt sent : inner.takePrompts()) {
                assertThat(sent.context()).isSameAs(prompt.context());
                for (String value : sample.values()) {
                    assertThat(sent.system()).as("system prompt of sample %s", sample.id()).doesNotContain(value);
                    assertThat(sent.user()).as("user prompt of sample %s", sample.id()).doesNotContain(value);
                }
                if (sample.values().isEmpty()) {
                    assertThat(sent.user()).as("sample %s has no PII", sample.id()).isEqualTo(sample.text());
                } else {
                    assertThat(sent.user()).as("sample %s", sample.id()).contains("[REDACTED_");
                }
            }
            assertThat(plain.text()).as("sample %s", sample.id()).isEqualTo("Echo: " + sample.text());
            assertThat(json.json()).as("sample %s", sample.id()).isEqualTo(EchoModel.echoJson(system, sample.text()));
        }
    }

    @Test
    @DisplayName("placeholders are shared by the system and user prompt and restored in nested JSON; others untouched")
    void restoresNestedJsonAndKeepsOtherValues() {
        LanguageModel.Completion done = model.generateJson(prompt(REDACTING,
                "Customer email: budi@tokobudi.id", "Tolong balas ke budi@tokobudi.id, HP 0812-3456-7890"), SCHEMA);

        LanguageModel.Prompt sent = inner.takePrompts().get(0);
        assertThat(sent.system()).isEqualTo("Customer email: [REDACTED_EMAIL_1]");
        assertThat(sent.user()).isEqualTo("Tolong balas ke [REDACTED_EMAIL_1], HP [REDACTED_PHONE_1]");
        assertThat(done.json()).isEqualTo(EchoModel.echoJson("Customer email: budi@tokobudi.id",
                "Tolong balas ke budi@tokobudi.id, HP 0812-3456-7890"));
        assertThat(done.model()).isEqualTo("echo-1");
        assertThat(done.usage()).isEqualTo(new LanguageModel.TokenUsage(12, 34));
    }

    @Test
    @DisplayName("a tenant that switched redaction off sends prompts unchanged and gets the answer as the model wrote it")
    void disabledPolicyPassesThrough() {
        LanguageModel.Prompt prompt = prompt(OPTED_OUT, "sys budi@tokobudi.id", "HP 0812-3456-7890 [REDACTED_PHONE_1]");

        LanguageModel.Completion done = model.generate(prompt);

        assertThat(inner.takePrompts()).containsExactly(prompt);
        assertThat(done.text()).isEqualTo("Echo: HP 0812-3456-7890 [REDACTED_PHONE_1]");
    }

    @Test
    @DisplayName("a tenant without a policy gets the default: redaction on")
    void missingPolicyMeansDefault() {
        model.generate(prompt(UNSET, null, "mail budi@tokobudi.id"));

        LanguageModel.Prompt sent = inner.takePrompts().get(0);
        assertThat(sent.system()).isNull();
        assertThat(sent.user()).isEqualTo("mail [REDACTED_EMAIL_1]");
    }

    @Test
    @DisplayName("the tenant's custom patterns are masked too")
    void customPatternsOfThePolicy() {
        policies.put(REDACTING, new RedactionPolicy(true,
                List.of(new AiSettings.CustomPattern("MEMBER_NO", "MBR-\\d{6}"))));

        LanguageModel.Completion done = model.generate(prompt(REDACTING, null, "Member MBR-004512 asks for a refund"));

        assertThat(inner.takePrompts().get(0).user()).isEqualTo("Member [REDACTED_MEMBER_NO_1] asks for a refund");
        assertThat(done.text()).isEqualTo("Echo: Member MBR-004512 asks for a refund");
    }

    @Test
    @DisplayName("configured, available and model name are the inner model's")
    void delegatesStatus() {
        assertThat(model.configured()).isTrue();
        assertThat(model.available()).isFalse();
        assertThat(model.modelName()).isEqualTo("echo-1");
    }

    private static LanguageModel.Prompt prompt(TenantId tenant, String system, String user) {
        return new LanguageModel.Prompt(new LanguageModel.CallContext(tenant, null, AiFeature.TEXT_TO_TASK), system,
                user);
    }

    /** A model that records what it is sent and echoes it back, as text and inside a nested JSON answer. */
    private static final class EchoModel implements LanguageModel {
        private final List<Prompt> prompts = new ArrayList<>();

        static Map<String, Object> echoJson(String system, String user) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("note", system);
            line.put("qty", new BigDecimal("3"));
            Map<String, Object> nested = new LinkedHashMap<>();
            nested.put("lines", List.of(line, user));
            nested.put("none", null);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("reply", "Echo: " + user);
            json.put("nested", nested);
            json.put("ok", Boolean.TRUE);
            return json;
        }

        List<Prompt> takePrompts() {
            List<Prompt> taken = List.copyOf(prompts);
            prompts.clear();
            return taken;
        }

        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public boolean available() {
            return false;
        }

        @Override
        public String modelName() {
            return "echo-1";
        }

        @Override
        public Completion generate(Prompt prompt) {
            prompts.add(prompt);
            return new Completion("Echo: " + prompt.user(), null, "echo-1", new TokenUsage(12, 34));
        }

        @Override
        public Completion generateJson(Prompt prompt, JsonSchema schema) {
            prompts.add(prompt);
            return new Completion("{}", echoJson(prompt.system(), prompt.user()), "echo-1", new TokenUsage(12, 34));
        }
    }

    /** One corpus line: its text and the labelled PII values. */
    private record Sample(String id, String text, List<String> values) {
    }

    /** The labelled corpus of core-domain ({@code pii-corpus.tsv}; format described in its header). */
    private static List<Sample> corpus() {
        Path file = Path.of("..", "core-domain", "src", "test", "resources", "io", "smbhub", "domain", "ai",
                "pii-corpus.tsv");
        if (!Files.exists(file)) {
            file = Path.of("core-domain", "src", "test", "resources", "io", "smbhub", "domain", "ai", "pii-corpus.tsv");
        }
        try {
            List<Sample> samples = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                List<String> values = cols[3].isEmpty() ? List.of() : Arrays.stream(cols[3].split(" \\|\\| "))
                        .map(item -> unescape(item.substring(item.indexOf('=') + 1)))
                        .toList();
                samples.add(new Sample(cols[0], unescape(cols[2]), values));
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                out.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
