package io.smbhub.adapter.rest.http;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A JSON object of a request body with typed, path-aware accessors. Every accessor returns {@code null}
 * for an absent field or an explicit {@code null}; a value of the wrong JSON type, a malformed UUID, date,
 * instant or number, or an unknown enum value is a 400 {@code VALIDATION_ERROR} naming the field
 * ({@code line_items[2].qty}). Unknown fields are ignored (a client-sent {@code tenant_id} has no effect).
 * {@link #nullable} tells "absent" (unchanged) from "null" (clear) for PATCH.
 */
public final class JsonObject {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DECIMAL_TEXT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** Beyond these a number is refused before any arithmetic (a huge exponent would otherwise cost memory). */
    private static final int MAX_INTEGER_DIGITS = 20;
    private static final int MAX_SCALE = 30;

    private final Map<String, Object> fields;
    private final String path;

    JsonObject(Map<String, Object> fields, String path) {
        this.fields = fields;
        this.path = path;
    }

    /**
     * This object as a plain JSON tree (maps, lists, strings, booleans, {@code BigDecimal} numbers, and
     * {@code null} for JSON null), without the {@code except} fields; for documents the core checks itself,
     * such as profile overrides.
     */
    public Map<String, Object> tree(Set<String> except) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (!except.contains(k)) {
                out.put(k, plain(v));
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object plain(Object v) {
        if (v == JsonInput.NULL) {
            return null;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> out.put(k, plain(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(plain(x)));
            return out;
        }
        return v;
    }

    /** True when the field is present, even as {@code null}. */
    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** True when the field is present as an explicit JSON {@code null}. */
    public boolean isNull(String name) {
        return fields.get(name) == JsonInput.NULL;
    }

    /** The request-level name of a field of this object, e.g. {@code line_items[0].qty}. */
    public String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /**
     * For PATCH: {@code null} when the field is absent (leave unchanged), {@code Optional.empty()} when it is
     * an explicit JSON null (clear), else the value read by {@code reader}.
     */
    @Nullable
    @SuppressWarnings("OptionalAssignedToNull")
    public <T> Optional<T> nullable(String name, Function<String, T> reader) {
        if (!has(name)) {
            return null;
        }
        return isNull(name) ? Optional.empty() : Optional.of(reader.apply(name));
    }

    /** A text field for PATCH: absent → null (unchanged), JSON null → "" (clear), else the text. */
    @Nullable
    public String clearableString(String name) {
        if (!has(name)) {
            return null;
        }
        return isNull(name) ? "" : string(name);
    }

    @Nullable
    public String string(String name) {
        Object v = value(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw wrongType(name, "a string");
    }

    @Nullable
    public Boolean bool(String name) {
        Object v = value(name);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        throw wrongType(name, "true or false");
    }

    @Nullable
    public UUID uuid(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        if (!UUID_TEXT.matcher(text).matches()) {
            throw ApiException.badRequest(field(name), field(name) + " must be a UUID, got \"" + abbreviate(text) + "\"");
        }
        return UUID.fromString(text);
    }

    @Nullable
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String text = string(name);
        return text == null ? null : parseEnum(field(name), text, type);
    }

    /** An exact decimal from a JSON number or a decimal string ({@code "120.50"}), never via {@code double}. */
    @Nullable
    public BigDecimal decimal(String name) {
        Object v = value(name);
        if (v == null) {
            return null;
        }
        BigDecimal d;
        if (v instanceof BigDecimal number) {
            d = number;
        } else if (v instanceof String text && DECIMAL_TEXT.matcher(text.strip()).matches()) {
            d = new BigDecimal(text.strip());
        } else {
            throw wrongType(name, "a number or a decimal string such as \"120.50\"");
        }
        if (d.scale() > MAX_SCALE || d.precision() - d.scale() > MAX_INTEGER_DIGITS) {
            throw ApiException.invalid(field(name), field(name) + " is out of range: at most " + MAX_INTEGER_DIGITS
                    + " integer digits and " + MAX_SCALE + " decimal places");
        }
        return d;
    }

    /** A whole number (JSON integer, or a decimal without fraction). */
    @Nullable
    public Long longValue(String name) {
        Object v = value(name);
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                // falls through to the type error
            }
        }
        throw wrongType(name, "a whole number");
    }

    /** An ISO date {@code yyyy-MM-dd}. */
    @Nullable
    public LocalDate date(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field(name), field(name) + " must be a date like 2026-01-31, got \"" + abbreviate(text) + "\"");
        }
    }

    /** An ISO-8601 instant with offset ({@code 2026-01-02T18:00:00Z}). */
    @Nullable
    public Instant instant(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field(name),
                    field(name) + " must be an ISO-8601 time with offset like 2026-01-02T18:00:00Z, got \"" + abbreviate(text) + "\"");
        }
    }

    /** A nested object; {@code null} when absent or null. */
    @Nullable
    public JsonObject object(String name) {
        Object v = value(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) map;
            return new JsonObject(m, field(name));
        }
        throw wrongType(name, "an object");
    }

    /** An array of objects ({@code null} elements become {@code null}); {@code null} when absent or null. */
    @Nullable
    public List<JsonObject> objects(String name) {
        List<Object> items = array(name);
        if (items == null) {
            return null;
        }
        List<JsonObject> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String itemPath = field(name) + "[" + i + "]";
            if (item == JsonInput.NULL) {
                out.add(null);
            } else if (item instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) map;
                out.add(new JsonObject(m, itemPath));
            } else {
                throw ApiException.badRequest(itemPath, itemPath + " must be an object");
            }
        }
        return out;
    }

    /** An array of strings; {@code null} when absent or null. */
    @Nullable
    public List<String> strings(String name) {
        List<Object> items = array(name);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String s)) {
                String itemPath = field(name) + "[" + i + "]";
                throw ApiException.badRequest(itemPath, itemPath + " must be a string");
            }
            out.add(s);
        }
        return out;
    }

    /**
     * An object whose values must be strings or {@code null} (work item labels): a non-string value is a
     * 422 on {@code <name>.<key>}; a {@code null} value is kept as {@code null}. {@code null} when absent or null.
     */
    @Nullable
    public Map<String, String> stringMap(String name) {
        JsonObject inner = object(name);
        if (inner == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        inner.fields.forEach((key, value) -> {
            if (value == JsonInput.NULL) {
                out.put(key, null);
            } else if (value instanceof String s) {
                out.put(key, s);
            } else {
                throw ApiException.invalid(inner.field(key), inner.field(key) + " must be a string");
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** Parses an enum value case-insensitively. Errors: 400 naming {@code field} and the allowed values. */
    public static <E extends Enum<E>> E parseEnum(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(field, field + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", got \"" + abbreviate(text) + "\"");
        }
    }

    @Nullable
    private List<Object> array(String name) {
        Object v = value(name);
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> list) {
            @SuppressWarnings("unchecked") List<Object> l = (List<Object>) list;
            return l;
        }
        throw wrongType(name, "an array");
    }

    @Nullable
    private Object value(String name) {
        Object v = fields.get(name);
        return v == JsonInput.NULL ? null : v;
    }

    private ApiException wrongType(String name, String expected) {
        return ApiException.badRequest(field(name), field(name) + " must be " + expected);
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
