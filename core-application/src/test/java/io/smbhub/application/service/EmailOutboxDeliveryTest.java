package io.smbhub.application.service;

import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.contact.ContactView;
import io.smbhub.application.port.in.inbox.MessageView;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.port.out.OutgoingEmail;
import io.smbhub.application.service.job.JobRunner;
import io.smbhub.domain.inbox.DeliveryStatus;
import io.smbhub.domain.invoice.InvoiceStatus;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.shared.MessageId;
import io.smbhub.domain.tenant.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Emails leave through the transactional outbox: queued with the change, sent after commit, retried (issue 5)")
class EmailOutboxDeliveryTest {

    private final CoreFixture f = new CoreFixture();
    private final ContactView john = f.contact("John Smith", "john@example.com");

    private InvoiceView send() {
        InvoiceView draft = f.draftInvoice(john, "150");
        return f.core.sendInvoice().send(f.owner, new SendDocumentCommand(draft.id(), null, "Thanks for the job"));
    }

    private MessageView onlyMessage() {
        assertThat(f.allMessages()).hasSize(1);
        return f.allMessages().get(0);
    }

    private List<JobQueue.Job> emailJobs() {
        return f.hub.jobs().all().stream().filter(j -> j.kind() == JobQueue.Kind.EMAIL_SEND).toList();
    }

    @Test
    void theSendCommitsWithAQueuedMessageAndTheEmailLeavesOnlyWhenTheJobRuns() {
        InvoiceView sent = send();

        assertThat(sent.status()).isEqualTo(InvoiceStatus.SENT);
        assertThat(f.hub.email().emails()).isEmpty();
        MessageView queued = onlyMessage();
        assertThat(queued.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(queued.purpose()).isEqualTo("invoice_sent");
        assertThat(queued.documentId()).isEqualTo(sent.id());
        assertThat(queued.bodyText()).as("the portal link is made at send time, never stored").contains("{{portal_url}}");
        assertThat(emailJobs()).singleElement().satisfies(j -> assertThat(j.status()).isEqualTo(JobQueue.Status.QUEUED));

        List<OutgoingEmail> emails = f.deliver();

        assertThat(emails).singleElement().satisfies(e -> {
            assertThat(e.messageId()).isEqualTo(queued.internetMessageId());
            assertThat(e.subject()).isEqualTo("Invoice INV-000001 from Pipe & Co");
            assertThat(e.from()).isEqualTo(new OutgoingEmail.Address("billing@smbhub.test", "Pipe & Co"));
            assertThat(e.replyTo().address()).isEqualTo(f.inboundAddress());
            assertThat(e.to()).containsExactly(new OutgoingEmail.Address("john@example.com", "John Smith"));
            assertThat(e.text()).contains("Hello John Smith,", "Thanks for the job", "invoice INV-000001 for 150.00 USD",
                    "View and pay online: http://localhost:8080/portal/invoices/").doesNotContain("{{");
            assertThat(e.reference()).isEqualTo("INV-000001");
            assertThat(e.attachments()).singleElement().satisfies(a -> {
                assertThat(a.filename()).isEqualTo("INV-000001.txt");
                assertThat(new String(a.content(), StandardCharsets.UTF_8)).contains("Invoice INV-000001 (Sent)", "Total: USD 150.00");
            });
        });
        MessageView delivered = onlyMessage();
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivered.sentAt()).isEqualTo(f.hub.clock().now());
        assertThat(emailJobs()).singleElement().satisfies(j -> assertThat(j.status()).isEqualTo(JobQueue.Status.SUCCEEDED));
        assertThat(f.deliver()).as("running the jobs again sends nothing more").hasSize(1);
    }

    @Test
    void aSendThatIsRefusedQueuesNothing() {
        InvoiceView draft = f.draftInvoice(f.contact("No Mail", null), "80");

        assertThatThrownBy(() -> f.core.sendInvoice().send(f.owner, new SendDocumentCommand(draft.id(), null, null)))
                .isInstanceOf(DomainException.class);

        assertThat(f.hub.jobs().all()).isEmpty();
        assertThat(f.allMessages()).isEmpty();
        assertThat(f.deliver()).isEmpty();
    }

    @Test
    void aTransientFailureKeepsTheMessageQueuedWithTheReasonAndTheJobRetriesAfterTheBackoff() {
        send();
        f.hub.email().failNext(1, ErrorCode.PROVIDER_ERROR);

        f.core.jobs().runDueJobs(10);

        MessageView waiting = onlyMessage();
        assertThat(waiting.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(waiting.failureReason()).contains("Mail server refused");
        assertThat(waiting.allowedActions()).doesNotContain("retry");
        assertThat(emailJobs()).singleElement().satisfies(j -> {
            assertThat(j.status()).isEqualTo(JobQueue.Status.QUEUED);
            assertThat(j.attempts()).isEqualTo(1);
            assertThat(j.runAt()).isEqualTo(f.hub.clock().now().plus(JobRunner.backoff(1)));
        });
        assertThat(f.core.jobs().runDueJobs(10)).as("not due before the backoff").isZero();

        f.hub.clock().advance(JobRunner.backoff(1).plusSeconds(1));
        f.core.jobs().runDueJobs(10);

        assertThat(f.hub.email().emails()).hasSize(1);
        assertThat(onlyMessage().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(onlyMessage().failureReason()).isNull();
        f.hub.clock().advance(Duration.ofDays(1));
        assertThat(f.deliver()).hasSize(1);
    }

    @Test
    void aPermanentRefusalFailsTheMessageAtOnceWithARetryActionAndRetryingSendsIt() {
        send();
        f.hub.email().failNext(1, ErrorCode.EMAIL_REJECTED);

        f.core.jobs().runDueJobs(10);
        f.hub.clock().advance(Duration.ofHours(12));
        f.core.jobs().runDueJobs(10);

        MessageView failed = onlyMessage();
        assertThat(f.hub.email().emails()).isEmpty();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.failureReason()).contains("Mail server refused");
        assertThat(failed.allowedActions()).containsExactly("retry");
        assertThat(f.messages(f.member(Role.VIEWER), failed.conversationId())).singleElement()
                .satisfies(m -> assertThat(m.allowedActions()).as("a viewer may not retry").isEmpty());
        assertThat(emailJobs()).singleElement().satisfies(j -> assertThat(j.status()).isEqualTo(JobQueue.Status.FAILED));

        MessageView retried = f.core.conversations().retry(f.owner, new MessageId(failed.id()));

        assertThat(retried.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(f.deliver()).singleElement().satisfies(e -> assertThat(e.messageId()).isEqualTo(failed.internetMessageId()));
        assertThat(onlyMessage().status()).isEqualTo(DeliveryStatus.SENT);
        assertThatThrownBy(() -> f.core.conversations().retry(f.owner, new MessageId(failed.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION));
        assertThatThrownBy(() -> f.core.conversations().retry(f.member(Role.VIEWER), new MessageId(failed.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void afterEveryAttemptFailedTheMessageIsFailedWithARetryAction() {
        send();
        f.hub.email().failNext(JobRunner.MAX_ATTEMPTS, ErrorCode.PROVIDER_ERROR);

        for (int attempt = 1; attempt <= JobRunner.MAX_ATTEMPTS; attempt++) {
            assertThat(f.core.jobs().runDueJobs(10)).as("attempt %d runs", attempt).isEqualTo(1);
            assertThat(onlyMessage().status()).isEqualTo(attempt < JobRunner.MAX_ATTEMPTS ? DeliveryStatus.QUEUED
                    : DeliveryStatus.FAILED);
            f.hub.clock().advance(JobRunner.backoff(attempt).plusSeconds(1));
        }

        assertThat(f.core.jobs().runDueJobs(10)).isZero();
        assertThat(f.hub.email().emails()).isEmpty();
        assertThat(onlyMessage().allowedActions()).contains("retry");
        assertThat(emailJobs()).singleElement().satisfies(j -> {
            assertThat(j.status()).isEqualTo(JobQueue.Status.FAILED);
            assertThat(j.attempts()).isEqualTo(JobRunner.MAX_ATTEMPTS);
        });
    }

    @Test
    void aResendThreadsIntoTheConversationOfTheFirstEmail() {
        InvoiceView sent = send();
        f.deliver();

        f.core.sendInvoice().send(f.owner, new SendDocumentCommand(sent.id(), null, null));
        List<OutgoingEmail> emails = f.deliver();

        assertThat(f.conversations(f.owner)).hasSize(1);
        assertThat(emails).hasSize(2);
        assertThat(emails.get(1).inReplyTo()).isEqualTo(emails.get(0).messageId());
        assertThat(emails.get(1).references()).containsExactly(emails.get(0).messageId());
        assertThat(f.core.invoiceQueries().get(f.owner, new InvoiceId(sent.id())).status()).isEqualTo(InvoiceStatus.SENT);
    }
}
