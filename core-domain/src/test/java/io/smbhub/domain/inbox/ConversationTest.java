package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.ContactId;
import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A conversation: open/closed, unread, reopened by an inbound message (spec 12.2 D)")
class ConversationTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final EmailAddress ANN = new EmailAddress("ann@example.com", "Ann");

    private static Conversation inbound() {
        Conversation c = Conversation.startInbound(new ConversationId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                Channel.EMAIL, "Leaking tap", ANN, null, "abc@mail.example", "Hello, my tap leaks", T0);
        c.pullEvents();
        return c;
    }

    private static Conversation outbound() {
        Conversation c = Conversation.startOutbound(new ConversationId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                Channel.EMAIL, "Invoice INV-000001", ANN, new ContactId(UUID.randomUUID()), "x@in.test", "Please pay", T0);
        c.pullEvents();
        return c;
    }

    private static Conversation in(ConversationStatus status) {
        Conversation c = inbound();
        if (status == ConversationStatus.CLOSED) {
            c.close(T0);
            c.pullEvents();
        }
        return c;
    }

    @Test
    void anInboundThreadStartsOpenAndUnread() {
        Conversation c = Conversation.startInbound(new ConversationId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                Channel.EMAIL, "Leaking tap", ANN, null, "abc@mail.example", "  Hello,\n\n   my tap\tleaks  ", T0);

        assertThat(c.status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(c.unread()).isTrue();
        assertThat(c.contactId()).isNull();
        assertThat(c.preview()).isEqualTo("Hello, my tap leaks");
        assertThat(c.lastMessageAt()).isEqualTo(T0);
        assertThat(c.pullEvents()).extracting(ConversationEvent::action).containsExactly("conversation.started");
    }

    @Test
    void aThreadWeStartedIsClosedAndRead() {
        Conversation c = outbound();

        assertThat(c.status()).isEqualTo(ConversationStatus.CLOSED);
        assertThat(c.unread()).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "OPEN,   close,  CLOSED",
            "CLOSED, reopen, OPEN",
            "OPEN,   reopen, INVALID_TRANSITION",
            "CLOSED, close,  INVALID_TRANSITION",
    })
    void closeAndReopenFollowTheTable(ConversationStatus from, String action, String outcome) {
        Conversation c = in(from);
        BiConsumer<Conversation, Instant> move = action.equals("close") ? Conversation::close : Conversation::reopen;

        if (outcome.equals("INVALID_TRANSITION")) {
            assertThatThrownBy(() -> move.accept(c, T0.plusSeconds(5)))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION);
                        assertThat(e.getMessage()).contains("Conversation 'Leaking tap'");
                    });
            assertThat(c.status()).isEqualTo(from);
            assertThat(c.pullEvents()).isEmpty();
        } else {
            move.accept(c, T0.plusSeconds(5));
            assertThat(c.status()).isEqualTo(ConversationStatus.valueOf(outcome));
            assertThat(c.updatedAt()).isEqualTo(T0.plusSeconds(5));
            assertThat(c.pullEvents()).extracting(ConversationEvent::action)
                    .containsExactly(action.equals("close") ? "conversation.closed" : "conversation.reopened");
        }
    }

    @Test
    void anInboundMessageReopensAClosedThreadAndMarksItUnread() {
        Conversation c = outbound();

        c.inboundMessage("Paid it yesterday", T0.plus(Duration.ofHours(1)));

        assertThat(c.status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(c.unread()).isTrue();
        assertThat(c.preview()).isEqualTo("Paid it yesterday");
        assertThat(c.lastMessageAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(c.pullEvents()).singleElement().isInstanceOfSatisfying(ConversationEvent.ConversationReopened.class,
                e -> assertThat(e.byInboundMessage()).isTrue());
    }

    @Test
    void anInboundMessageOnAnOpenThreadRecordsNoReopen() {
        Conversation c = inbound();
        c.markRead(T0);

        c.inboundMessage("One more thing", T0.plusSeconds(60));

        assertThat(c.unread()).isTrue();
        assertThat(c.pullEvents()).isEmpty();
    }

    @Test
    void answeringCountsAsReading() {
        Conversation c = inbound();

        c.outboundMessage("On our way", T0.plusSeconds(60));

        assertThat(c.unread()).isFalse();
        assertThat(c.status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(c.preview()).isEqualTo("On our way");
    }

    @Test
    void markReadTellsWhetherItWasUnread() {
        Conversation c = inbound();

        assertThat(c.markRead(T0.plusSeconds(1))).isTrue();
        assertThat(c.markRead(T0.plusSeconds(2))).isFalse();
        assertThat(c.unread()).isFalse();
        assertThat(c.pullEvents()).as("reading is not audited").isEmpty();
    }

    @Test
    void aLateArrivingOlderMessageDoesNotReplaceTheNewestPreview() {
        Conversation c = inbound();
        c.inboundMessage("newest", T0.plusSeconds(120));

        c.inboundMessage("older, delivered late", T0.plusSeconds(60));

        assertThat(c.preview()).isEqualTo("newest");
        assertThat(c.lastMessageAt()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void thePreviewIsClippedTo200Characters() {
        Conversation c = inbound();

        c.inboundMessage("a".repeat(500), T0.plusSeconds(1));

        assertThat(c.preview()).hasSize(Conversation.PREVIEW_LENGTH);
    }

    @Test
    void assigningAndLinkingRecordOnlyRealChanges() {
        Conversation c = inbound();
        UserId bob = new UserId(UUID.randomUUID());
        ContactId contact = new ContactId(UUID.randomUUID());

        c.assign(bob, T0);
        c.assign(bob, T0);
        c.linkContact(contact, T0);
        c.linkContact(contact, T0);
        c.assign(null, T0);

        assertThat(c.assignedTo()).isNull();
        assertThat(c.contactId()).isEqualTo(contact);
        assertThat(c.pullEvents()).extracting(ConversationEvent::action)
                .containsExactly("conversation.assigned", "conversation.contact_linked", "conversation.assigned");
    }

    @Test
    void aThreadWithoutSubjectIsLabelledByItsParticipant() {
        Conversation c = Conversation.startInbound(new ConversationId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                Channel.EMAIL, null, ANN, null, "id@x", "hi", T0);

        assertThat(c.subject()).isEmpty();
        assertThat(c.label()).isEqualTo("Conversation 'ann@example.com'");
    }
}
