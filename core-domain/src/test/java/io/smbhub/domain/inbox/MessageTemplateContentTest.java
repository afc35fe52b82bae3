package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.TemplateId;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A message template's content is validated (spec 2.1 Template; issue 5)")
class MessageTemplateContentTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static MessageTemplate.Content content(TemplateType type, MessagePurpose purpose, String name, String subject,
                                                   String body, boolean isDefault, List<String> scopes) {
        return new MessageTemplate.Content(type, purpose, name, subject, body, isDefault, scopes);
    }

    static Stream<Arguments> invalid() {
        String longBody = "x".repeat(20_001);
        List<String> manyScopes = IntStream.range(0, 21).mapToObj(i -> "p" + i).toList();
        return Stream.of(
                Arguments.of("no type", (Executable) () -> content(null, null, "N", null, "Body", false, null), List.of("type")),
                Arguments.of("blank name", (Executable) () -> content(TemplateType.MESSAGE, null, "  ", null, "Body", false, null), List.of("name")),
                Arguments.of("name of 121", (Executable) () -> content(TemplateType.MESSAGE, null, "n".repeat(121), null, "Body", false, null), List.of("name")),
                Arguments.of("blank body", (Executable) () -> content(TemplateType.MESSAGE, null, "N", null, " \n ", false, null), List.of("content")),
                Arguments.of("body of 20001", (Executable) () -> content(TemplateType.MESSAGE, null, "N", null, longBody, false, null), List.of("content")),
                Arguments.of("subject of 301", (Executable) () -> content(TemplateType.MESSAGE, null, "N", "s".repeat(301), "Body", false, null), List.of("subject")),
                Arguments.of("email template without subject", (Executable) () -> content(TemplateType.INVOICE, MessagePurpose.INVOICE_SENT, "N", null, "Body", false, null), List.of("subject")),
                Arguments.of("default without purpose", (Executable) () -> content(TemplateType.MESSAGE, null, "N", null, "Body", true, null), List.of("is_default")),
                Arguments.of("21 profile scopes", (Executable) () -> content(TemplateType.MESSAGE, null, "N", null, "Body", false, manyScopes), List.of("profile_scopes")),
                Arguments.of("unknown variable in body", (Executable) () -> content(TemplateType.QUOTE, MessagePurpose.QUOTE_SENT, "N", "Quote {{quote_number}}", "{{invoice_number}}", false, null), List.of("content")),
                Arguments.of("reminder variable in a canned text", (Executable) () -> content(TemplateType.MESSAGE, null, "N", null, "{{days_overdue}}", false, null), List.of("content")),
                Arguments.of("everything at once", (Executable) () -> content(null, null, null, null, null, true, null), List.of("type", "name", "content", "is_default")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidContentIsRefusedWithEveryBrokenField(String name, Executable create, List<String> fields) {
        assertThatThrownBy(create::execute).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(e.details()).extracting(FieldError::field).containsExactlyInAnyOrderElementsOf(fields);
        });
    }

    @Test
    void valuesAreCleanedAndScopesDeduplicated() {
        MessageTemplate.Content c = content(TemplateType.INVOICE, MessagePurpose.AR_REMINDER_2, "  Second nudge ",
                " Invoice {{invoice_number}} is {{days_overdue}} days late ", "\n Hello {{contact_name}} \n",
                true, java.util.Arrays.asList("general", " general ", null, "cleaning"));

        assertThat(c.name()).isEqualTo("Second nudge");
        assertThat(c.subject()).isEqualTo("Invoice {{invoice_number}} is {{days_overdue}} days late");
        assertThat(c.body()).isEqualTo("Hello {{contact_name}}");
        assertThat(c.profileScopes()).containsExactly("general", "cleaning");
        assertThat(content(TemplateType.OTHER, null, "N", null, "B", false, null).profileScopes()).isEqualTo(Collections.emptyList());
    }

    @ParameterizedTest(name = "the built-in {0} template is valid for its own variables")
    @EnumSource(value = MessagePurpose.class, names = "REPLY", mode = EnumSource.Mode.EXCLUDE)
    void builtInTemplatesAreValidDefaults(MessagePurpose purpose) {
        MessageTemplate.Content builtIn = BuiltInTemplates.of(purpose, "general");

        assertThat(builtIn.isDefault()).isTrue();
        assertThat(builtIn.purpose()).isEqualTo(purpose);
        assertThat(TemplateVariables.of(purpose)).containsAll(TemplateText.variables(builtIn.subject() + builtIn.body()));
    }

    @Test
    void clearingTheDefaultRecordsAnUpdateOnlyWhenItWasTheDefault() {
        MessageTemplate t = MessageTemplate.create(new TemplateId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                BuiltInTemplates.of(MessagePurpose.INVOICE_SENT, "general"), NOW);
        assertThat(t.pullEvents()).extracting(MessageTemplate.TemplateChanged::action).containsExactly("template.created");

        t.clearDefault(NOW.plusSeconds(1));
        t.clearDefault(NOW.plusSeconds(2));

        assertThat(t.content().isDefault()).isFalse();
        assertThat(t.pullEvents()).extracting(MessageTemplate.TemplateChanged::action).containsExactly("template.updated");
    }

    @Test
    void aTemplateAppliesToItsProfileScopesOrToEveryProfileWhenUnscoped() {
        TenantId tenant = new TenantId(UUID.randomUUID());
        MessageTemplate scoped = MessageTemplate.create(new TemplateId(UUID.randomUUID()), tenant,
                content(TemplateType.MESSAGE, null, "N", null, "B", false, List.of("cleaning")), NOW);
        MessageTemplate everywhere = MessageTemplate.create(new TemplateId(UUID.randomUUID()), tenant,
                content(TemplateType.MESSAGE, null, "N", null, "B", false, List.of()), NOW);

        assertThat(scoped.appliesTo("cleaning")).isTrue();
        assertThat(scoped.appliesTo("general")).isFalse();
        assertThat(everywhere.appliesTo("general")).isTrue();
    }
}
