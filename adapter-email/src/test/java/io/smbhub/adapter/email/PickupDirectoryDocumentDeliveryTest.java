package io.smbhub.adapter.email;

import io.smbhub.application.port.out.OutgoingMessage;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PickupDirectoryDocumentDeliveryTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final OutgoingMessage message = new OutgoingMessage("Bäcker & Söhne", "john@example.com", "John Smith",
            "Invoice INV-000001 from Bäcker & Söhne", "Hello John,\n\nTotal: 120.00 USD\n", "INV-000001");

    @Test
    void writesAParseableRfc5322MessageWithHeaders(@TempDir Path dir) throws Exception {
        String id = new PickupDirectoryDocumentDelivery(dir, "billing@smbhub.local", clock).deliver(message);

        List<Path> files;
        try (var listing = Files.list(dir)) {
            files = listing.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).endsWith("-INV-000001-" + Integer.toHexString(id.hashCode()) + ".eml");
        try (InputStream in = Files.newInputStream(files.get(0))) {
            MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(parsed.getMessageID()).isEqualTo(id);
            assertThat(parsed.getSubject()).isEqualTo("Invoice INV-000001 from Bäcker & Söhne");
            InternetAddress from = (InternetAddress) parsed.getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("billing@smbhub.local");
            assertThat(from.getPersonal()).isEqualTo("Bäcker & Söhne");
            assertThat(((InternetAddress) parsed.getAllRecipients()[0]).getAddress()).isEqualTo("john@example.com");
            assertThat(parsed.getHeader("X-SMBHub-Document")).containsExactly("INV-000001");
            assertThat(parsed.getSentDate().toInstant()).isEqualTo(clock.instant());
            assertThat(((String) parsed.getContent()).replace("\r\n", "\n")).isEqualTo(message.body());
        }
    }

    @Test
    void attachmentsRoundTripAsBase64PartsAfterTheTextBody(@TempDir Path dir) throws Exception {
        byte[] pdf = new byte[3000];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31 + 7);
        }
        byte[] csv = "Bäcker;1,5\n".getBytes(StandardCharsets.UTF_8);
        OutgoingMessage withFiles = new OutgoingMessage(message.fromName(), message.toAddress(), message.toName(),
                message.subject(), message.body(), message.reference(), List.of(
                        new OutgoingMessage.Attachment("INV-000001.pdf", "application/pdf", pdf),
                        new OutgoingMessage.Attachment("Übersicht März.csv", "text/csv", csv)));

        String id = new PickupDirectoryDocumentDelivery(dir, "billing@smbhub.local", clock).deliver(withFiles);

        Path file;
        try (var listing = Files.list(dir)) {
            file = listing.findFirst().orElseThrow();
        }
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(parsed.getMessageID()).isEqualTo(id);
            assertThat(parsed.getSubject()).isEqualTo(message.subject());
            assertThat(parsed.getHeader("X-SMBHub-Document")).containsExactly("INV-000001");
            assertThat(parsed.getContentType()).startsWith("multipart/mixed");
            MimeMultipart parts = (MimeMultipart) parsed.getContent();
            assertThat(parts.getCount()).isEqualTo(3);

            BodyPart text = parts.getBodyPart(0);
            assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
            assertThat(((String) text.getContent()).replace("\r\n", "\n")).isEqualTo(message.body());

            MimeBodyPart attachedPdf = (MimeBodyPart) parts.getBodyPart(1);
            assertThat(attachedPdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
            assertThat(attachedPdf.getFileName()).isEqualTo("INV-000001.pdf");
            assertThat(attachedPdf.getContentType()).startsWith("application/pdf");
            assertThat(attachedPdf.getEncoding()).isEqualTo("base64");
            assertThat(attachedPdf.getInputStream().readAllBytes()).isEqualTo(pdf);

            MimeBodyPart attachedCsv = (MimeBodyPart) parts.getBodyPart(2);
            assertThat(attachedCsv.getFileName()).isEqualTo("Übersicht März.csv");
            assertThat(attachedCsv.getEncoding()).isEqualTo("base64");
            assertThat(attachedCsv.getInputStream().readAllBytes()).isEqualTo(csv);
        }
    }

    @Test
    void aMessageWithoutAttachmentsStaysSinglePartPlainText(@TempDir Path dir) throws Exception {
        new PickupDirectoryDocumentDelivery(dir, "billing@smbhub.local", clock).deliver(message);

        Path file;
        try (var listing = Files.list(dir)) {
            file = listing.findFirst().orElseThrow();
        }
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(parsed.getContentType()).startsWith("text/plain");
        }
    }

    @Test
    void anUnwritableDirectoryIsAProviderError(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> new PickupDirectoryDocumentDelivery(blocker, "billing@smbhub.local", clock).deliver(message))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
    }
}
