package io.smbhub.adapter.email;

import io.smbhub.application.port.out.OutgoingMessage;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
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
    void anUnwritableDirectoryIsAProviderError(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> new PickupDirectoryDocumentDelivery(blocker, "billing@smbhub.local", clock).deliver(message))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
    }
}
