package io.smbhub.application.contract;

import io.smbhub.application.port.out.DocumentNumberAllocator;
import io.smbhub.domain.shared.DocumentKind;
import io.smbhub.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract of {@link DocumentNumberAllocator}. */
public abstract class DocumentNumberAllocatorContract extends PortContract {

    private DocumentNumberAllocator numbers() {
        return adapters().numbers();
    }

    private long next(TenantId tenant, DocumentKind kind) {
        return in(tenant, () -> numbers().next(tenant, kind));
    }

    @Test
    void numbersStartAtOneAndCountUpPerTenantAndKind() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();

        assertThat(List.of(next(tenant, DocumentKind.INVOICE), next(tenant, DocumentKind.INVOICE),
                next(tenant, DocumentKind.INVOICE))).containsExactly(1L, 2L, 3L);
        assertThat(next(tenant, DocumentKind.QUOTE)).isEqualTo(1);
        assertThat(next(other, DocumentKind.INVOICE)).isEqualTo(1);
        assertThat(next(other, DocumentKind.INVOICE)).isEqualTo(2);
        assertThat(next(tenant, DocumentKind.INVOICE)).isEqualTo(4);
        assertThat(next(tenant, DocumentKind.QUOTE)).isEqualTo(2);
    }

    @Test
    void numbersTakenInOneTransactionAreConsecutive() {
        TenantId tenant = newTenant();

        List<Long> taken = in(tenant, () -> List.of(numbers().next(tenant, DocumentKind.QUOTE),
                numbers().next(tenant, DocumentKind.QUOTE), numbers().next(tenant, DocumentKind.QUOTE)));

        assertThat(taken).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aRolledBackTransactionGivesItsNumbersBack() {
        TenantId tenant = newTenant();
        TenantId fresh = newTenant();
        assertThat(next(tenant, DocumentKind.INVOICE)).isEqualTo(1);
        long[] inRolledBack = new long[2];

        runAndRollBack(tenant, () -> inRolledBack[0] = numbers().next(tenant, DocumentKind.INVOICE));
        runAndRollBack(fresh, () -> inRolledBack[1] = numbers().next(fresh, DocumentKind.INVOICE));

        assertThat(inRolledBack).containsExactly(2L, 1L);
        assertThat(next(tenant, DocumentKind.INVOICE)).isEqualTo(2);
        assertThat(next(fresh, DocumentKind.INVOICE)).isEqualTo(1);
    }

    @Test
    void concurrentCallersGetDistinctConsecutiveNumbers() throws Exception {
        TenantId tenant = newTenant();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return in(tenant, () -> {
                        long n = numbers().next(tenant, DocumentKind.INVOICE);
                        pause();
                        return n;
                    });
                }));
            }
            start.countDown();
            List<Long> taken = new ArrayList<>();
            for (Future<Long> f : futures) {
                taken.add(f.get(60, TimeUnit.SECONDS));
            }

            assertThat(taken).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, threads).boxed().toList());
            assertThat(next(tenant, DocumentKind.INVOICE)).isEqualTo(threads + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Holds the transaction open a moment, so concurrent callers really overlap. */
    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
