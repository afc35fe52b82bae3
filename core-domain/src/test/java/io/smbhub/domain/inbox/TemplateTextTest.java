package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.Validation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Template text: {{variables}}, checking and rendering (issue 5)")
class TemplateTextTest {

    private static final Set<String> ALLOWED = Set.of("contact_name", "invoice_number", "portal_url", "personal_message");

    private static Validation check(String text) {
        Validation v = new Validation();
        TemplateText.check(text, ALLOWED, "content", v);
        return v;
    }

    private static java.util.List<FieldError> errorsOf(Validation v) {
        try {
            v.throwIfAny("invalid");
            return java.util.List.of();
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            return e.details();
        }
    }

    @Test
    void variablesAreListedInOrderOfFirstUseOnce() {
        assertThat(TemplateText.variables("{{b}} and {{ a }} then {{b}} and {{c_1}}")).containsExactly("b", "a", "c_1");
        assertThat(TemplateText.variables(null)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Hello {{contact_name}}!|Hello John Smith!",
            "Hello {{ contact_name }}!|Hello John Smith!",
            "Invoice {{invoice_number}} for {{contact_name}}|Invoice INV-000007 for John Smith",
            "No variables here|No variables here",
            "Cost: {{price}} for {{contact_name}}|Cost: $5 \\ each for John Smith",
    })
    void rendersEachPlaceholderWithItsValue(String template, String expected) {
        Map<String, String> values = Map.of("contact_name", "John Smith", "invoice_number", "INV-000007",
                "price", "$5 \\ each");

        assertThat(TemplateText.render(template, values, Set.of())).isEqualTo(expected);
    }

    @Test
    void keptVariablesStayPlaceholdersForLater() {
        String out = TemplateText.render("Pay online: {{ portal_url }}\nHi {{contact_name}}",
                Map.of("contact_name", "Ann", "portal_url", "https://leak.example"), Set.of("portal_url"));

        assertThat(out).isEqualTo("Pay online: {{portal_url}}\nHi Ann");
    }

    @Test
    @DisplayName("a line whose placeholders all have no value is left out; blank runs collapse to one blank line")
    void emptyLinesAreDropped() {
        Map<String, String> values = new HashMap<>();
        values.put("contact_name", "Ann");
        values.put("personal_message", "  ");
        values.put("invoice_number", null);
        String template = """
                Hello {{contact_name}},

                {{personal_message}}

                Invoice: {{invoice_number}}
                Number {{invoice_number}} for {{contact_name}}


                Thanks
                """;

        String out = TemplateText.render(template, values, Set.of());

        assertThat(out).isEqualTo("Hello Ann,\n\nNumber  for Ann\n\nThanks");
    }

    @Test
    void aKnownTemplatePassesTheCheck() {
        assertThat(check("Hello {{contact_name}}, invoice {{ invoice_number }}: {{portal_url}}").hasErrors()).isFalse();
        assertThat(check(null).hasErrors()).isFalse();
    }

    @Test
    void anUnknownVariableIsReportedOnTheFieldWithTheAvailableOnes() {
        assertThat(errorsOf(check("Hello {{customer}} and {{contact_name}}"))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("content");
            assertThat(e.message()).contains("{{customer}}", "contact_name", "invoice_number");
        });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" has stray braces")
    @ValueSource(strings = {"Hello {{Invoice Number}}", "Hello {{contact_name}", "Hello contact_name}}", "{{}}",
            "Hi {{contact-name}}", "{{ {{contact_name}} }}"})
    void braceThatDoNotFormAPlaceholderAreReported(String text) {
        assertThat(errorsOf(check(text))).extracting(FieldError::field).contains("content");
        assertThat(errorsOf(check(text))).extracting(FieldError::message)
                .anySatisfy(m -> assertThat(m).contains("must enclose a variable name"));
    }

    @Test
    void aSingleBraceIsPlainText() {
        assertThat(check("Prices {in USD} are final").hasErrors()).isFalse();
        assertThat(TemplateText.render("Prices {in USD}", Map.of(), Set.of())).isEqualTo("Prices {in USD}");
    }

    @Test
    void messageTemplateContentUsesTheCheck() {
        assertThatThrownBy(() -> new MessageTemplate.Content(TemplateType.INVOICE, MessagePurpose.INVOICE_SENT, "Mine",
                "Invoice {{quote_number}}", "Body {{invoice_number}}", false, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.details())
                        .extracting(FieldError::field).containsExactly("subject"));
    }
}
