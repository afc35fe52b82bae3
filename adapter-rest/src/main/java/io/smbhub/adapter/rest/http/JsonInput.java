package io.smbhub.adapter.rest.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a request body into a tree that keeps what the framework's data binding would lose: numbers as
 * exact {@link BigDecimal}s taken from their source text (never through {@code double}), and an explicit
 * JSON {@code null} ({@link #NULL}) apart from an absent field. Malformed JSON is a 400
 * {@code VALIDATION_ERROR} naming line and column.
 */
public final class JsonInput {

    /** Marks an explicit JSON {@code null}. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonInput() {
    }

    /** The body as a JSON object; an empty body counts as {@code {}}. Errors: 400 on malformed JSON or a non-object. */
    public static JsonObject object(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return new JsonObject(Map.of(), "");
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw ApiException.badRequest("The request body must be a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) read(parser, first);
            if (parser.nextToken() != null) {
                throw ApiException.badRequest("Malformed JSON: unexpected content after the object at " + where(parser.currentLocation()));
            }
            return new JsonObject(fields, "");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Malformed JSON: " + e.getOriginalMessage() + " at " + where(e.getLocation()));
        } catch (IOException e) {
            throw ApiException.badRequest("Malformed JSON: " + e.getMessage());
        }
    }

    private static Object read(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    map.put(name, read(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    list.add(read(parser, t));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new BigDecimal(parser.getText());
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return NULL;
            }
            default -> throw ApiException.badRequest("Malformed JSON: unexpected " + token + " at " + where(parser.currentLocation()));
        }
    }

    private static String where(@Nullable JsonLocation location) {
        return location == null ? "unknown position"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
