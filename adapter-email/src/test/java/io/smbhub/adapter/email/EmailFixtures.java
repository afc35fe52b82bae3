package io.smbhub.adapter.email;

import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.application.port.out.OutgoingEmail.Address;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Emails shared by the adapter-email tests. */
final class EmailFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    /** A small PDF-looking payload with every byte value, so any transfer-encoding damage shows. */
    static final byte[] PDF = pdf();

    private EmailFixtures() {
    }

    /** An invoice email: no From address (transport default), HTML alternative, PDF, threading headers. */
    static OutgoingEmail invoiceEmail(String messageId) {
        return new OutgoingEmail(messageId, new Address(null, "Bäcker & Söhne"),
                new Address("anna@baecker.example", "Anna Bäcker"),
                List.of(new Address("john@example.com", "John Smith")),
                List.of(new Address("bob@example.com", null)),
                "Rechnung INV-000001 – Bäcker & Söhne", "Hello John,\n\nTotal: 120.00 EUR\n",
                "<p>Hello John,</p><p>Total: <b>120.00 EUR</b></p>", "orig-1@mail.example",
                List.of("root@mail.example", "orig-1@mail.example"),
                List.of(new OutgoingEmail.Attachment("INV-000001.pdf", "application/pdf", PDF)), "INV-000001");
    }

    /** A plain text email to one recipient. */
    static OutgoingEmail plainEmail(String messageId, String to) {
        return new OutgoingEmail(messageId, new Address(null, null), null, List.of(new Address(to, null)), List.of(),
                "Hello " + messageId, "Body of " + messageId + "\n", null, null, List.of(), List.of(), null);
    }

    private static byte[] pdf() {
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 512];
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = 0; i < 512; i++) {
            bytes[head.length + i] = (byte) i;
        }
        return bytes;
    }
}
