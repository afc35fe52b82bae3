package io.smbhub.domain.profile;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayName("JsonTree reads strict RFC 8259 JSON into the profile tree convention")
class JsonTreeTest {

    static Stream<Arguments> validValues() {
        return Stream.of(
                arguments("0", 0L),
                arguments("-12", -12L),
                arguments("9223372036854775807", Long.MAX_VALUE),
                arguments("9223372036854775808", new BigDecimal("9223372036854775808")),
                arguments("1.50", new BigDecimal("1.50")),
                arguments("-0.5e-3", new BigDecimal("-0.5e-3")),
                arguments("2E+2", new BigDecimal("2E+2")),
                arguments("true", true),
                arguments("false", false),
                arguments("\"plain\"", "plain"),
                arguments("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t\"", "q\" b\\ s/ \b\f\n\r\t"),
                arguments("\"caf\\u00e9 \\u20AC\"", "café €"),
                arguments("\"\\ud83d\\ude00\"", "\uD83D\uDE00"),
                arguments("\"grüße 😀\"", "grüße 😀"),
                arguments(" \t\r\n [ 1 , \"a\" , null ] \n", Arrays.asList(1L, "a", null)),
                arguments("[]", List.of()),
                arguments("{}", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validValues")
    void readsValidJson(String json, Object expected) {
        assertThat(JsonTree.parse(json)).isEqualTo(expected);
    }

    @Test
    void readsNullAsNull() {
        assertThat(JsonTree.parse(" null ")).isNull();
    }

    @Test
    void objectsKeepKeyOrderAndAreImmutable() {
        Object tree = JsonTree.parse("{\"z\": 1, \"a\": {\"m\": [true]}, \"k\": null}");

        assertThat(tree).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) tree;
        assertThat(map.keySet()).containsExactly("z", "a", "k");
        assertThat(map.containsKey("k")).isTrue();
        assertThatThrownBy(() -> map.put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
        List<?> nested = (List<?>) ((Map<?, ?>) map.get("a")).get("m");
        assertThatThrownBy(() -> ((List<Object>) nested).add(1L)).isInstanceOf(UnsupportedOperationException.class);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("", "position 0", "expected a value"),
                arguments("{\"a\":1,}", "position 7", "expected a string key"),
                arguments("[1,]", "position 3", "unexpected character ']'"),
                arguments("01", "position 1", "leading zeros"),
                arguments("-", "position 1", "expected a digit"),
                arguments("1.", "position 2", "after the decimal point"),
                arguments("1e", "position 2", "exponent"),
                arguments("+1", "position 0", "unexpected character '+'"),
                arguments("'a'", "position 0", "unexpected character '''"),
                arguments("\"abc", "position 4", "unterminated string"),
                arguments("\"a\tb\"", "position 2", "control character"),
                arguments("\"\\x\"", "position 2", "invalid escape"),
                arguments("\"\\u12G4\"", "position 5", "hex digit"),
                arguments("tru", "position 0", "expected 'true'"),
                arguments("{\"a\" 1}", "position 5", "expected ':'"),
                arguments("{\"a\":1 \"b\":2}", "position 7", "expected ',' or '}'"),
                arguments("{\"a\":1,\"a\":2}", "position 7", "duplicate key 'a'"),
                arguments("[1] [2]", "position 4", "after the JSON value"),
                arguments("// c\n1", "position 0", "unexpected character '/'"),
                arguments("[\n  1,\n  x]", "line 3, column 3", "unexpected character 'x'"),
                arguments("[".repeat(JsonTree.MAX_DEPTH + 2), "position", "nesting deeper"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("malformed")
    void rejectsMalformedJsonNamingThePosition(String json, String where, String what) {
        assertThatThrownBy(() -> JsonTree.parse(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Malformed JSON at position")
                .hasMessageContaining(where)
                .hasMessageContaining(what);
    }

    @Test
    void deepCopyNormalisesIntegralNumbersToLongAndKeepsOthersAsBigDecimal() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("int", 3);
        source.put("big", BigInteger.valueOf(7));
        source.put("integral_decimal", new BigDecimal("14.000"));
        source.put("fraction", new BigDecimal("1.25"));
        source.put("list", new ArrayList<>(List.of(1, (short) 2)));
        source.put("nothing", null);

        Map<String, Object> copy = JsonTree.deepCopyImmutable(source);

        assertThat(copy).containsEntry("int", 3L).containsEntry("big", 7L).containsEntry("integral_decimal", 14L)
                .containsEntry("fraction", new BigDecimal("1.25")).containsEntry("list", List.of(1L, 2L))
                .containsEntry("nothing", null);
        assertThat(copy.keySet()).containsExactly("int", "big", "integral_decimal", "fraction", "list", "nothing");
    }

    @Test
    void deepCopyIsDetachedFromTheSourceAndUnmodifiable() {
        Map<String, Object> inner = new HashMap<>(Map.of("a", "x"));
        Map<String, Object> source = new HashMap<>(Map.of("inner", inner));

        Map<String, Object> copy = JsonTree.deepCopyImmutable(source);
        inner.put("a", "changed");

        assertThat(((Map<?, ?>) copy.get("inner")).get("a")).isEqualTo("x");
        assertThatThrownBy(() -> ((Map<String, Object>) copy.get("inner")).put("b", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void deepCopyRejectsValuesThatAreNotJson() {
        assertThatThrownBy(() -> JsonTree.deepCopyImmutable(Map.of("when", new Object())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'when'");
        assertThatThrownBy(() -> JsonTree.deepCopyImmutable(Map.of("m", Map.of(1, "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a string");
    }
}
