package io.smbhub.application.contract;

import io.smbhub.application.port.out.IdempotencyStore;
import io.smbhub.application.port.out.IdempotencyStore.Entry;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Contract of {@link IdempotencyStore}. */
public abstract class IdempotencyStoreContract extends PortContract {

    private static final String OP = "invoice.create";

    private IdempotencyStore store() {
        return adapters().idempotency();
    }

    private boolean reserve(TenantId tenant, String operation, String key, String fingerprint) {
        return in(tenant, () -> store().reserve(tenant, operation, key, fingerprint, T0));
    }

    @Test
    void reservingAKeyTwiceSucceedsOnlyTheFirstTime() {
        TenantId tenant = newTenant();

        assertThat(reserve(tenant, OP, "key-1", "fp-1")).isTrue();
        assertThat(reserve(tenant, OP, "key-1", "fp-1")).isFalse();
        assertThat(reserve(tenant, OP, "key-1", "fp-other")).isFalse();
        assertThat(in(tenant, () -> store().find(tenant, OP, "key-1"))).contains(new Entry("fp-1", null));
    }

    @Test
    void reservingAKeyTwiceInOneTransactionSucceedsOnlyTheFirstTime() {
        TenantId tenant = newTenant();

        boolean[] results = in(tenant, () -> new boolean[] {
                store().reserve(tenant, OP, "key-1", "fp", T0), store().reserve(tenant, OP, "key-1", "fp", T0)});

        assertThat(results).containsExactly(true, false);
    }

    @Test
    void completeStoresTheResultThatFindReturns() {
        TenantId tenant = newTenant();
        reserve(tenant, OP, "key-1", "fp-1");

        run(tenant, () -> store().complete(tenant, OP, "key-1", "{\"id\":\"018f\"}"));

        assertThat(in(tenant, () -> store().find(tenant, OP, "key-1"))).contains(new Entry("fp-1", "{\"id\":\"018f\"}"));
    }

    @Test
    void keysAreScopedByTenantAndOperation() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        reserve(tenant, OP, "shared-key", "fp-1");

        assertThat(in(tenant, () -> store().find(tenant, "payment.record", "shared-key"))).isEmpty();
        assertThat(in(other, () -> store().find(other, OP, "shared-key"))).isEmpty();
        assertThat(reserve(tenant, "payment.record", "shared-key", "fp-2")).isTrue();
        assertThat(reserve(other, OP, "shared-key", "fp-3")).isTrue();
        assertThat(in(other, () -> store().find(other, OP, "shared-key"))).contains(new Entry("fp-3", null));
        assertThat(in(tenant, () -> store().find(tenant, OP, "shared-key"))).contains(new Entry("fp-1", null));
    }

    @Test
    void unknownKeyIsNotFound() {
        TenantId tenant = newTenant();

        assertThat(in(tenant, () -> store().find(tenant, OP, "never-used"))).isEmpty();
    }

    @Test
    void aRolledBackReservationLeavesNoKey() {
        TenantId tenant = newTenant();

        runAndRollBack(tenant, () -> {
            assertThat(store().reserve(tenant, OP, "key-1", "fp-1", T0)).isTrue();
            store().complete(tenant, OP, "key-1", "result");
        });

        assertThat(in(tenant, () -> store().find(tenant, OP, "key-1"))).isEmpty();
        assertThat(reserve(tenant, OP, "key-1", "fp-2")).isTrue();
    }

    @Test
    void aConcurrentReservationWaitsForTheFirstToCommitAndThenFails() throws Exception {
        TenantId tenant = newTenant();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch reserved = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        try {
            Future<Boolean> first = pool.submit(() -> in(tenant, () -> {
                boolean won = store().reserve(tenant, OP, "race", "fp", T0);
                reserved.countDown();
                await(finish);
                store().complete(tenant, OP, "race", "first result");
                return won;
            }));
            assertThat(reserved.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Entry> second = pool.submit(() -> in(tenant, () -> {
                boolean won = store().reserve(tenant, OP, "race", "fp", T0);
                return won ? null : store().find(tenant, OP, "race").orElseThrow();
            }));

            assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            finish.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(new Entry("fp", "first result"));
        } finally {
            finish.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aConcurrentReservationSucceedsWhenTheFirstRollsBack() throws Exception {
        TenantId tenant = newTenant();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch reserved = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        try {
            Future<?> first = pool.submit(() -> in(tenant, () -> {
                store().reserve(tenant, OP, "race", "fp-1", T0);
                reserved.countDown();
                await(finish);
                throw new IllegalStateException("first request failed");
            }));
            assertThat(reserved.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> second = pool.submit(() -> in(tenant, () -> store().reserve(tenant, OP, "race", "fp-2", T0)));

            assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            finish.countDown();

            assertThatThrownBy(() -> first.get(30, TimeUnit.SECONDS)).hasRootCauseMessage("first request failed");
            assertThat(second.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(in(tenant, () -> store().find(tenant, OP, "race"))).contains(new Entry("fp-2", null));
        } finally {
            finish.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test did not release the first transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
