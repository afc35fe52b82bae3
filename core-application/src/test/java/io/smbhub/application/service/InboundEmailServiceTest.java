package io.smbhub.application.service;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.PageRequest;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.audit.AuditQueries;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.inbox.ConversationView;
import io.smbhub.application.port.in.inbox.FileContent;
import io.smbhub.application.port.in.inbox.MessageView;
import io.smbhub.application.port.in.inbox.ReceiveEmailUseCase.ReceivedEmail;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.out.InboundEmail;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.domain.inbox.ConversationStatus;
import io.smbhub.domain.inbox.DeliveryStatus;
import io.smbhub.domain.inbox.MessageDirection;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.FileId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Inbound email becomes conversations and messages (issue 5 Inbound; spec 3.4)")
class InboundEmailServiceTest {

    private static final Instant SENT_AT = Instant.parse("2026-03-02T08:30:00Z");
    private final CoreFixture f = new CoreFixture();

    private InboundEmail mail(String messageId, String inReplyTo, List<String> references, String from, String fromName,
                              String subject, String text, List<InboundEmail.Attachment> attachments) {
        return new InboundEmail(messageId, inReplyTo, references, new InboundEmail.Address(from, fromName), null,
                List.of(new InboundEmail.Address(f.inboundAddress(), "Pipe & Co")), List.of(), List.of(), subject, SENT_AT,
                text, null, attachments);
    }

    private InboundEmail mail(String messageId, String from, String subject) {
        return mail(messageId, null, List.of(), from, null, subject, "Hello, my tap is leaking.", List.of());
    }

    private ReceivedEmail receive(InboundEmail email) {
        return f.core.receiveEmail().receive(f.raw(email), List.of());
    }

    private ConversationView conversation(ReceivedEmail received) {
        return f.core.conversationQueries().get(f.owner, ConversationId.parse(received.conversationId(), "id"));
    }

    private List<MessageView> messagesOf(ReceivedEmail received) {
        return f.messages(f.owner, UUID.fromString(received.conversationId()));
    }

    @Test
    void anUnknownSenderStartsAConversationWithoutContactOfferingToCreateOne() {
        ReceivedEmail received = receive(mail(null, null, List.of(), "ann@example.com", "Ann Lee", "Leaking tap",
                "Hello, my tap is leaking.\nCan you come?", List.of()));

        assertThat(received.duplicate()).isFalse();
        assertThat(received.tenantId()).isEqualTo(f.owner.tenantId().toString());
        ConversationView c = conversation(received);
        assertThat(c.contactId()).isNull();
        assertThat(c.participantAddress()).isEqualTo("ann@example.com");
        assertThat(c.participantName()).isEqualTo("Ann Lee");
        assertThat(c.subject()).isEqualTo("Leaking tap");
        assertThat(c.status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(c.unread()).isTrue();
        assertThat(c.preview()).isEqualTo("Hello, my tap is leaking. Can you come?");
        assertThat(c.allowedActions()).contains("create_contact", "reply", "convert_to_work_item", "mark_read");
        assertThat(messagesOf(received)).singleElement().satisfies(m -> {
            assertThat(m.direction()).isEqualTo(MessageDirection.INBOUND);
            assertThat(m.status()).isEqualTo(DeliveryStatus.RECEIVED);
            assertThat(m.from()).isEqualTo("Ann Lee <ann@example.com>");
            assertThat(m.sentAt()).isEqualTo(SENT_AT);
            assertThat(m.bodyText()).isEqualTo("Hello, my tap is leaking.\nCan you come?");
        });
        assertThat(f.core.auditQueries().list(f.owner, new AuditQueries.ListQuery(null, null, null, null, null, null,
                PageRequest.first())).items()).extracting(e -> e.action()).contains("conversation.started", "message.received");
    }

    @Test
    void aKnownSenderIsMatchedByEmailWhateverTheCase() {
        ContactView john = f.contact("John Smith", "john@example.com");

        ConversationView c = conversation(receive(mail("m1@mail.example", "John@Example.COM", "Boiler")));

        assertThat(c.contactId()).isEqualTo(john.id());
        assertThat(c.contactName()).isEqualTo("John Smith");
        assertThat(c.allowedActions()).doesNotContain("create_contact");
    }

    @Test
    void repliesThreadByInReplyToOrByReferencesIntoTheSameConversation() {
        ReceivedEmail first = receive(mail("m1@mail.example", "ann@example.com", "Leaking tap"));
        ReceivedEmail byParent = receive(mail("m2@mail.example", "m1@mail.example", List.of(), "ann@example.com", null,
                "Re: Leaking tap", "Any news?", List.of()));
        ReceivedEmail byReferences = receive(mail("m3@mail.example", "unknown@mail.example",
                List.of("m1@mail.example", "m2@mail.example"), "bob@example.com", null, "Re: Re: Leaking tap", "Me too", List.of()));
        ReceivedEmail unrelated = receive(mail("m4@mail.example", "nope@mail.example", List.of(), "ann@example.com", null,
                "Another thing", "Different topic", List.of()));

        assertThat(byParent.conversationId()).isEqualTo(first.conversationId());
        assertThat(byReferences.conversationId()).isEqualTo(first.conversationId());
        assertThat(unrelated.conversationId()).isNotEqualTo(first.conversationId());
        assertThat(messagesOf(first)).extracting(MessageView::internetMessageId)
                .containsExactly("m1@mail.example", "m2@mail.example", "m3@mail.example");
        assertThat(conversation(first).preview()).isEqualTo("Me too");
        assertThat(f.conversations(f.owner)).hasSize(2);
    }

    @Test
    void aReplyToOurInvoiceEmailLandsInTheInvoiceConversationAndReopensIt() {
        ContactView john = f.contact("John Smith", "john@example.com");
        InvoiceView draft = f.draftInvoice(john, "90");
        f.core.sendInvoice().send(f.owner, new SendDocumentCommand(draft.id(), null, null));
        OutgoingEmail invoiceEmail = f.deliver().get(0);
        ConversationView invoiceThread = f.conversations(f.owner).get(0);
        assertThat(invoiceThread.status()).isEqualTo(ConversationStatus.CLOSED);

        ReceivedEmail reply = receive(mail("r1@mail.example", invoiceEmail.messageId(), List.of(invoiceEmail.messageId()),
                "john@example.com", "John Smith", "Re: " + invoiceEmail.subject(), "Paid by bank transfer.", List.of()));

        assertThat(reply.conversationId()).isEqualTo(invoiceThread.id().toString());
        ConversationView after = conversation(reply);
        assertThat(after.status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(after.unread()).isTrue();
        assertThat(after.contactId()).isEqualTo(john.id());
        assertThat(messagesOf(reply)).extracting(MessageView::direction)
                .containsExactly(MessageDirection.OUTBOUND, MessageDirection.INBOUND);
    }

    @Test
    void aClosedConversationReopensWhenTheCustomerWritesAgain() {
        ReceivedEmail first = receive(mail("m1@mail.example", "ann@example.com", "Leaking tap"));
        ConversationView c = conversation(first);
        f.core.conversations().markRead(f.owner, new ConversationId(c.id()));
        ConversationView closed = f.core.conversations().close(f.owner, new ConversationId(c.id()), null);
        assertThat(closed.status()).isEqualTo(ConversationStatus.CLOSED);

        receive(mail("m2@mail.example", "m1@mail.example", List.of(), "ann@example.com", null, "Re: Leaking tap",
                "It is leaking again", List.of()));

        ConversationView reopened = conversation(first);
        assertThat(reopened.status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(reopened.unread()).isTrue();
        assertThat(f.core.auditQueries().list(f.owner, new AuditQueries.ListQuery("conversation", c.id(), null,
                "conversation.reopened", null, null, PageRequest.first())).items()).hasSize(1);
    }

    @Test
    void theSameMessageIdIsStoredOnceAndTheDuplicateChangesNothing() {
        InboundEmail email = mail("dup@mail.example", null, List.of(), "ann@example.com", null, "Photo", "See attached",
                List.of(new InboundEmail.Attachment("tap.jpg", "image/jpeg", new byte[]{1, 2, 3})));
        ReceivedEmail first = receive(email);
        ConversationView before = conversation(first);
        int filesBefore = f.hub.files().size();
        f.hub.clock().advance(Duration.ofMinutes(5));

        ReceivedEmail again = receive(email);

        assertThat(again.duplicate()).isTrue();
        assertThat(again.conversationId()).isEqualTo(first.conversationId());
        assertThat(again.messageId()).isEqualTo(first.messageId());
        assertThat(messagesOf(first)).hasSize(1);
        assertThat(conversation(first)).isEqualTo(before);
        assertThat(f.hub.files().size()).isEqualTo(filesBefore).isEqualTo(1);
    }

    @Test
    void aMailWithoutMessageIdDeliveredTwiceIsStoredOnce() {
        byte[] raw = f.raw(mail(null, "ann@example.com", "No id"));

        ReceivedEmail first = f.core.receiveEmail().receive(raw, List.of());
        ReceivedEmail again = f.core.receiveEmail().receive(raw, List.of());

        assertThat(again.duplicate()).isTrue();
        assertThat(again.messageId()).isEqualTo(first.messageId());
        assertThat(messagesOf(first)).singleElement()
                .satisfies(m -> assertThat(m.internetMessageId()).endsWith("@missing-message-id.smbhub"));
    }

    @Test
    void mailForNoTenantAddressIsRefusedOnRecipientAndNothingIsStored() {
        InboundEmail stray = new InboundEmail("s1@mail.example", null, List.of(), new InboundEmail.Address("ann@example.com", null),
                null, List.of(new InboundEmail.Address("info@pipe.example", null)), List.of(), List.of("inbox@inbound.smbhub.test"),
                "Hi", SENT_AT, "Hello", null, List.of(new InboundEmail.Attachment("a.txt", "text/plain", new byte[]{65})));

        assertThatThrownBy(() -> f.core.receiveEmail().receive(f.raw(stray), List.of("other@inbound.smbhub.test")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details()).extracting(FieldError::field).containsExactly("recipient");
                });
        assertThat(f.conversations(f.owner)).isEmpty();
        assertThat(f.hub.files().size()).isZero();
    }

    @Test
    void mailIsRoutedByTheEnvelopeOrDeliveredToWhenTheHeadersNameSomeoneElse() {
        InboundEmail forwarded = new InboundEmail("fw1@mail.example", null, List.of(),
                new InboundEmail.Address("ann@example.com", null), null,
                List.of(new InboundEmail.Address("info@pipe.example", null)), List.of(), List.of(f.inboundAddress()),
                "Fwd: quote", SENT_AT, "Forwarded", null, List.of());
        InboundEmail bcc = new InboundEmail("bcc1@mail.example", null, List.of(),
                new InboundEmail.Address("bob@example.com", null), null,
                List.of(new InboundEmail.Address("info@pipe.example", null)), List.of(), List.of(), "Hi", SENT_AT, "Bcc'd", null,
                List.of());

        ReceivedEmail viaDeliveredTo = f.core.receiveEmail().receive(f.raw(forwarded), List.of());
        ReceivedEmail viaEnvelope = f.core.receiveEmail().receive(f.raw(bcc), List.of(f.inboundAddress().toUpperCase()));

        assertThat(viaDeliveredTo.tenantId()).isEqualTo(f.owner.tenantId().toString());
        assertThat(viaEnvelope.tenantId()).isEqualTo(f.owner.tenantId().toString());
        assertThat(f.conversations(f.owner)).hasSize(2);
    }

    @Test
    void attachmentsAreStoredWithFileRowsAndCanBeDownloaded() {
        byte[] photo = "JPEG bytes".getBytes(StandardCharsets.UTF_8);
        byte[] pdf = "%PDF-1.7 quote".getBytes(StandardCharsets.UTF_8);
        ReceivedEmail received = receive(mail("att@mail.example", null, List.of(), "ann@example.com", null, "Photos",
                "Two files", List.of(new InboundEmail.Attachment("tap.jpg", "image/jpeg", photo),
                        new InboundEmail.Attachment("old quote.pdf", null, pdf))));

        assertThat(f.hub.files().size()).isEqualTo(2);
        MessageView message = messagesOf(received).get(0);
        assertThat(message.attachments()).extracting(a -> a.fileName()).containsExactlyInAnyOrder("tap.jpg", "old quote.pdf");
        var jpg = message.attachments().stream().filter(a -> a.fileName().equals("tap.jpg")).findFirst().orElseThrow();
        assertThat(jpg.mimeType()).isEqualTo("image/jpeg");
        assertThat(jpg.sizeBytes()).isEqualTo(photo.length);
        assertThat(jpg.checksumSha256()).hasSize(64);
        var pdfView = message.attachments().stream().filter(a -> a.fileName().equals("old quote.pdf")).findFirst().orElseThrow();
        assertThat(pdfView.mimeType()).isEqualTo("application/octet-stream");

        FileContent content = f.core.conversationQueries().file(f.owner, new FileId(jpg.id()));

        assertThat(content.fileName()).isEqualTo("tap.jpg");
        assertThat(content.mimeType()).isEqualTo("image/jpeg");
        assertThat(content.content()).isEqualTo(photo);
        Actor other = secondBusiness();
        assertThatThrownBy(() -> f.core.conversationQueries().file(other, new FileId(jpg.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void anotherBusinessesMessageIdsNeverThreadIntoItsConversations() {
        Actor other = secondBusiness();
        ReceivedEmail ours = receive(mail("shared@mail.example", "ann@example.com", "Hello"));
        String theirAddress = f.core.emailSettings().get(other).inboundAddress();

        ReceivedEmail theirs = f.core.receiveEmail().receive(f.raw(new InboundEmail("reply@mail.example",
                "shared@mail.example", List.of("shared@mail.example"), new InboundEmail.Address("ann@example.com", null), null,
                List.of(new InboundEmail.Address(theirAddress, null)), List.of(), List.of(), "Re: Hello", SENT_AT, "Hi",
                null, List.of())), List.of());

        assertThat(theirAddress).isNotEqualTo(f.inboundAddress());
        assertThat(theirs.tenantId()).isEqualTo(other.tenantId().toString());
        assertThat(theirs.conversationId()).isNotEqualTo(ours.conversationId());
        assertThat(f.conversations(f.owner)).hasSize(1);
        assertThat(f.conversations(other)).hasSize(1);
        assertThatThrownBy(() -> f.core.conversationQueries().get(other, ConversationId.parse(ours.conversationId(), "id")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    private Actor secondBusiness() {
        return f.otherBusiness("owner@other.test");
    }
}
