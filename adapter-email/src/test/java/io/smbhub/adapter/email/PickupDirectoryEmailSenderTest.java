package io.smbhub.adapter.email;

import io.smbhub.application.port.out.InboundEmail;
import io.smbhub.application.port.out.SmtpServer;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.smbhub.adapter.email.EmailFixtures.CLOCK;
import static io.smbhub.adapter.email.EmailFixtures.PDF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PickupDirectoryEmailSenderTest {

    @Test
    @DisplayName("writes one parseable .eml file with the chosen Message-ID, threading headers and attachment")
    void writesAParseableEml(@TempDir Path dir) throws Exception {
        PickupDirectoryEmailSender sender = new PickupDirectoryEmailSender(dir.resolve("outbox"),
                "SMB Hub <billing@smbhub.local>", CLOCK);
        SmtpServer ignored = new SmtpServer("smtp.invalid", 25, SmtpServer.Security.NONE, null, null, null);

        String id = sender.send(EmailFixtures.invoiceEmail("0193abcd-0002@smbhub.example"), ignored);

        assertThat(id).isEqualTo("0193abcd-0002@smbhub.example");
        List<Path> files;
        try (var listing = Files.list(dir.resolve("outbox"))) {
            files = listing.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString())
                .isEqualTo(CLOCK.millis() + "-INV-000001-" + Integer.toHexString(id.hashCode()) + ".eml");
        InboundEmail parsed = new MimeInboundMailParser().parse(Files.readAllBytes(files.get(0)));
        assertThat(parsed.messageId()).isEqualTo(id);
        assertThat(parsed.from()).isEqualTo(new InboundEmail.Address("billing@smbhub.local", "Bäcker & Söhne"));
        assertThat(parsed.inReplyTo()).isEqualTo("orig-1@mail.example");
        assertThat(parsed.references()).containsExactly("root@mail.example", "orig-1@mail.example");
        assertThat(parsed.sentAt()).isEqualTo(CLOCK.instant());
        assertThat(parsed.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("INV-000001.pdf");
            assertThat(a.content()).isEqualTo(PDF);
        });
    }

    @Test
    @DisplayName("an email without a reference is named after 'email'; the From name falls back to MAIL_FROM's")
    void namesFilesWithoutReference(@TempDir Path dir) throws Exception {
        PickupDirectoryEmailSender sender = new PickupDirectoryEmailSender(dir, "SMB Hub <billing@smbhub.local>", CLOCK);

        sender.send(EmailFixtures.plainEmail("plain-1@smbhub.example", "john@example.com"), null);

        Path file;
        try (var listing = Files.list(dir)) {
            file = listing.findFirst().orElseThrow();
        }
        assertThat(file.getFileName().toString()).startsWith(CLOCK.millis() + "-email-").endsWith(".eml");
        InboundEmail parsed = new MimeInboundMailParser().parse(Files.readAllBytes(file));
        assertThat(parsed.from()).isEqualTo(new InboundEmail.Address("billing@smbhub.local", "SMB Hub"));
        assertThat(parsed.text()).isEqualTo("Body of plain-1@smbhub.example\n");
    }

    @Test
    @DisplayName("an unwritable directory is a PROVIDER_ERROR and leaves nothing behind")
    void unwritableDirectory(@TempDir Path dir) throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        PickupDirectoryEmailSender sender = new PickupDirectoryEmailSender(notADirectory, "billing@smbhub.local", CLOCK);

        assertThatThrownBy(() -> sender.send(EmailFixtures.plainEmail("fail-1@smbhub.example", "john@example.com"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
        try (var listing = Files.list(dir)) {
            assertThat(listing.toList()).containsExactly(notADirectory);
        }
    }
}
