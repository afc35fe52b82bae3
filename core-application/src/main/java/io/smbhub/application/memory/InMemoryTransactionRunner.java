package io.smbhub.application.memory;

import io.smbhub.application.port.out.TransactionRunner;
import io.smbhub.domain.shared.TenantId;
import io.smbhub.domain.shared.UserId;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory adapters: serialised by one lock (nested calls join), and on an exception
 * every registered table is restored to its state at the start of the outermost call — so in-memory tests
 * see the same all-or-nothing behaviour as PostgreSQL.
 */
public final class InMemoryTransactionRunner implements TransactionRunner {

    /** Something holding state that a rollback must restore. */
    interface Participant {
        Object snapshot();

        void restore(Object snapshot);
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Participant> participants = new ArrayList<>();

    synchronized void register(Participant participant) {
        participants.add(participant);
    }

    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        return run(work);
    }

    @Override
    public <T> T withoutTenant(Supplier<T> work) {
        return run(work);
    }

    @Override
    public <T> T forUser(UserId user, Supplier<T> work) {
        return run(work);
    }

    private <T> T run(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            List<Object> snapshots = participants.stream().map(Participant::snapshot).toList();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                for (int i = 0; i < snapshots.size(); i++) {
                    participants.get(i).restore(snapshots.get(i));
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }
}
