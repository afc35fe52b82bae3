package io.smbhub.domain.inbox;

import io.smbhub.domain.shared.ConversationId;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.FieldError;
import io.smbhub.domain.shared.MessageId;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("An outbound message moves QUEUED → SENT | FAILED → QUEUED, never sent before the server accepted it")
class MessageDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final EmailAddress US = new EmailAddress("billing@smbhub.test", "Acme");
    private static final EmailAddress ANN = new EmailAddress("ann@example.com", "Ann");

    private static Message queued() {
        return Message.queued(new MessageId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                new ConversationId(UUID.randomUUID()), US, List.of(ANN), List.of(), "Invoice INV-000001", "Please pay",
                "m1@in.test", "parent@in.test", List.of("root@in.test"),
                new DocumentRef(DocumentKind.INVOICE, UUID.randomUUID()), MessagePurpose.INVOICE_SENT,
                new UserId(UUID.randomUUID()), T0);
    }

    private static Message received() {
        return Message.received(new MessageId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                new ConversationId(UUID.randomUUID()), ANN, List.of(US), List.of(), "Re: Invoice", "Paid", null,
                "r1@mail.example", null, List.of(), 0, T0, T0);
    }

    /** A message in {@code status}, events drained. */
    private static Message in(DeliveryStatus status) {
        Message m = status == DeliveryStatus.RECEIVED ? received() : queued();
        switch (status) {
            case SENT -> m.markSent(T0);
            case FAILED -> m.markFailed("550 no such user", T0);
            default -> { }
        }
        m.pullEvents();
        return m;
    }

    private static void apply(Message m, String action, Instant at) {
        switch (action) {
            case "markSent" -> m.markSent(at);
            case "markFailed" -> m.markFailed("421 try later", at);
            case "retry" -> m.retry(at);
            default -> throw new IllegalArgumentException(action);
        }
    }

    @Test
    void aQueuedMessageIsTheOutboxEntry() {
        Message m = queued();

        assertThat(m.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(m.direction()).isEqualTo(MessageDirection.OUTBOUND);
        assertThat(m.sentAt()).isNull();
        assertThat(m.attachmentCount()).as("the document's PDF").isEqualTo(1);
        assertThat(m.pullEvents()).extracting(MessageEvent::action).containsExactly("message.queued");
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "QUEUED,   markSent,   SENT",
            "QUEUED,   markFailed, FAILED",
            "QUEUED,   retry,      INVALID_TRANSITION",
            "SENT,     markSent,   INVALID_TRANSITION",
            "SENT,     markFailed, INVALID_TRANSITION",
            "SENT,     retry,      INVALID_TRANSITION",
            "FAILED,   retry,      QUEUED",
            "FAILED,   markSent,   INVALID_TRANSITION",
            "FAILED,   markFailed, INVALID_TRANSITION",
            "RECEIVED, markSent,   INVALID_TRANSITION",
            "RECEIVED, markFailed, INVALID_TRANSITION",
            "RECEIVED, retry,      INVALID_TRANSITION",
    })
    void deliveryFollowsTheTable(DeliveryStatus from, String action, String outcome) {
        Message m = in(from);
        Instant at = T0.plusSeconds(30);

        if (outcome.equals("INVALID_TRANSITION")) {
            assertThatThrownBy(() -> apply(m, action, at)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
            assertThat(m.status()).isEqualTo(from);
            assertThat(m.pullEvents()).isEmpty();
        } else {
            apply(m, action, at);
            assertThat(m.status()).isEqualTo(DeliveryStatus.valueOf(outcome));
            assertThat(m.updatedAt()).isEqualTo(at);
            assertThat(m.pullEvents()).extracting(MessageEvent::action).containsExactly(switch (action) {
                case "markSent" -> "message.sent";
                case "markFailed" -> "message.send_failed";
                default -> "message.retried";
            });
        }
    }

    @Test
    void aFailedAttemptKeepsTheMessageQueuedWithTheReasonAndSendingClearsIt() {
        Message m = in(DeliveryStatus.QUEUED);

        m.attemptFailed("Connection refused", T0.plusSeconds(1));
        assertThat(m.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(m.failureReason()).isEqualTo("Connection refused");
        assertThat(m.pullEvents()).isEmpty();

        m.markSent(T0.plusSeconds(60));
        assertThat(m.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(m.sentAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(m.failureReason()).isNull();
    }

    @Test
    void aLateFailureReportDoesNotTouchASentMessage() {
        Message m = in(DeliveryStatus.SENT);

        m.attemptFailed("timeout", T0.plusSeconds(9));

        assertThat(m.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(m.failureReason()).isNull();
    }

    @Test
    void aFailedMessageShowsWhyAndMayBeRetried() {
        Message m = in(DeliveryStatus.FAILED);

        assertThat(m.failureReason()).isEqualTo("550 no such user");
        assertThat(m.refusalToRetry()).isEmpty();
        assertThat(in(DeliveryStatus.SENT).refusalToRetry()).isPresent();
    }

    @Test
    void aMessageNeedsARecipientAndText() {
        assertThatThrownBy(() -> Message.queued(new MessageId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                new ConversationId(UUID.randomUUID()), US, List.of(), null, "s", "body", "x@y", null, null, null,
                MessagePurpose.REPLY, null, T0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.details()).extracting(FieldError::field).containsExactly("to"));
        assertThatThrownBy(() -> Message.queued(new MessageId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                new ConversationId(UUID.randomUUID()), US, List.of(ANN), null, "s", "  \n ", "x@y", null, null, null,
                MessagePurpose.REPLY, null, T0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.details()).extracting(FieldError::field).containsExactly("body"));
        assertThatThrownBy(() -> Message.queued(new MessageId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                new ConversationId(UUID.randomUUID()), US, List.of(ANN), null, "s", "x".repeat(Message.MAX_BODY + 1), "x@y",
                null, null, null, MessagePurpose.REPLY, null, T0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.details()).extracting(FieldError::field).containsExactly("body"));
    }

    @Test
    void aReplyRefersToTheWholeThreadOnce() {
        Message m = queued();

        assertThat(m.threadIds()).containsExactly("root@in.test", "parent@in.test");
        assertThat(Message.rehydrate(m.id(), m.tenantId(), m.conversationId(), m.direction(), m.from(), m.to(), m.cc(),
                m.subject(), m.bodyText(), null, m.internetMessageId(), "root@in.test", List.of("root@in.test"), 0, null,
                null, DeliveryStatus.SENT, null, T0, null, T0, T0, 1).threadIds()).containsExactly("root@in.test");
    }
}
