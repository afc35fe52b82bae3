package io.smbhub.adapter.email;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.application.port.out.SmtpServer;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import static io.smbhub.adapter.email.EmailFixtures.CLOCK;
import static io.smbhub.adapter.email.EmailFixtures.PDF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpEmailSenderTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.SMTPS.dynamicPort()})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("billing@example.com", "billing", "s3cret"));

    private static final String MAIL_FROM = "SMB Hub <platform@smbhub.example>";

    private static SmtpServer plain(String username, String password, String fromAddress) {
        return new SmtpServer(MAIL.getSmtp().getBindTo(), MAIL.getSmtp().getPort(), SmtpServer.Security.NONE,
                username, password, fromAddress);
    }

    @Test
    @DisplayName("an invoice email arrives with its headers, HTML alternative and the PDF bytes intact")
    void sendsHeadersAlternativeAndAttachment() throws Exception {
        SmtpEmailSender sender = new SmtpEmailSender(plain(null, null, null), MAIL_FROM, CLOCK);

        String id = sender.send(EmailFixtures.invoiceEmail("0193abcd-0001@smbhub.example"), null);

        assertThat(id).isEqualTo("0193abcd-0001@smbhub.example");
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy for To, one for Cc
        MimeMessage mail = received[0];
        assertThat(mail.getHeader("Message-ID")).containsExactly("<0193abcd-0001@smbhub.example>");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("platform@smbhub.example");
        assertThat(from.getPersonal()).isEqualTo("Bäcker & Söhne");
        assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo("anna@baecker.example");
        assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress()).isEqualTo("john@example.com");
        assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getPersonal()).isEqualTo("John Smith");
        assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.CC)[0]).getAddress()).isEqualTo("bob@example.com");
        assertThat(mail.getSubject()).isEqualTo("Rechnung INV-000001 – Bäcker & Söhne");
        assertThat(mail.getSentDate().toInstant()).isEqualTo(CLOCK.instant());
        assertThat(mail.getHeader("In-Reply-To")).containsExactly("<orig-1@mail.example>");
        assertThat(mail.getHeader("References", " ").replaceAll("\\s+", " "))
                .isEqualTo("<root@mail.example> <orig-1@mail.example>");
        assertThat(mail.getHeader("X-SMBHub-Reference")).containsExactly("INV-000001");

        assertThat(mail.isMimeType("multipart/mixed")).isTrue();
        Multipart mixed = (Multipart) mail.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        BodyPart body = mixed.getBodyPart(0);
        assertThat(body.isMimeType("multipart/alternative")).isTrue();
        Multipart alternative = (Multipart) body.getContent();
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(((String) alternative.getBodyPart(0).getContent()).replace("\r\n", "\n"))
                .isEqualTo("Hello John,\n\nTotal: 120.00 EUR\n");
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat((String) alternative.getBodyPart(1).getContent()).contains("<b>120.00 EUR</b>");
        BodyPart pdf = mixed.getBodyPart(1);
        assertThat(pdf.isMimeType("application/pdf")).isTrue();
        assertThat(pdf.getFileName()).isEqualTo("INV-000001.pdf");
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        try (InputStream in = pdf.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    @DisplayName("a tenant server with a login sends as its own from address")
    void authenticatesAndUsesTheServersFromAddress() throws Exception {
        SmtpEmailSender sender = new SmtpEmailSender(null, MAIL_FROM, CLOCK);

        sender.send(EmailFixtures.plainEmail("auth-1@smbhub.example", "john@example.com"),
                plain("billing", "s3cret", "billing@example.com"));

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(((InternetAddress) received[0].getFrom()[0]).getAddress()).isEqualTo("billing@example.com");
        assertThat(received[0].getMessageID()).isEqualTo("<auth-1@smbhub.example>");
    }

    @Test
    @DisplayName("a wrong SMTP password is EMAIL_REJECTED, naming the server but never the password")
    void wrongPasswordIsRejected() {
        SmtpServer server = plain("billing", "wrong-secret", null);
        SmtpEmailSender sender = new SmtpEmailSender(server, MAIL_FROM, CLOCK);

        assertThatThrownBy(() -> sender.send(EmailFixtures.plainEmail("auth-2@smbhub.example", "john@example.com"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.EMAIL_REJECTED);
                    assertThat(e.getMessage()).contains(server.host() + ":" + server.port()).doesNotContain("wrong-secret");
                });
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    @DisplayName("implicit TLS works against a self-signed server when its host is trusted")
    void sendsOverTlsToATrustedHost() throws Exception {
        String host = MAIL.getSmtps().getBindTo();
        SmtpServer server = new SmtpServer(host, MAIL.getSmtps().getPort(), SmtpServer.Security.TLS, "billing", "s3cret", null);
        SmtpEmailSender sender = new SmtpEmailSender(server, MAIL_FROM, CLOCK,
                MailTransportOptions.DEFAULTS.withTrustedHosts(host));

        sender.send(EmailFixtures.plainEmail("tls-1@smbhub.example", "john@example.com"), null);

        assertThat(MAIL.getReceivedMessages()).extracting(MimeMessage::getMessageID).containsExactly("<tls-1@smbhub.example>");
    }

    @Test
    @DisplayName("a self-signed certificate from an untrusted host is refused (PROVIDER_ERROR)")
    void refusesAnUntrustedCertificate() {
        SmtpServer server = new SmtpServer(MAIL.getSmtps().getBindTo(), MAIL.getSmtps().getPort(),
                SmtpServer.Security.TLS, null, null, null);
        SmtpEmailSender sender = new SmtpEmailSender(server, MAIL_FROM, CLOCK);

        assertThatThrownBy(() -> sender.send(EmailFixtures.plainEmail("tls-2@smbhub.example", "john@example.com"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    @DisplayName("nothing listening on the port is a PROVIDER_ERROR naming host:port")
    void connectionRefusedIsAProviderError() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        SmtpServer server = new SmtpServer("127.0.0.1", freePort, SmtpServer.Security.NONE, null, null, null);
        SmtpEmailSender sender = new SmtpEmailSender(server, MAIL_FROM, CLOCK,
                new MailTransportOptions(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2), Set.of()));

        assertThatThrownBy(() -> sender.send(EmailFixtures.plainEmail("down-1@smbhub.example", "john@example.com"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
                    assertThat(e.getMessage()).contains("127.0.0.1:" + freePort);
                });
    }

    @Test
    @DisplayName("without a platform server and without a tenant server nothing can be sent (PROVIDER_ERROR)")
    void noServerConfigured() {
        SmtpEmailSender sender = new SmtpEmailSender(null, MAIL_FROM, CLOCK);

        assertThatThrownBy(() -> sender.send(EmailFixtures.plainEmail("none-1@smbhub.example", "john@example.com"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR);
                    assertThat(e.getMessage()).contains("No SMTP server configured");
                });
    }

    @Test
    @DisplayName("an invalid recipient address is EMAIL_REJECTED before connecting")
    void invalidRecipientIsRejected() {
        SmtpEmailSender sender = new SmtpEmailSender(plain(null, null, null), MAIL_FROM, CLOCK);

        assertThatThrownBy(() -> sender.send(EmailFixtures.plainEmail("bad-1@smbhub.example", "not an address"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EMAIL_REJECTED));
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    static Stream<Arguments> failures() throws Exception {
        InternetAddress john = new InternetAddress("john@example.com");
        SendFailedException unknownRecipient = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(john, "RCPT TO:<john@example.com>", 550, "550 5.1.1 no such user"),
                null, null, new InternetAddress[] {john});
        return Stream.of(
                Arguments.of("bad login", new AuthenticationFailedException("535 5.7.8 authentication failed"), ErrorCode.EMAIL_REJECTED),
                Arguments.of("5xx to MAIL FROM", new SMTPSendFailedException("MAIL FROM", 553, "553 sender not allowed",
                        null, null, null, null), ErrorCode.EMAIL_REJECTED),
                Arguments.of("5xx to RCPT TO, chained", unknownRecipient, ErrorCode.EMAIL_REJECTED),
                Arguments.of("4xx to RCPT TO (greylisting)", new SMTPAddressFailedException(john, "RCPT TO", 450,
                        "450 4.2.0 greylisted"), ErrorCode.PROVIDER_ERROR),
                Arguments.of("4xx to DATA", new SMTPSendFailedException("DATA", 451, "451 try later", null, null, null,
                        null), ErrorCode.PROVIDER_ERROR),
                Arguments.of("connection refused", new MessagingException("Couldn't connect to host",
                        new ConnectException("Connection refused")), ErrorCode.PROVIDER_ERROR));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("failures")
    @DisplayName("SMTP failures map to EMAIL_REJECTED (permanent) or PROVIDER_ERROR (retry)")
    void mapsFailures(String name, MessagingException failure, ErrorCode expected) {
        OutgoingEmail email = EmailFixtures.plainEmail("map-1@smbhub.example", "john@example.com");

        DomainException mapped = SmtpEmailSender.translate(failure, email, "smtp.example.com:587");

        assertThat(mapped.code()).isEqualTo(expected);
        assertThat(mapped.getMessage()).contains("smtp.example.com:587").contains("map-1@smbhub.example");
        assertThat(Arrays.asList(ErrorCode.values())).contains(mapped.code());
    }
}
