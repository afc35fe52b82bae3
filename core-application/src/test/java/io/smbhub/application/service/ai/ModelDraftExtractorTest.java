package io.smbhub.application.service.ai;

import io.smbhub.application.port.out.JsonSchema;
import io.smbhub.application.port.out.LanguageModel;
import io.smbhub.domain.ai.AiFeature;
import io.smbhub.domain.ai.AiIntent;
import io.smbhub.domain.ai.DraftFields;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The model extractor sends one schema-constrained call and keeps only the valid parts of the answer")
class ModelDraftExtractorTest {

    private static final LanguageModel.CallContext CTX = new LanguageModel.CallContext(new TenantId(new UUID(0, 9)),
            null, AiFeature.TEXT_TO_TASK);
    private static final ExtractionRequest REQUEST = new ExtractionRequest(CTX,
            "tagihan bu sari cuci ac 3 unit @75rb. tempo 14 hari", LocalDate.of(2026, 8, 14), ZoneId.of("Asia/Jakarta"),
            "IDR");

    /** A language model that answers a canned JSON object and records what it was asked. */
    private static final class CannedModel implements LanguageModel {
        final Map<String, Object> answer;
        final List<Prompt> prompts = new ArrayList<>();
        final List<JsonSchema> schemas = new ArrayList<>();

        CannedModel(Map<String, Object> answer) {
            this.answer = answer;
        }

        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public String modelName() {
            return "fake-model-1";
        }

        @Override
        public Completion generate(Prompt prompt) {
            throw new AssertionError("Text-to-Task must use structured generation");
        }

        @Override
        public Completion generateJson(Prompt prompt, JsonSchema schema) {
            prompts.add(prompt);
            schemas.add(schema);
            return new Completion("{...}", answer, "fake-model-1", new TokenUsage(120, 40));
        }
    }

    private static Map<String, Object> answer(String intent, Object confidence, Map<String, Object> fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intent", intent);
        m.put("alternatives", List.of("DRAFT_QUOTE", "NOT_AN_INTENT", intent));
        m.put("confidence", confidence);
        m.put("fields", fields);
        return m;
    }

    @Test
    @DisplayName("a clean answer maps to intent, confidence, alternatives and typed fields")
    void mapsACleanAnswer() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("contact_name", "Sari");
        fields.put("currency", "IDR");
        fields.put("line_items", List.of(Map.of("description", "Cuci AC", "quantity", new BigDecimal("3"),
                "unit_price", new BigDecimal("75000"))));
        fields.put("due_date", "2026-08-28");
        CannedModel model = new CannedModel(answer("DRAFT_INVOICE", new BigDecimal("0.91"), fields));

        Extraction x = new ModelDraftExtractor(model).extract(REQUEST);

        assertThat(x.intent()).isEqualTo(AiIntent.DRAFT_INVOICE);
        assertThat(x.extractor()).isEqualTo("fake-model-1");
        assertThat(x.confidence()).isEqualByComparingTo("0.91");
        assertThat(x.alternatives()).containsExactly(AiIntent.DRAFT_QUOTE);
        assertThat(x.fields().contactName()).isEqualTo("Sari");
        assertThat(x.fields().lineItems()).containsExactly(new DraftFields.DraftLine("Cuci AC", new BigDecimal("3"),
                new BigDecimal("75000")));
        assertThat(x.fields().dueDate()).isEqualTo(LocalDate.of(2026, 8, 28));
    }

    @Test
    @DisplayName("the call carries the schema, the text as the user part, and today's date and currency in the system part")
    void sendsSchemaAndInstruction() {
        CannedModel model = new CannedModel(answer("CREATE_WORK_ITEM", new BigDecimal("0.7"), Map.of()));

        new ModelDraftExtractor(model).extract(REQUEST);

        assertThat(model.prompts).singleElement().satisfies(p -> {
            assertThat(p.context()).isEqualTo(CTX);
            assertThat(p.user()).isEqualTo(REQUEST.text());
            assertThat(p.system()).contains("2026-08-14", "Friday", "Asia/Jakarta", "use IDR", "yyyy-MM-dd",
                    "only from the text", "DRAFT_AR_MESSAGE");
        });
        JsonSchema schema = model.schemas.get(0);
        assertThat(schema.required()).contains("intent", "confidence", "fields");
        assertThat(schema.properties().get("intent").enumValues()).containsExactly("CREATE_WORK_ITEM", "DRAFT_QUOTE",
                "DRAFT_INVOICE", "DRAFT_EXPENSE", "DRAFT_AR_MESSAGE");
        JsonSchema fields = schema.properties().get("fields");
        assertThat(fields.properties().keySet()).containsExactlyElementsOf(DraftFields.KEYS.stream()
                .filter(k -> !k.equals("contact_id")).toList());
        assertThat(fields.properties().get("line_items").items().properties().keySet())
                .containsExactly("description", "quantity", "unit_price");
    }

    @Test
    @DisplayName("invalid fields are dropped one by one instead of failing the draft; amounts written as text are read")
    void dropsBadFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", "Cuci AC");
        fields.put("currency", "rupiahs");
        fields.put("amount", "Rp 1.500.000");
        fields.put("due_date", "besok");
        fields.put("date", "2026-08-13");
        fields.put("priority", "whenever");
        fields.put("vendor", "N/A");
        fields.put("notes", "an unknown key");
        fields.put("contact_email", List.of("not", "text"));
        fields.put("line_items", List.of(
                Map.of("description", "Cuci AC", "quantity", new BigDecimal("0"), "unit_price", "75rb"),
                Map.of("description", "Refund", "quantity", BigDecimal.ONE, "unit_price", new BigDecimal("-5")),
                "not a line"));
        CannedModel model = new CannedModel(answer("DRAFT_INVOICE", "high", fields));

        Extraction x = new ModelDraftExtractor(model).extract(REQUEST);

        DraftFields f = x.fields();
        assertThat(f.title()).isEqualTo("Cuci AC");
        assertThat(f.amount()).isEqualByComparingTo("1500000");
        assertThat(f.date()).isEqualTo(LocalDate.of(2026, 8, 13));
        assertThat(f.currency()).isNull();
        assertThat(f.dueDate()).isNull();
        assertThat(f.priority()).isNull();
        assertThat(f.vendor()).isNull();
        assertThat(f.contactEmail()).isNull();
        assertThat(f.lineItems()).containsExactly(new DraftFields.DraftLine("Cuci AC", null, new BigDecimal("75000")));
        assertThat(x.confidence()).isEqualByComparingTo(ModelDraftExtractor.DEFAULT_CONFIDENCE);
    }

    @Test
    @DisplayName("currency symbols and a percentage confidence are normalised")
    void normalisesCurrencyAndConfidence() {
        CannedModel model = new CannedModel(answer("DRAFT_EXPENSE", new BigDecimal("85"),
                Map.of("currency", "Rp", "amount", new BigDecimal("87500"))));

        Extraction x = new ModelDraftExtractor(model).extract(REQUEST);

        assertThat(x.fields().currency()).isEqualTo("IDR");
        assertThat(x.confidence()).isEqualByComparingTo("0.85");
    }

    @Test
    @DisplayName("an unknown intent or a missing JSON object is a PROVIDER_ERROR")
    void unknownIntentIsAProviderError() {
        CannedModel model = new CannedModel(answer("SEND_INVOICE_NOW", new BigDecimal("0.99"), Map.of()));
        assertThatThrownBy(() -> new ModelDraftExtractor(model).extract(REQUEST))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
                    assertThat(e.getMessage()).contains("SEND_INVOICE_NOW");
                });

        CannedModel empty = new CannedModel(null);
        assertThatThrownBy(() -> new ModelDraftExtractor(empty).extract(REQUEST))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
    }

    @Test
    @DisplayName("model failures such as AI_UNAVAILABLE pass through unchanged")
    void modelErrorsPassThrough() {
        LanguageModel down = new io.smbhub.application.memory.UnconfiguredLanguageModel();
        assertThatThrownBy(() -> new ModelDraftExtractor(down).extract(REQUEST))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.AI_UNAVAILABLE));
    }
}
