package io.smbhub.adapter.llm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.smbhub.domain.shared.DomainException;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a structured model answer into plain Java values: objects → {@code Map<String, Object>} (key order kept),
 * arrays → {@code List<Object>}, strings → String, every number → {@link BigDecimal} exactly as written (12.50 keeps
 * its scale; never a binary floating-point number), booleans → Boolean, null → null. A Markdown code fence around
 * the JSON is tolerated.
 */
final class JsonAnswers {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonAnswers() {
    }

    /**
     * The JSON object in {@code text}.
     *
     * @throws DomainException PROVIDER_ERROR when {@code text} is not exactly one JSON object
     */
    static Map<String, Object> parseObject(String text) {
        String json = stripFence(text.strip());
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw notAnObject(first == null ? "an empty answer" : "a JSON " + describe(first));
            }
            Map<String, Object> object = readObject(parser);
            if (parser.nextToken() != null) {
                throw notAnObject("a JSON object followed by more text");
            }
            return object;
        } catch (JsonProcessingException e) {
            throw notAnObject("text that is not valid JSON");
        } catch (IOException e) {
            throw notAnObject("an unreadable answer");
        }
    }

    private static Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, readValue(parser));
        }
        return Collections.unmodifiableMap(object);
    }

    private static List<Object> readArray(JsonParser parser) throws IOException {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(parser));
        }
        return Collections.unmodifiableList(array);
    }

    private static Object readValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new BigDecimal(parser.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(parser, "unexpected " + token);
        };
    }

    private static String stripFence(String text) {
        if (!text.startsWith("```")) {
            return text;
        }
        int firstLineEnd = text.indexOf('\n');
        int closing = text.lastIndexOf("```");
        if (firstLineEnd < 0 || closing <= firstLineEnd) {
            return text;
        }
        return text.substring(firstLineEnd + 1, closing).strip();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> "value";
        };
    }

    private static DomainException notAnObject(String what) {
        return LlmFailures.providerError("The AI model answered " + what + " where a JSON object was required; "
                + "try again, or fill in the fields by hand");
    }
}
