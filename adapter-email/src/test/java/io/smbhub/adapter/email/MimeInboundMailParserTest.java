package io.smbhub.adapter.email;

import io.smbhub.application.port.out.InboundEmail;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static io.smbhub.adapter.email.EmailFixtures.CLOCK;
import static io.smbhub.adapter.email.EmailFixtures.PDF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MimeInboundMailParserTest {

    private final MimeInboundMailParser parser = new MimeInboundMailParser();

    private static byte[] raw(String message) {
        return raw(message, StandardCharsets.UTF_8);
    }

    private static byte[] raw(String message, Charset charset) {
        return message.replace("\n", "\r\n").getBytes(charset);
    }

    private static final String PLAIN = """
            Return-Path: <anna@example.com>
            Delivered-To: Inbox+Acme@In.SMBHub.example
            X-Original-To: inbox+acme@in.smbhub.example
            Message-ID: <CAF1234@mail.example.com>
            Date: Sun, 01 Mar 2026 11:00:00 +0100
            From: "Anna Müller" <Anna.Mueller@Example.COM>
            Reply-To: Anna Private <anna@home.example>
            To: Acme Support <Inbox+Acme@in.smbhub.example>, bob@example.com
            Cc: undisclosed-recipients:;
            Subject: Quote request
            Content-Type: text/plain; charset=UTF-8

            Hi, could you send a quote for 3 chairs?
            """;

    @Test
    @DisplayName("a plain message: ids, addresses lower-cased with names, envelope recipients, date, text")
    void plainMessage() {
        InboundEmail email = parser.parse(raw(PLAIN));

        assertThat(email.messageId()).isEqualTo("CAF1234@mail.example.com");
        assertThat(email.inReplyTo()).isNull();
        assertThat(email.references()).isEmpty();
        assertThat(email.from()).isEqualTo(new InboundEmail.Address("anna.mueller@example.com", "Anna Müller"));
        assertThat(email.replyTo()).isEqualTo(new InboundEmail.Address("anna@home.example", "Anna Private"));
        assertThat(email.to()).containsExactly(new InboundEmail.Address("inbox+acme@in.smbhub.example", "Acme Support"),
                new InboundEmail.Address("bob@example.com", null));
        assertThat(email.cc()).isEmpty();
        assertThat(email.deliveredTo()).containsExactly("inbox+acme@in.smbhub.example");
        assertThat(email.subject()).isEqualTo("Quote request");
        assertThat(email.sentAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(email.text()).isEqualTo("Hi, could you send a quote for 3 chairs?\r\n");
        assertThat(email.html()).isNull();
        assertThat(email.attachments()).isEmpty();
    }

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("encoded-word subject (UTF-8 base64 + ISO-8859-1 Q)", raw("""
                        From: a@example.com
                        Subject: =?UTF-8?B?UmVjaG51bmcgZsO8ciBNw6Ryeg==?= =?ISO-8859-1?Q?_Gr=FC=DFe?=
                        Content-Type: text/plain; charset=us-ascii

                        body
                        """), "Rechnung für März Grüße", "body\r\n"),
                Arguments.of("ISO-8859-1 body, 8bit", raw("""
                        From: a@example.com
                        Subject: latin
                        Content-Type: text/plain; charset=ISO-8859-1
                        Content-Transfer-Encoding: 8bit

                        Grüße aus Köln
                        """, StandardCharsets.ISO_8859_1), "latin", "Grüße aus Köln\r\n"),
                Arguments.of("quoted-printable windows-1252", raw("""
                        From: a@example.com
                        Subject: qp
                        Content-Type: text/plain; charset=windows-1252
                        Content-Transfer-Encoding: quoted-printable

                        Preis: 10 =80 =96 danke
                        """), "qp", "Preis: 10 € – danke\r\n"),
                Arguments.of("unknown charset with UTF-8 bytes falls back to UTF-8", raw("""
                        From: a@example.com
                        Subject: odd
                        Content-Type: text/plain; charset=x-no-such-charset

                        Grüße
                        """), "odd", "Grüße\r\n"),
                Arguments.of("no charset with Latin-1 bytes falls back to ISO-8859-1", raw("""
                        From: a@example.com
                        Subject: none
                        Content-Type: text/plain

                        Grüße
                        """, StandardCharsets.ISO_8859_1), "none", "Grüße\r\n"),
                Arguments.of("raw UTF-8 in the subject header", raw("""
                        From: a@example.com
                        Subject: Angebot für Möbel
                        Content-Type: text/plain; charset=utf-8

                        x
                        """), "Angebot für Möbel", "x\r\n"),
                Arguments.of("HTML only: text derived from the HTML", raw("""
                        From: a@example.com
                        Subject: html
                        Content-Type: text/html; charset=utf-8

                        <html><head><style>p{color:red}</style></head><body>
                        <p>Hello&nbsp;John,</p>
                        <p>Total: <b>120 &euro;</b> &amp; more &#8211; see<br>below &#x263A;</p>
                        <script>alert(1)</script></body></html>
                        """), "html", "Hello John,\n\nTotal: 120 € & more – see\nbelow ☺"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    @DisplayName("subjects and bodies are decoded whatever the charset")
    void decodesSubjectsAndBodies(String name, byte[] raw, String subject, String text) {
        InboundEmail email = parser.parse(raw);

        assertThat(email.subject()).isEqualTo(subject);
        assertThat(email.text()).isEqualTo(text);
    }

    @Test
    @DisplayName("HTML-only mail keeps the HTML too")
    void htmlOnlyKeepsHtml() {
        InboundEmail email = parser.parse(raw("""
                From: a@example.com
                Content-Type: text/html; charset=utf-8

                <p>Hi</p>
                """));

        assertThat(email.html()).contains("<p>Hi</p>");
        assertThat(email.text()).isEqualTo("Hi");
        assertThat(email.subject()).isEmpty();
        assertThat(email.messageId()).isNull();
        assertThat(email.sentAt()).isNull();
    }

    private static final String PDF_BASE64 = Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(PDF);

    @Test
    @DisplayName("multipart: alternative text + HTML, related inline image with a name, PDF and unnamed attachments")
    void multipartWithAttachments() {
        InboundEmail email = parser.parse(raw("""
                From: a@example.com
                Subject: docs
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="MIX"

                --MIX
                Content-Type: multipart/alternative; boundary="ALT"

                --ALT
                Content-Type: text/plain; charset=utf-8

                See attached.
                --ALT
                Content-Type: multipart/related; boundary="REL"

                --REL
                Content-Type: text/html; charset=utf-8

                <p>See <img src="cid:logo"> attached.</p>
                --REL
                Content-Type: image/png; name="logo.png"
                Content-ID: <logo>
                Content-Disposition: inline; filename="logo.png"
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --REL--
                --ALT--
                --MIX
                Content-Type: application/pdf; name="=?UTF-8?Q?Angebot_M=C3=B6bel.pdf?="
                Content-Disposition: attachment; filename*=UTF-8''Angebot%20M%C3%B6bel.pdf
                Content-Transfer-Encoding: base64

                """ + PDF_BASE64 + """

                --MIX
                Content-Type: application/octet-stream
                Content-Disposition: attachment
                Content-Transfer-Encoding: base64

                AAEC
                --MIX
                Content-Type: text/csv; name="../../etc/rows.csv"
                Content-Disposition: attachment; filename="../../etc/rows.csv"

                a,b
                --MIX--
                """));

        assertThat(email.text()).isEqualTo("See attached.");
        assertThat(email.html()).contains("<img src=\"cid:logo\">");
        assertThat(email.attachments()).extracting(InboundEmail.Attachment::filename, InboundEmail.Attachment::contentType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("logo.png", "image/png"),
                        org.assertj.core.groups.Tuple.tuple("Angebot Möbel.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("attachment-3.bin", "application/octet-stream"),
                        org.assertj.core.groups.Tuple.tuple("rows.csv", "text/csv"));
        assertThat(email.attachments().get(0).content()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(email.attachments().get(1).content()).isEqualTo(PDF);
        assertThat(email.attachments().get(2).content()).containsExactly(0, 1, 2);
        assertThat(new String(email.attachments().get(3).content(), StandardCharsets.UTF_8)).isEqualTo("a,b");
    }

    @Test
    @DisplayName("a forwarded message is one .eml attachment, parseable on its own; its inner parts are not unpacked")
    void forwardedMessage() {
        InboundEmail email = parser.parse(raw("""
                From: boss@example.com
                Subject: Fwd: Invoice question
                Content-Type: multipart/mixed; boundary="OUT"

                --OUT
                Content-Type: text/plain; charset=utf-8

                Please handle this one.
                --OUT
                Content-Type: message/rfc822

                From: Customer <customer@example.org>
                Message-ID: <inner-1@example.org>
                Subject: Invoice question
                Content-Type: multipart/mixed; boundary="IN"

                --IN
                Content-Type: text/plain

                Why is it 120?
                --IN
                Content-Type: application/pdf; name="scan.pdf"
                Content-Disposition: attachment; filename="scan.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0=
                --IN--
                --OUT--
                """));

        assertThat(email.text()).isEqualTo("Please handle this one.");
        assertThat(email.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.filename()).isEqualTo("Invoice question.eml");
            assertThat(attachment.contentType()).isEqualTo("message/rfc822");
            InboundEmail inner = parser.parse(attachment.content());
            assertThat(inner.messageId()).isEqualTo("inner-1@example.org");
            assertThat(inner.from().address()).isEqualTo("customer@example.org");
            assertThat(inner.attachments()).extracting(InboundEmail.Attachment::filename).containsExactly("scan.pdf");
        });
    }

    static Stream<Arguments> threading() {
        return Stream.of(
                Arguments.of("angle-bracketed, folded, oldest first",
                        "In-Reply-To: <b@x>\nReferences: <root@x>\n <a@x>\n\t<b@x>\n", "b@x", List.of("root@x", "a@x", "b@x")),
                Arguments.of("In-Reply-To with a comment after the id",
                        "In-Reply-To: <b@x> (Anna's message of Monday)\nReferences: <a@x> <b@x>\n", "b@x", List.of("a@x", "b@x")),
                Arguments.of("bare ids without brackets",
                        "In-Reply-To: b@x\nReferences: a@x b@x\n", "b@x", List.of("a@x", "b@x")),
                Arguments.of("duplicates collapse, order kept",
                        "References: <a@x> <b@x> <a@x>\n", null, List.of("a@x", "b@x")),
                Arguments.of("no threading headers", "", null, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("threading")
    @DisplayName("In-Reply-To and References come out as bare ids, oldest reference first")
    void threadingHeaders(String name, String headers, String inReplyTo, List<String> references) {
        InboundEmail email = parser.parse(raw("From: a@example.com\nMessage-ID: <m@x>\n" + headers + "\nbody\n"));

        assertThat(email.inReplyTo()).isEqualTo(inReplyTo);
        assertThat(email.references()).isEqualTo(references);
    }

    static Stream<Arguments> notMail() {
        return Stream.of(
                Arguments.of("empty", new byte[0]),
                Arguments.of("binary garbage", new byte[] {0, 1, 2, (byte) 0xff, 10, 13, 10, 5}),
                Arguments.of("text without headers", raw("hello there\nthis is not mail\n")),
                Arguments.of("no From header", raw("To: a@example.com\nSubject: x\n\nbody\n")),
                Arguments.of("From is not an address", raw("From: not an address\nSubject: x\n\nbody\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notMail")
    @DisplayName("content that is not a mail message is a VALIDATION_ERROR on field 'message'")
    void rejectsNonMail(String name, byte[] raw) {
        assertThatThrownBy(() -> parser.parse(raw)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            assertThat(e.details()).extracting(FieldError::field).containsExactly("message");
        });
    }

    @Test
    @DisplayName("a message built by MimeEmails parses back with ids, threading, addresses, bodies and attachments")
    void roundTrip() throws Exception {
        OutgoingEmail sent = EmailFixtures.invoiceEmail("0193abcd-0003@smbhub.example");
        MimeMessage mime = MimeEmails.build(Session.getInstance(new Properties()), sent,
                new InternetAddress("SMB Hub <billing@smbhub.example>"), CLOCK.instant());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mime.writeTo(out);

        InboundEmail received = parser.parse(out.toByteArray());

        assertThat(received.messageId()).isEqualTo(sent.messageId());
        assertThat(received.inReplyTo()).isEqualTo(sent.inReplyTo());
        assertThat(received.references()).isEqualTo(sent.references());
        assertThat(received.from()).isEqualTo(new InboundEmail.Address("billing@smbhub.example", "Bäcker & Söhne"));
        assertThat(received.replyTo()).isEqualTo(new InboundEmail.Address("anna@baecker.example", "Anna Bäcker"));
        assertThat(received.to()).containsExactly(new InboundEmail.Address("john@example.com", "John Smith"));
        assertThat(received.cc()).containsExactly(new InboundEmail.Address("bob@example.com", null));
        assertThat(received.subject()).isEqualTo(sent.subject());
        assertThat(received.sentAt()).isEqualTo(CLOCK.instant());
        assertThat(received.text().replace("\r\n", "\n")).isEqualTo(sent.text());
        assertThat(received.html()).isEqualTo(sent.html());
        assertThat(received.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("INV-000001.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
            assertThat(a.content()).isEqualTo(PDF);
        });
    }
}
