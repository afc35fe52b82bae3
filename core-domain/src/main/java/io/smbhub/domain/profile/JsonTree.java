package io.smbhub.domain.profile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON tree convention of the profile engine (spec smb-hub-prd.md 8.2.3) and a small strict reader for it.
 * <p>
 * A tree is made of objects as {@code Map<String, Object>} (insertion-ordered), arrays as {@code List<Object>},
 * strings as {@code String}, booleans as {@code Boolean}, integers as {@code Long}, other numbers as
 * {@code BigDecimal} and JSON {@code null} as {@code null}. The domain may not use a JSON library, so
 * {@link #parse(String)} exists only to read the profile documents shipped as resources; adapters build trees
 * with their own library and hand them in.
 */
public final class JsonTree {

    /** Deepest nesting {@link #parse(String)} accepts, so hostile text cannot overflow the stack. */
    static final int MAX_DEPTH = 256;

    private final String text;
    private int pos;

    private JsonTree(String text) {
        this.text = text;
    }

    /**
     * Reads one JSON value (RFC 8259, strict: no comments, no trailing commas, no leading zeros, no duplicate
     * object keys, no unescaped control characters) into an immutable tree as described on this class.
     * Integers that fit a {@code long} become {@code Long}; every other number becomes {@code BigDecimal}.
     *
     * @throws IllegalArgumentException when the text is not one well-formed JSON value; the message names
     *                                  the character position (0-based), line and column
     */
    public static Object parse(String json) {
        Objects.requireNonNull(json, "json");
        JsonTree reader = new JsonTree(json);
        reader.skipWhitespace();
        Object value = reader.readValue(0);
        reader.skipWhitespace();
        if (reader.pos < json.length()) {
            throw reader.error("unexpected text after the JSON value");
        }
        return value;
    }

    /**
     * An unmodifiable deep copy of {@code map} in the tree convention: maps keep their key order, integral
     * numbers ({@code Integer}, {@code Long}, {@code BigInteger}, integral {@code BigDecimal} within the
     * {@code long} range) become {@code Long}, other numbers {@code BigDecimal}; strings, booleans and
     * {@code null} stay as they are.
     *
     * @throws IllegalArgumentException when a key is not a {@code String} or a value is not a JSON value
     */
    public static Map<String, Object> deepCopyImmutable(Map<?, ?> map) {
        Objects.requireNonNull(map, "map");
        return copyMap(map, "");
    }

    /**
     * The value of a JSON number as a {@code long} when it is an integer that fits, else {@code null};
     * used by the schema to accept integers produced by any JSON library.
     */
    static Long integral(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (!(value instanceof Number)) {
            return null;
        }
        BigDecimal decimal;
        try {
            decimal = value instanceof BigDecimal d ? d
                    : value instanceof BigInteger i ? new BigDecimal(i)
                    : new BigDecimal(value.toString());
        } catch (NumberFormatException notFinite) {
            return null;
        }
        if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
            return null;
        }
        try {
            return decimal.longValueExact();
        } catch (ArithmeticException outOfRange) {
            return null;
        }
    }

    /** A short JSON type name for messages: object, array, string, boolean, integer, number or null. */
    static String typeName(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof List) {
            return "array";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Number) {
            return integral(value) != null ? "integer" : "number";
        }
        return value.getClass().getSimpleName();
    }

    private static Map<String, Object> copyMap(Map<?, ?> map, String path) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (!(key instanceof String name)) {
                throw new IllegalArgumentException("Object key " + key + " at '" + path + "' is not a string");
            }
            copy.put(name, copyValue(value, path.isEmpty() ? name : path + "." + name));
        });
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return copyMap(map, path);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(copyValue(list.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Number number) {
            Long whole = integral(number);
            if (whole != null) {
                return whole;
            }
            try {
                return number instanceof BigDecimal d ? d
                        : number instanceof BigInteger i ? new BigDecimal(i)
                        : new BigDecimal(number.toString());
            } catch (NumberFormatException notFinite) {
                throw new IllegalArgumentException("Number " + number + " at '" + path + "' is not a JSON number");
            }
        }
        throw new IllegalArgumentException("Value at '" + path + "' is a " + value.getClass().getName()
                + ", not a JSON value");
    }

    private Object readValue(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (pos >= text.length()) {
            throw error("unexpected end of text; expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return readObject(depth);
            case '[':
                return readArray(depth);
            case '"':
                return readString();
            case 't':
                expectWord("true");
                return Boolean.TRUE;
            case 'f':
                expectWord("false");
                return Boolean.FALSE;
            case 'n':
                expectWord("null");
                return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return readNumber();
                }
                throw error("unexpected character '" + printable(c) + "'; expected a value");
        }
    }

    private Map<String, Object> readObject(int depth) {
        pos++;
        Map<String, Object> object = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return Collections.unmodifiableMap(object);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a string key");
            }
            int keyStart = pos;
            String key = readString();
            if (object.containsKey(key)) {
                pos = keyStart;
                throw error("duplicate key '" + key + "'");
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            object.put(key, readValue(depth + 1));
            skipWhitespace();
            char next = peek();
            if (next == ',') {
                pos++;
            } else if (next == '}') {
                pos++;
                return Collections.unmodifiableMap(object);
            } else {
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> readArray(int depth) {
        pos++;
        List<Object> array = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return Collections.unmodifiableList(array);
        }
        while (true) {
            skipWhitespace();
            array.add(readValue(depth + 1));
            skipWhitespace();
            char next = peek();
            if (next == ',') {
                pos++;
            } else if (next == ']') {
                pos++;
                return Collections.unmodifiableList(array);
            } else {
                throw error("expected ',' or ']'");
            }
        }
    }

    private String readString() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c < 0x20) {
                throw error("unescaped control character U+" + String.format("%04X", (int) c) + " in string");
            }
            if (c != '\\') {
                out.append(c);
                pos++;
                continue;
            }
            pos++;
            if (pos >= text.length()) {
                throw error("unterminated escape sequence");
            }
            char escape = text.charAt(pos);
            switch (escape) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append(readHex4());
                    continue;
                }
                default -> throw error("invalid escape '\\" + printable(escape) + "'");
            }
            pos++;
        }
    }

    private char readHex4() {
        int start = pos + 1;
        if (start + 4 > text.length()) {
            throw error("incomplete \\u escape");
        }
        int value = 0;
        for (int i = start; i < start + 4; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                pos = i;
                throw error("invalid hex digit in \\u escape");
            }
            value = value * 16 + digit;
        }
        pos = start + 4;
        return (char) value;
    }

    private Object readNumber() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) {
                throw error("leading zeros are not allowed");
            }
        } else if (isDigit(peek())) {
            skipDigits();
        } else {
            throw error("expected a digit");
        }
        boolean integer = true;
        if (peek() == '.') {
            integer = false;
            pos++;
            if (!isDigit(peek())) {
                throw error("expected a digit after the decimal point");
            }
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            integer = false;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("expected a digit in the exponent");
            }
            skipDigits();
        }
        String literal = text.substring(start, pos);
        if (integer) {
            try {
                return Long.parseLong(literal);
            } catch (NumberFormatException beyondLong) {
                return new BigDecimal(literal);
            }
        }
        try {
            return new BigDecimal(literal);
        } catch (NumberFormatException | ArithmeticException exponentTooLarge) {
            pos = start;
            throw error("number " + literal + " is out of range");
        }
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void expectWord(String word) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected literal; expected '" + word + "'");
        }
        pos += word.length();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    /** The current character, or U+0000 at the end of the text (never valid there). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        String end = pos >= text.length() ? ", end of text" : "";
        return new IllegalArgumentException("Malformed JSON at position " + pos + " (line " + line + ", column "
                + column + end + "): " + what);
    }

    private static String printable(char c) {
        return c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }
}
