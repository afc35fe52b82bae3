package io.smbhub.application.service;

import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.audit.AuditQueries;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.settings.EmailSettingsUseCase.SmtpCommand;
import io.smbhub.application.port.in.settings.EmailSettingsUseCase.UpdateEmailSettingsCommand;
import io.smbhub.application.port.in.settings.EmailSettingsView;
import io.smbhub.application.memory.RecordingEmailSender;
import io.smbhub.application.port.out.SmtpServer;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.tenant.Role;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@DisplayName("Email settings: white-label sender and custom SMTP (issue 5; feature 17)")
class EmailSettingsServiceTest {

    private static final String PASSWORD = "s3cret-smtp-pass";
    private final CoreFixture f = new CoreFixture();
    private final ContactView john = f.contact("John Smith", "john@example.com");

    private static SmtpCommand smtp(String host, String password) {
        return new SmtpCommand(host, 465, "tls", "bob", password, "Billing@Acme.test");
    }

    private EmailSettingsView update(Long version, UpdateEmailSettingsCommand command) {
        return f.core.emailSettings().update(f.owner, version, command);
    }

    /** Sends a fresh invoice and returns what the sender recorded for it. */
    private RecordingEmailSender.Sent sendInvoice() {
        var draft = f.draftInvoice(john, "100");
        f.core.sendInvoice().send(f.owner, new SendDocumentCommand(draft.id(), null, null));
        f.deliver();
        List<RecordingEmailSender.Sent> sent = f.hub.email().sent();
        return sent.get(sent.size() - 1);
    }

    private static ErrorCode codeOf(ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return ((DomainException) thrown).code();
    }

    @Test
    void aBusinessThatSetNothingSendsAsItsNameThroughThePlatform() {
        EmailSettingsView view = f.core.emailSettings().get(f.owner);

        assertThat(view.version()).isZero();
        assertThat(view.effectiveFromName()).isEqualTo("Pipe & Co");
        assertThat(view.effectiveReplyTo()).isEqualTo(view.inboundAddress());
        assertThat(view.inboundAddress()).matches("inbox\\+[0-9a-z]{26}@inbound\\.smbhub\\.test");
        assertThat(view.smtp()).isNull();

        RecordingEmailSender.Sent sent = sendInvoice();

        assertThat(sent.server()).isNull();
        assertThat(sent.email().from().address()).isEqualTo("billing@smbhub.test");
        assertThat(sent.email().replyTo().address()).isEqualTo(view.inboundAddress());
    }

    @Test
    void aCustomSmtpServerIsUsedForDeliveryAndItsPasswordIsNeverShown() {
        EmailSettingsView view = update(0L, new UpdateEmailSettingsCommand(null, null, null, null, smtp("smtp.acme.test", PASSWORD)));

        assertThat(view.smtp()).isEqualTo(new EmailSettingsView.Smtp("smtp.acme.test", 465, "TLS", "bob", true,
                "billing@acme.test"));
        assertThat(view.toString()).doesNotContain(PASSWORD);
        assertThat(f.core.emailSettings().get(f.owner).toString()).doesNotContain(PASSWORD);
        assertThat(f.core.auditQueries().list(f.owner, new AuditQueries.ListQuery("email_settings", null, null, null, null,
                null, PageRequest.first())).items()).singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("email_settings.updated");
                    assertThat(String.valueOf(e.after())).contains("smtp.acme.test").doesNotContain(PASSWORD);
                });

        RecordingEmailSender.Sent sent = sendInvoice();

        assertThat(sent.server()).isEqualTo(new SmtpServer("smtp.acme.test", 465, SmtpServer.Security.TLS, "bob", PASSWORD,
                "billing@acme.test"));
        assertThat(sent.email().from().address()).isEqualTo("billing@acme.test");
    }

    @Test
    void leavingThePasswordOutKeepsTheStoredOneForTheSameServerAndUser() {
        EmailSettingsView first = update(null, new UpdateEmailSettingsCommand(null, null, null, null, smtp("smtp.acme.test", PASSWORD)));

        EmailSettingsView second = update(first.version(), new UpdateEmailSettingsCommand("Acme Billing", null, null, null,
                smtp("smtp.acme.test", null)));

        assertThat(second.smtp().passwordSet()).isTrue();
        assertThat(sendInvoice().server().password()).isEqualTo(PASSWORD);
        assertThat(fieldsOf(() -> update(second.version(), new UpdateEmailSettingsCommand(null, null, null, null,
                smtp("mail.other-host.test", null))))).containsExactly("smtp.password");
    }

    @Test
    void theFromNameReplyToAndSignatureAreAppliedToEmails() {
        update(null, new UpdateEmailSettingsCommand("Acme Billing", "Desk@Acme.test", "#0A7B83", "Acme Ltd · Jakarta", null));

        RecordingEmailSender.Sent sent = sendInvoice();

        assertThat(sent.email().from().name()).isEqualTo("Acme Billing");
        assertThat(sent.email().from().address()).isEqualTo("billing@smbhub.test");
        assertThat(sent.email().replyTo().address()).isEqualTo("desk@acme.test");
        assertThat(sent.email().text()).endsWith("\n\n-- \nAcme Ltd · Jakarta");
        EmailSettingsView view = f.core.emailSettings().get(f.owner);
        assertThat(view.effectiveFromName()).isEqualTo("Acme Billing");
        assertThat(view.effectiveReplyTo()).isEqualTo("desk@acme.test");
        assertThat(view.brandColor()).isEqualTo("#0A7B83");
    }

    @Test
    void clearingSmtpReturnsToThePlatformServer() {
        EmailSettingsView custom = update(null, new UpdateEmailSettingsCommand(null, null, null, null, smtp("smtp.acme.test", PASSWORD)));

        EmailSettingsView platform = update(custom.version(), new UpdateEmailSettingsCommand(null, null, null, null, null));

        assertThat(platform.smtp()).isNull();
        assertThat(sendInvoice().server()).isNull();
    }

    @Test
    void invalidSettingsAreRefusedOnTheirFieldsAndNothingChanges() {
        assertThat(fieldsOf(() -> update(null, new UpdateEmailSettingsCommand(null, "not an email", null, null, null))))
                .containsExactly("reply_to");
        assertThat(fieldsOf(() -> update(null, new UpdateEmailSettingsCommand(null, null, null, null,
                new SmtpCommand("smtp.acme.test", 25, "SSL", null, null, "a@acme.test"))))).containsExactly("smtp.security");
        assertThat(fieldsOf(() -> update(null, new UpdateEmailSettingsCommand(null, null, "red", null,
                new SmtpCommand("smtp.acme.test", null, "NONE", null, null, null)))))
                .containsExactlyInAnyOrder("smtp.port", "smtp.from_address");
        assertThat(f.core.emailSettings().get(f.owner).version()).isZero();
    }

    @Test
    void aStaleVersionIsAConflict() {
        EmailSettingsView first = update(null, new UpdateEmailSettingsCommand("One", null, null, null, null));
        update(first.version(), new UpdateEmailSettingsCommand("Two", null, null, null, null));

        assertThat(codeOf(() -> update(first.version(), new UpdateEmailSettingsCommand("Three", null, null, null, null))))
                .isEqualTo(ErrorCode.CONFLICT);
        assertThat(f.core.emailSettings().get(f.owner).fromName()).isEqualTo("Two");
    }

    @Test
    void onlySettingsManagersChangeThemAndInboxMembersMayReadThem() {
        var staff = f.member(Role.STAFF);

        assertThat(codeOf(() -> f.core.emailSettings().update(staff, null,
                new UpdateEmailSettingsCommand("Mine", null, null, null, null)))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(f.core.emailSettings().get(staff).inboundAddress()).isEqualTo(f.inboundAddress());
    }

    private static List<String> fieldsOf(ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
        return ((DomainException) thrown).details().stream().map(FieldError::field).toList();
    }
}
