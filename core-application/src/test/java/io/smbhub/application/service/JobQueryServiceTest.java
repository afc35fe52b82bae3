package io.smbhub.application.service;

import io.smbhub.application.port.in.Actor;
import io.smbhub.application.port.in.SendDocumentCommand;
import io.smbhub.application.port.in.invoice.InvoiceView;
import io.smbhub.application.port.in.job.JobView;
import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.service.job.JobRunner;
import io.smbhub.domain.shared.DomainException;
import io.smbhub.domain.shared.ErrorCode;
import io.smbhub.domain.shared.InvoiceId;
import io.smbhub.domain.tenant.Role;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@DisplayName("GET /v1/jobs/{id}: a business sees its own jobs with status and progress (issue 5)")
class JobQueryServiceTest {

    private final CoreFixture f = new CoreFixture();

    private UUID reminderJob() {
        InvoiceView draft = f.draftInvoice(f.contact("John Smith", "john@example.com"), "100");
        f.core.sendInvoice().send(f.owner, new SendDocumentCommand(draft.id(), null, null));
        f.deliver();
        return f.core.remindInvoice().remind(f.owner, new InvoiceId(draft.id())).jobId();
    }

    private static ErrorCode codeOf(ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return ((DomainException) thrown).code();
    }

    @Test
    void aJobOfOurBusinessShowsStatusAttemptsAndProgress() {
        UUID id = reminderJob();
        f.hub.jobs().progress(id, 3, 10, f.hub.clock().now());

        JobView view = f.core.jobQueries().get(f.member(Role.VIEWER), id);

        assertThat(view.id()).isEqualTo(id);
        assertThat(view.kind()).isEqualTo("EMAIL_SEND");
        assertThat(view.status()).isEqualTo("QUEUED");
        assertThat(view.attempts()).isZero();
        assertThat(view.maxAttempts()).isEqualTo(JobRunner.MAX_ATTEMPTS);
        assertThat(view.progressDone()).isEqualTo(3);
        assertThat(view.progressTotal()).isEqualTo(10);
        assertThat(view.runAt()).isEqualTo(f.hub.clock().now());
    }

    @Test
    void aFailedAttemptShowsTheErrorAndTheNextRun() {
        UUID id = reminderJob();
        f.hub.email().failNext(1, ErrorCode.PROVIDER_ERROR);

        f.core.jobs().runDueJobs(10);
        JobView view = f.core.jobQueries().get(f.owner, id);

        assertThat(view.status()).isEqualTo("QUEUED");
        assertThat(view.attempts()).isEqualTo(1);
        assertThat(view.lastError()).contains("Mail server refused");
        assertThat(view.runAt()).isEqualTo(f.hub.clock().now().plus(JobRunner.backoff(1)));
    }

    @Test
    void anotherBusinessesJobIsNotFound() {
        UUID ours = reminderJob();
        Actor other = f.otherBusiness("owner@other.test");

        assertThat(codeOf(() -> f.core.jobQueries().get(other, ours))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(f.core.jobQueries().get(f.owner, ours).id()).isEqualTo(ours);
    }

    @Test
    void platformJobsAndUnknownIdsAreNotFound() {
        f.hub.ports().tx().withoutTenant(() -> f.hub.jobs().enqueue(JobQueue.Kind.WEBHOOK_PROCESS, "evt_1", "{}",
                f.hub.clock().now()));
        UUID platformJob = f.hub.jobs().all().stream().filter(j -> j.kind() == JobQueue.Kind.WEBHOOK_PROCESS)
                .findFirst().orElseThrow().id();

        assertThat(codeOf(() -> f.core.jobQueries().get(f.owner, platformJob))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(codeOf(() -> f.core.jobQueries().get(f.owner, UUID.randomUUID()))).isEqualTo(ErrorCode.NOT_FOUND);
    }
}
