package io.smbhub.application.contract;

import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.port.out.JobQueue.Job;
import io.smbhub.application.port.out.JobQueue.Kind;
import io.smbhub.application.port.out.JobQueue.Status;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link JobQueue} (spec smb-hub-prd.md 12.4; issue 5 "GET /v1/jobs/{id} shows status and progress"):
 * idempotent enqueueing, jobs shown only to their tenant, progress, and the claim/retry/fail cycle. The queue is
 * shared by the whole class, so each test uses its own idempotency keys and looks only at its own jobs.
 */
public abstract class JobQueueContract extends InboxPortContract {

    private static final Duration LEASE = Duration.ofMinutes(5);

    private JobQueue jobs() {
        return inbox().jobs();
    }

    private String key() {
        return "test/" + newId();
    }

    private Optional<Job> find(TenantId tenant, UUID id) {
        return in(tenant, () -> jobs().find(tenant, id));
    }

    /** Claims everything due at {@code now} and returns the claimed job with {@code id}, if it was claimed. */
    private Optional<Job> claim(UUID id, Instant now) {
        return tx().withoutTenant(() -> jobs().claim(10_000, now, LEASE)).stream().filter(j -> j.id().equals(id)).findFirst();
    }

    @Test
    void aTenantsJobIsFoundByItsTenantWithEveryField() {
        TenantId tenant = newTenant();
        String key = key();

        UUID id = in(tenant, () -> jobs().enqueueFor(tenant, Kind.AR_REMINDER_SEND, key, "{\"invoice\": \"x\"}", T0));

        assertThat(find(tenant, id)).get().satisfies(job -> {
            assertThat(job.id()).isEqualTo(id);
            assertThat(job.tenantId()).isEqualTo(tenant);
            assertThat(job.kind()).isEqualTo(Kind.AR_REMINDER_SEND);
            assertThat(job.idempotencyKey()).isEqualTo(key);
            assertThat(job.payload()).contains("\"invoice\"").contains("\"x\"");
            assertThat(job.status()).isEqualTo(Status.QUEUED);
            assertThat(job.attempts()).isZero();
            assertThat(job.runAt()).isEqualTo(T0);
            assertThat(job.lastError()).isNull();
            assertThat(job.progressDone()).isZero();
            assertThat(job.progressTotal()).isZero();
        });
    }

    @Test
    void enqueueingTheSameKindAndKeyAgainKeepsOneJobAndAnswersItsId() {
        TenantId tenant = newTenant();
        String key = key();

        UUID first = in(tenant, () -> jobs().enqueueFor(tenant, Kind.EMAIL_SEND, key, "{\"n\": 1}", T0));
        UUID second = in(tenant, () -> jobs().enqueueFor(tenant, Kind.EMAIL_SEND, key, "{\"n\": 2}", at(Duration.ofHours(1))));
        boolean plainAgain = in(tenant, () -> jobs().enqueue(Kind.EMAIL_SEND, key, "{\"n\": 3}", T0));
        UUID otherKind = in(tenant, () -> jobs().enqueueFor(tenant, Kind.AR_REMINDER_SEND, key, "{}", T0));

        assertThat(second).isEqualTo(first);
        assertThat(plainAgain).isFalse();
        assertThat(otherKind).isNotEqualTo(first);
        assertThat(find(tenant, first)).get().satisfies(job -> {
            assertThat(job.payload()).contains("1");
            assertThat(job.runAt()).isEqualTo(T0);
        });
    }

    @Test
    void aJobIsNotShownToAnotherTenantNorIsAPlatformJobShownToAnyTenant() {
        TenantId owner = newTenant();
        TenantId other = newTenant();
        UUID tenantJob = in(owner, () -> jobs().enqueueFor(owner, Kind.EXPORT_BUILD, key(), "{}", T0));
        String platformKey = key();
        tx().withoutTenant(() -> jobs().enqueue(Kind.WEBHOOK_PROCESS, platformKey, "{}", T0));
        Job platformJob = tx().withoutTenant(() -> jobs().claim(10_000, T0, LEASE)).stream()
                .filter(j -> j.idempotencyKey().equals(platformKey)).findFirst().orElseThrow();

        assertThat(find(owner, tenantJob)).isPresent();
        assertThat(find(other, tenantJob)).isEmpty();
        assertThat(find(owner, newId())).isEmpty();
        assertThat(platformJob.tenantId()).isNull();
        assertThat(find(owner, platformJob.id())).isEmpty();
    }

    @Test
    void progressIsRecordedAndShown() {
        TenantId tenant = newTenant();
        UUID id = in(tenant, () -> jobs().enqueueFor(tenant, Kind.EXPORT_BUILD, key(), "{}", T0));
        assertThat(claim(id, T0)).isPresent();

        tx().withoutTenant(() -> {
            jobs().progress(id, 40, 120, at(Duration.ofSeconds(5)));
            return null;
        });

        assertThat(find(tenant, id)).get().satisfies(job -> {
            assertThat(job.status()).isEqualTo(Status.RUNNING);
            assertThat(job.progressDone()).isEqualTo(40);
            assertThat(job.progressTotal()).isEqualTo(120);
            assertThat(job.updatedAt()).isEqualTo(at(Duration.ofSeconds(5)));
        });
    }

    @Test
    void aClaimedJobIsLeasedThenRetriedThenFailedWithItsReason() {
        TenantId tenant = newTenant();
        UUID id = in(tenant, () -> jobs().enqueueFor(tenant, Kind.EMAIL_SEND, key(), "{}", at(Duration.ofMinutes(1))));

        assertThat(claim(id, T0)).as("not due yet").isEmpty();
        Job running = claim(id, at(Duration.ofMinutes(1))).orElseThrow();
        assertThat(claim(id, at(Duration.ofMinutes(2)))).as("leased to another worker").isEmpty();
        tx().withoutTenant(() -> {
            jobs().retry(id, "SMTP timed out", at(Duration.ofMinutes(30)), at(Duration.ofMinutes(2)));
            return null;
        });
        Job queued = find(tenant, id).orElseThrow();
        Job again = claim(id, at(Duration.ofMinutes(30))).orElseThrow();
        tx().withoutTenant(() -> {
            jobs().fail(id, "mailbox does not exist", at(Duration.ofMinutes(31)));
            return null;
        });

        assertThat(running.status()).isEqualTo(Status.RUNNING);
        assertThat(running.attempts()).isEqualTo(1);
        assertThat(running.tenantId()).isEqualTo(tenant);
        assertThat(queued.status()).isEqualTo(Status.QUEUED);
        assertThat(queued.lastError()).isEqualTo("SMTP timed out");
        assertThat(queued.runAt()).isEqualTo(at(Duration.ofMinutes(30)));
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(find(tenant, id)).get().satisfies(job -> {
            assertThat(job.status()).isEqualTo(Status.FAILED);
            assertThat(job.lastError()).isEqualTo("mailbox does not exist");
        });
        assertThat(claim(id, at(Duration.ofDays(5)))).isEmpty();
    }

    @Test
    void aSucceededJobIsNotClaimedAgain() {
        TenantId tenant = newTenant();
        UUID id = in(tenant, () -> jobs().enqueueFor(tenant, Kind.AR_REMINDER_SEND, key(), "{}", T0));
        claim(id, T0).orElseThrow();

        tx().withoutTenant(() -> {
            jobs().succeed(id, at(Duration.ofSeconds(1)));
            return null;
        });

        assertThat(find(tenant, id)).get().extracting(Job::status).isEqualTo(Status.SUCCEEDED);
        assertThat(claim(id, at(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void aJobEnqueuedInARolledBackTransactionDoesNotExist() {
        TenantId tenant = newTenant();
        String key = key();
        UUID[] id = new UUID[1];

        runAndRollBack(tenant, () -> id[0] = jobs().enqueueFor(tenant, Kind.EMAIL_SEND, key, "{}", T0));

        assertThat(find(tenant, id[0])).isEmpty();
        assertThat(in(tenant, () -> jobs().enqueueFor(tenant, Kind.EMAIL_SEND, key, "{}", T0))).isEqualTo(id[0]);
        assertThat(find(tenant, id[0])).isPresent();
    }
}
