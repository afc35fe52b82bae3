package io.smbhub.adapter.llm;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonAnswersTest {

    @ParameterizedTest(name = "{0} reads as BigDecimal {1}")
    @CsvSource({
            "12.50, 12.50",
            "0.1, 0.1",
            "3, 3",
            "-7.125, -7.125",
            "1e3, 1E+3",
            "12345678901234567890.123456789, 12345678901234567890.123456789"
    })
    @DisplayName("numbers keep exactly the digits the model wrote")
    void numbersAreExactDecimals(String written, String expected) {
        Map<String, Object> json = JsonAnswers.parseObject("{\"amount\": " + written + "}");

        assertThat(json.get("amount")).isInstanceOf(BigDecimal.class).isEqualTo(new BigDecimal(expected));
    }

    @Test
    @DisplayName("objects, arrays, strings, booleans and null become Map, List, String, Boolean and null in order")
    void nestedValues() {
        Map<String, Object> json = JsonAnswers.parseObject("""
                {"title": "Fix roof", "lines": [{"qty": 2, "unit_price": 12.50}], "urgent": true, "note": null,
                 "tags": ["a", "b"]}""");

        assertThat(json.keySet()).containsExactly("title", "lines", "urgent", "note", "tags");
        assertThat(json).containsEntry("title", "Fix roof").containsEntry("urgent", true).containsEntry("note", null);
        assertThat(json.get("tags")).isEqualTo(List.of("a", "b"));
        @SuppressWarnings("unchecked")
        Map<String, Object> line = ((List<Map<String, Object>>) json.get("lines")).get(0);
        assertThat(line).containsEntry("qty", new BigDecimal("2")).containsEntry("unit_price", new BigDecimal("12.50"));
    }

    @Test
    @DisplayName("a Markdown code fence around the JSON is tolerated")
    void fencedJson() {
        assertThat(JsonAnswers.parseObject("```json\n{\"a\": \"b\"}\n```")).containsEntry("a", "b");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Sure! Here is the task.", "[1, 2]", "\"text\"", "42", "{\"a\": 1} and more", "{\"a\": ", ""})
    @DisplayName("anything but exactly one JSON object is a PROVIDER_ERROR")
    void notAnObject(String answer) {
        assertThatThrownBy(() -> JsonAnswers.parseObject(answer))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
                    assertThat(e.getMessage()).contains("where a JSON object was required");
                });
    }
}
