package io.smbhub.adapter.postgres;

import io.smbhub.application.port.out.JobQueue;
import io.smbhub.application.port.out.PaymentAccountRepository.PaymentAccount;
import io.smbhub.application.port.out.WebhookEventStore;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The durable job queue, the webhook event store and sealed payment credentials on real PostgreSQL, through the
 * application role (spec smb-hub-prd.md 12.4, 12.5; issue 4 "stored encrypted at rest").
 */
@DisplayName("Jobs, webhook events and payment accounts on PostgreSQL")
class PaymentInfrastructureOnPostgresTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final byte[] KEY = new byte[32];

    private static TestDatabase database;
    private static JdbcTransactionRunner tx;
    private static JooqJobQueue jobs;
    private static JooqWebhookEventStore events;

    @BeforeAll
    static void migrate() {
        database = TestDatabases.fresh("payment_infrastructure").migrate();
        tx = new JdbcTransactionRunner(database.dataSource());
        jobs = new JooqJobQueue(tx);
        events = new JooqWebhookEventStore(tx);
        KEY[0] = 7;
    }

    private static boolean enqueue(String key, Instant runAt) {
        return tx.withoutTenant(() -> jobs.enqueue(JobQueue.Kind.WEBHOOK_PROCESS, key, "{\"k\":\"" + key + "\"}", runAt));
    }

    @Test
    @DisplayName("the same (kind, key) is enqueued once; a rolled-back enqueue leaves no job")
    void enqueueIsIdempotentAndTransactional() {
        String key = "evt_" + UUID.randomUUID();
        assertThat(enqueue(key, T0)).isTrue();
        assertThat(enqueue(key, T0)).isFalse();
        String rolledBack = "evt_" + UUID.randomUUID();
        assertThatThrownBy(() -> tx.withoutTenant(() -> {
            jobs.enqueue(JobQueue.Kind.WEBHOOK_PROCESS, rolledBack, "{}", T0);
            throw new IllegalStateException("the change that caused it failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jobs.all()).extracting(JobQueue.Job::idempotencyKey).contains(key).doesNotContain(rolledBack);
    }

    @Test
    @DisplayName("two workers claiming at once never get the same job (SKIP LOCKED); every due job is claimed once")
    void concurrentClaimsDoNotOverlap() throws Exception {
        Instant when = T0.plus(Duration.ofDays(1));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String key = "concurrent-" + UUID.randomUUID();
            keys.add(key);
            enqueue(key, when);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<JobQueue.Job>>> claims = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            claims.add(pool.submit(() -> {
                start.await();
                List<JobQueue.Job> mine = new ArrayList<>();
                List<JobQueue.Job> batch;
                do {
                    batch = jobs.claim(3, when, Duration.ofMinutes(5));
                    mine.addAll(batch);
                } while (!batch.isEmpty());
                return mine;
            }));
        }
        start.countDown();
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        for (Future<List<JobQueue.Job>> claim : claims) {
            claim.get().stream().filter(j -> keys.contains(j.idempotencyKey())).forEach(j -> claimed.add(j.idempotencyKey()));
        }
        pool.shutdown();
        assertThat(claimed).hasSize(40);
        assertThat(new HashSet<>(claimed)).hasSize(40);
    }

    @Test
    @DisplayName("a crashed worker's job is claimed again once its lease ends; retry and fail keep the reason")
    void leaseRetryAndFail() {
        Instant when = T0.plus(Duration.ofDays(10));
        String key = "lease-" + UUID.randomUUID();
        enqueue(key, when);
        JobQueue.Job first = claimOne(key, when);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(JobQueue.Status.RUNNING);
        assertThat(jobs.claim(100, when.plusSeconds(60), Duration.ofMinutes(5)))
                .extracting(JobQueue.Job::idempotencyKey).doesNotContain(key);
        JobQueue.Job again = claimOne(key, when.plus(Duration.ofMinutes(6)));
        assertThat(again.attempts()).isEqualTo(2);

        jobs.retry(again.id(), "Stripe timed out", when.plus(Duration.ofHours(1)), when);
        assertThat(jobs.claim(100, when.plus(Duration.ofMinutes(30)), Duration.ofMinutes(5)))
                .extracting(JobQueue.Job::idempotencyKey).doesNotContain(key);
        JobQueue.Job third = claimOne(key, when.plus(Duration.ofHours(1)));
        assertThat(third.lastError()).isEqualTo("Stripe timed out");
        jobs.fail(third.id(), "gave up", when);
        assertThat(jobs.all()).filteredOn(j -> j.idempotencyKey().equals(key)).singleElement()
                .satisfies(j -> {
                    assertThat(j.status()).isEqualTo(JobQueue.Status.FAILED);
                    assertThat(j.lastError()).isEqualTo("gave up");
                });
        assertThat(jobs.claim(100, when.plus(Duration.ofDays(5)), Duration.ofMinutes(5)))
                .extracting(JobQueue.Job::idempotencyKey).doesNotContain(key);
    }

    private static JobQueue.Job claimOne(String key, Instant now) {
        return jobs.claim(1000, now, Duration.ofMinutes(5)).stream().filter(j -> j.idempotencyKey().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("job " + key + " was not claimed at " + now));
    }

    @Test
    @DisplayName("webhook events: one row per provider event id, raw payload kept exactly, outcome recorded, never deleted")
    void webhookEvents() {
        String id = "evt_" + UUID.randomUUID();
        String payload = "{\"id\":\"" + id + "\",  \"type\":\"charge.refunded\", \"note\":\"ünïcode\"}";
        WebhookEventStore.StoredEvent event = new WebhookEventStore.StoredEvent(UUID.randomUUID(), "STRIPE", id,
                "charge.refunded", payload, WebhookEventStore.Status.RECEIVED, null, T0, null);
        assertThat(tx.withoutTenant(() -> events.storeIfAbsent(event))).isTrue();
        assertThat(tx.withoutTenant(() -> events.storeIfAbsent(new WebhookEventStore.StoredEvent(UUID.randomUUID(),
                "STRIPE", id, "charge.refunded", "{}", WebhookEventStore.Status.RECEIVED, null, T0, null)))).isFalse();
        tx.withoutTenant(() -> {
            events.markOutcome("STRIPE", id, WebhookEventStore.Status.PROCESSED, null, T0.plusSeconds(2));
            return null;
        });
        WebhookEventStore.StoredEvent stored = tx.withoutTenant(() -> events.find("STRIPE", id)).orElseThrow();
        assertThat(stored.payload()).isEqualTo(payload);
        assertThat(stored.status()).isEqualTo(WebhookEventStore.Status.PROCESSED);
        assertThatThrownBy(() -> tx.withoutTenant(() -> tx.dsl().execute("delete from webhook_events")))
                .hasMessageContaining("permission denied");
    }

    @Test
    @DisplayName("a tenant's own secret key is stored sealed, opens only with the key, and stays within its tenant")
    void sealedPaymentAccounts() {
        TenantId a = newTenant();
        TenantId b = newTenant();
        JooqPaymentAccountRepository accounts = new JooqPaymentAccountRepository(tx, new SecretSealer(KEY));
        tx.inTenant(a, () -> {
            accounts.save(new PaymentAccount(a, "STRIPE", null, "sk_test_tenant_a_secret", T0));
            return null;
        });
        tx.inTenant(b, () -> {
            accounts.save(new PaymentAccount(b, "STRIPE", "acct_1B", null, T0));
            return null;
        });
        assertThat(tx.inTenant(a, () -> accounts.find(a, "STRIPE")).orElseThrow().secretKey()).isEqualTo("sk_test_tenant_a_secret");
        String raw = tx.inTenant(a, () -> tx.dsl().fetchValue("select secret_key_sealed from payment_accounts")).toString();
        assertThat(raw).startsWith("v1:").doesNotContain("sk_test");
        assertThat(tx.inTenant(b, () -> accounts.find(a, "STRIPE"))).isEmpty();
        assertThat(tx.inTenant(b, () -> tx.dsl().fetchCount(tx.dsl().selectFrom("payment_accounts")))).isEqualTo(1);

        byte[] otherKey = KEY.clone();
        otherKey[1] = 9;
        JooqPaymentAccountRepository wrongKey = new JooqPaymentAccountRepository(tx, new SecretSealer(otherKey));
        assertThatThrownBy(() -> tx.inTenant(a, () -> wrongKey.find(a, "STRIPE")))
                .hasMessageContaining("could not be opened");
        assertThat(tx.inTenant(a, () -> accounts.delete(a, "STRIPE"))).isTrue();
        assertThat(tx.inTenant(a, () -> accounts.find(a, "STRIPE"))).isEmpty();
    }

    private static final Set<TenantId> TENANTS = new HashSet<>();

    private static TenantId newTenant() {
        TenantId tenant = new TenantId(UUID.randomUUID());
        TENANTS.add(tenant);
        tx.withoutTenant(() -> tx.dsl().execute("""
                insert into tenants (id, name, profile_id, timezone, currency, created_at, updated_at)
                values (?, ?, 'general', 'UTC', 'USD', now(), now())""", tenant.value(), "Tenant " + tenant));
        return tenant;
    }
}
