package io.smbhub.adapter.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smbhub.domain.ai.AiSettings.CustomPattern;
import io.smbhub.domain.ai.DigestFigures;
import io.smbhub.domain.ai.DraftFields;
import io.smbhub.domain.ai.SopRule;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.Money;
import org.jooq.JSONB;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jsonb formats of the AI tables (V7), with Jackson. Every decimal is written as an exact decimal string
 * ({@code "12.50"}), never a JSON number, as {@link JsonColumns} does for line items, so scale survives and nothing
 * passes through {@code double}; reading also accepts JSON numbers (as {@link BigDecimal}).
 *
 * <ul>
 *   <li>{@code ai_drafts.payload}: {@link DraftFields#toMap()} (snake_case keys, only non-null fields) with decimals as
 *       strings; read back with {@link DraftFields#fromMap} (prefix {@code payload.}).</li>
 *   <li>{@code ai_settings.custom_patterns}: an array of {@code {"name", "regex"}}.</li>
 *   <li>{@code sop_rules.rules}: an array of {@code {"code", "type", "value", "text", "applies_to", "enabled"}}; value
 *       a decimal string or null, applies_to an array of INVOICE/QUOTE in that order.</li>
 *   <li>{@code ai_digests.figures}: {@code {"revenue", "invoices_issued", "payments_received", "payment_count",
 *       "expenses_total", "top_expenses", "overdue_ar", "overdue_count", "open_work_items", "new_work_items",
 *       "pending_ai_drafts"}}; money as {@code {"amount": "12.50", "currency": "USD"}}, a top expense as
 *       {@code {"vendor", "category", "amount": money}}.</li>
 *   <li>{@code ai_digests.insights}: an array of strings.</li>
 * </ul>
 */
final class AiJson {

    private static final ObjectMapper MAPPER = JsonColumns.MAPPER;

    private AiJson() {
    }

    // ---------------------------------------------------------------- draft payload

    static JSONB payload(DraftFields fields) {
        return JSONB.valueOf(write(decimalsAsText(fields.toMap())));
    }

    static DraftFields payload(JSONB json) {
        try {
            return DraftFields.fromMap(MAPPER.readValue(json.data(), JsonColumns.MAP), "payload.");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored AI draft payload is not a JSON object: " + json.data(), e);
        }
    }

    /** {@code value} with every {@link BigDecimal} (also inside lists and maps) replaced by its plain text. */
    private static Object decimalsAsText(Object value) {
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, decimalsAsText(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(AiJson::decimalsAsText).toList();
        }
        return value;
    }

    // ---------------------------------------------------------------- settings and rules

    static JSONB customPatterns(List<CustomPattern> patterns) {
        ArrayNode array = MAPPER.createArrayNode();
        for (CustomPattern p : patterns) {
            array.addObject().put("name", p.name()).put("regex", p.regex());
        }
        return JSONB.valueOf(write(array));
    }

    static List<CustomPattern> customPatterns(JSONB json) {
        List<CustomPattern> patterns = new ArrayList<>();
        for (JsonNode node : read(json)) {
            patterns.add(new CustomPattern(node.path("name").asText(), node.path("regex").asText()));
        }
        return patterns;
    }

    static JSONB rules(List<SopRule> rules) {
        ArrayNode array = MAPPER.createArrayNode();
        for (SopRule rule : rules) {
            ObjectNode node = array.addObject();
            node.put("code", rule.code());
            node.put("type", rule.type().name());
            node.put("value", rule.value() == null ? null : rule.value().toPlainString());
            node.put("text", rule.text());
            ArrayNode kinds = node.putArray("applies_to");
            for (DocumentKind kind : DocumentKind.values()) {
                if (rule.appliesTo().contains(kind)) {
                    kinds.add(kind.name());
                }
            }
            node.put("enabled", rule.enabled());
        }
        return JSONB.valueOf(write(array));
    }

    static List<SopRule> rules(JSONB json) {
        List<SopRule> rules = new ArrayList<>();
        for (JsonNode node : read(json)) {
            EnumSet<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
            node.path("applies_to").forEach(k -> kinds.add(DocumentKind.valueOf(k.asText())));
            rules.add(new SopRule(node.path("code").asText(), SopRule.Type.valueOf(node.path("type").asText()),
                    decimalOrNull(node.get("value")), textOrNull(node.get("text")), kinds,
                    node.path("enabled").asBoolean()));
        }
        return rules;
    }

    // ---------------------------------------------------------------- digests

    static JSONB figures(DigestFigures f) {
        ObjectNode node = MAPPER.createObjectNode();
        moneyList(node.putArray("revenue"), f.revenue());
        node.put("invoices_issued", f.invoicesIssued());
        moneyList(node.putArray("payments_received"), f.paymentsReceived());
        node.put("payment_count", f.paymentCount());
        moneyList(node.putArray("expenses_total"), f.expensesTotal());
        ArrayNode top = node.putArray("top_expenses");
        for (DigestFigures.TopExpense e : f.topExpenses()) {
            ObjectNode t = top.addObject();
            t.put("vendor", e.vendor());
            t.put("category", e.category());
            money(t.putObject("amount"), e.amount());
        }
        moneyList(node.putArray("overdue_ar"), f.overdueAr());
        node.put("overdue_count", f.overdueCount());
        node.put("open_work_items", f.openWorkItems());
        node.put("new_work_items", f.newWorkItems());
        node.put("pending_ai_drafts", f.pendingAiDrafts());
        return JSONB.valueOf(write(node));
    }

    static DigestFigures figures(JSONB json) {
        JsonNode node = read(json);
        List<DigestFigures.TopExpense> top = new ArrayList<>();
        for (JsonNode t : node.path("top_expenses")) {
            top.add(new DigestFigures.TopExpense(textOrNull(t.get("vendor")), textOrNull(t.get("category")),
                    money(t.path("amount"))));
        }
        return new DigestFigures(moneyList(node.path("revenue")), node.path("invoices_issued").asInt(),
                moneyList(node.path("payments_received")), node.path("payment_count").asInt(),
                moneyList(node.path("expenses_total")), top, moneyList(node.path("overdue_ar")),
                node.path("overdue_count").asInt(), node.path("open_work_items").asInt(),
                node.path("new_work_items").asInt(), node.path("pending_ai_drafts").asInt());
    }

    static JSONB insights(List<String> insights) {
        return JSONB.valueOf(write(insights));
    }

    static List<String> insights(JSONB json) {
        List<String> insights = new ArrayList<>();
        read(json).forEach(n -> insights.add(n.asText()));
        return insights;
    }

    private static void moneyList(ArrayNode array, List<Money> amounts) {
        amounts.forEach(m -> money(array.addObject(), m));
    }

    private static void money(ObjectNode node, Money m) {
        node.put("amount", m.amount().toPlainString());
        node.put("currency", m.currency());
    }

    private static List<Money> moneyList(JsonNode array) {
        List<Money> amounts = new ArrayList<>();
        array.forEach(n -> amounts.add(money(n)));
        return amounts;
    }

    private static Money money(JsonNode node) {
        return Money.of(decimalOrNull(node.get("amount")), node.path("currency").asText());
    }

    // ---------------------------------------------------------------- plumbing

    private static BigDecimal decimalOrNull(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText());
    }

    private static String textOrNull(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }

    private static JsonNode read(JSONB json) {
        return JsonColumns.read(json);
    }

    private static String write(Object value) {
        return JsonColumns.write(value);
    }
}
