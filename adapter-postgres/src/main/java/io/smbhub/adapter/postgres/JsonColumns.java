package io.smbhub.adapter.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smbhub.domain.inbox.EmailAddress;
import io.smbhub.domain.shared.LineItem;
import io.smbhub.domain.shared.Money;
import org.jooq.JSONB;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The jsonb columns' formats, with Jackson.
 *
 * <ul>
 *   <li>Line items: an array of {@code {"name", "qty", "rate", "tax_rate", "discount"}}; every number is
 *       an exact decimal string ({@code "2.50"}), never a JSON number, so scale survives and nothing passes
 *       through {@code double}. The currency is the document's and not repeated per line.</li>
 *   <li>Work item labels: a flat object of strings.</li>
 *   <li>Message recipients: an array of {@code {"address", "name"}} objects.</li>
 *   <li>Audit snapshots: JSON-compatible maps; read back with decimals as {@link BigDecimal} and integers
 *       as {@link Long}.</li>
 * </ul>
 */
final class JsonColumns {

    /** The one JSON mapper of the jsonb columns: decimals as BigDecimal, integers as long (also used by {@link AiJson}). */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);

    static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<TreeMap<String, String>> LABELS = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    static JSONB lineItems(List<LineItem> lines) {
        ArrayNode array = MAPPER.createArrayNode();
        for (LineItem line : lines) {
            ObjectNode node = array.addObject();
            node.put("name", line.name());
            node.put("qty", line.quantity().toPlainString());
            node.put("rate", line.unitPrice().toPlainString());
            node.put("tax_rate", line.taxRate().toPlainString());
            node.put("discount", line.discount().toPlainString());
        }
        return JSONB.valueOf(write(array));
    }

    static List<LineItem> lineItems(JSONB json, String currency) {
        JsonNode array = read(json);
        List<LineItem> lines = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            lines.add(new LineItem(node.path("name").asText(),
                    decimal(node, "qty"),
                    Money.of(decimal(node, "rate"), currency),
                    decimal(node, "tax_rate"),
                    Money.of(decimal(node, "discount"), currency)));
        }
        return lines;
    }

    static JSONB labels(Map<String, String> labels) {
        return JSONB.valueOf(write(labels));
    }

    static Map<String, String> labels(JSONB json) {
        try {
            return MAPPER.readValue(json.data(), LABELS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored labels are not a JSON object of strings: " + json.data(), e);
        }
    }

    /** Email addresses as an array of {@code {"address", "name"}} ({@code name} omitted when absent), in order. */
    static JSONB addresses(List<EmailAddress> addresses) {
        ArrayNode array = MAPPER.createArrayNode();
        for (EmailAddress a : addresses) {
            ObjectNode node = array.addObject();
            node.put("address", a.address());
            if (a.name() != null) {
                node.put("name", a.name());
            }
        }
        return JSONB.valueOf(write(array));
    }

    static List<EmailAddress> addresses(JSONB json) {
        JsonNode array = read(json);
        List<EmailAddress> addresses = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            JsonNode name = node.get("name");
            addresses.add(new EmailAddress(node.path("address").asText(), name == null || name.isNull() ? null : name.asText()));
        }
        return addresses;
    }

    /** A snapshot map as jsonb, or SQL null for {@code null}. */
    static JSONB map(Map<String, Object> map) {
        return map == null ? null : JSONB.valueOf(write(map));
    }

    static Map<String, Object> map(JSONB json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json.data(), MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not an object: " + json.data(), e);
        }
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException("stored line item has no " + field + ": " + node);
        }
        // Written as strings; a JSON number (hand-edited row) is read exactly as a BigDecimal too.
        return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText());
    }

    static JsonNode read(JSONB json) {
        try {
            return MAPPER.readTree(json.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be parsed: " + json.data(), e);
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + value, e);
        }
    }
}
