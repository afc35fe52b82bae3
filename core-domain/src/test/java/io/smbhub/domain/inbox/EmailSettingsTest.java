package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Email settings and custom SMTP are validated (issue 5; feature 17 white-label)")
class EmailSettingsTest {

    private static final EmailAddress FROM = new EmailAddress("billing@acme.test", null);
    private static final EmailSettings.SmtpSecurity TLS = EmailSettings.SmtpSecurity.TLS;

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("from name of 101", (Executable) () -> new EmailSettings("n".repeat(101), null, null, null, null), List.of("from_name")),
                Arguments.of("from name with a line break", (Executable) () -> new EmailSettings("Acme\nBcc: x@evil.test", null, null, null, null), List.of("from_name")),
                Arguments.of("from name with CR LF", (Executable) () -> new EmailSettings("Acme\r\nBcc: x@evil.test", null, null, null, null), List.of("from_name")),
                Arguments.of("from name with angle brackets", (Executable) () -> new EmailSettings("Acme <boss@acme.test>", null, null, null, null), List.of("from_name")),
                Arguments.of("from name with a quote", (Executable) () -> new EmailSettings("Acme \"Ltd\"", null, null, null, null), List.of("from_name")),
                Arguments.of("brand colour without #", (Executable) () -> new EmailSettings(null, null, "1A2B3C", null, null), List.of("brand_color")),
                Arguments.of("brand colour of 3 digits", (Executable) () -> new EmailSettings(null, null, "#abc", null, null), List.of("brand_color")),
                Arguments.of("signature of 2001", (Executable) () -> new EmailSettings(null, null, null, "s".repeat(2001), null), List.of("signature")),
                Arguments.of("SMTP without host", (Executable) () -> new EmailSettings.CustomSmtp(" ", 465, TLS, null, null, FROM), List.of("smtp.host")),
                Arguments.of("SMTP host with a space", (Executable) () -> new EmailSettings.CustomSmtp("smtp acme.test", 465, TLS, null, null, FROM), List.of("smtp.host")),
                Arguments.of("SMTP port 0", (Executable) () -> new EmailSettings.CustomSmtp("smtp.acme.test", 0, TLS, null, null, FROM), List.of("smtp.port")),
                Arguments.of("SMTP port 65536", (Executable) () -> new EmailSettings.CustomSmtp("smtp.acme.test", 65536, TLS, null, null, FROM), List.of("smtp.port")),
                Arguments.of("SMTP without security", (Executable) () -> new EmailSettings.CustomSmtp("smtp.acme.test", 25, null, null, null, FROM), List.of("smtp.security")),
                Arguments.of("SMTP user without password", (Executable) () -> new EmailSettings.CustomSmtp("smtp.acme.test", 587, TLS, "bob", null, FROM), List.of("smtp.password")),
                Arguments.of("SMTP password without user", (Executable) () -> new EmailSettings.CustomSmtp("smtp.acme.test", 587, TLS, null, "pw", FROM), List.of("smtp.username")),
                Arguments.of("SMTP without from address", (Executable) () -> new EmailSettings.CustomSmtp("smtp.acme.test", 587, TLS, null, null, null), List.of("smtp.from_address")),
                Arguments.of("SMTP all wrong", (Executable) () -> new EmailSettings.CustomSmtp(null, -1, null, null, null, null),
                        List.of("smtp.host", "smtp.port", "smtp.security", "smtp.from_address")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidSettingsAreRefusedOnTheirFields(String name, Executable create, List<String> fields) {
        assertThatThrownBy(create::execute).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(e.details()).extracting(FieldError::field).containsExactlyInAnyOrderElementsOf(fields);
        });
    }

    @Test
    void validSettingsAreCleaned() {
        EmailSettings s = new EmailSettings("  Acme Billing ", new EmailAddress("Replies@Acme.test", "Desk"), " #1a2B3c ",
                "  Acme Ltd\nRegistered in Jakarta  ", new EmailSettings.CustomSmtp(" smtp.acme.test ", 587,
                EmailSettings.SmtpSecurity.STARTTLS, " bob ", "secret", FROM));

        assertThat(s.fromName()).isEqualTo("Acme Billing");
        assertThat(s.replyTo().address()).isEqualTo("replies@acme.test");
        assertThat(s.brandColor()).isEqualTo("#1a2B3c");
        assertThat(s.signature()).isEqualTo("Acme Ltd\nRegistered in Jakarta");
        assertThat(s.smtp().host()).isEqualTo("smtp.acme.test");
        assertThat(s.smtp().username()).isEqualTo("bob");
    }

    @Test
    void theDefaultsSetNothing() {
        assertThat(EmailSettings.defaults()).isEqualTo(new EmailSettings(null, null, null, " ", null));
    }

    @Test
    void theSmtpPasswordIsNeverPrinted() {
        EmailSettings s = new EmailSettings(null, null, null, null,
                new EmailSettings.CustomSmtp("smtp.acme.test", 465, TLS, "bob", "hunter2-secret", FROM));

        assertThat(s.smtp().toString()).contains("smtp.acme.test", "bob").doesNotContain("hunter2-secret");
        assertThat(s.toString()).doesNotContain("hunter2-secret");
    }
}
