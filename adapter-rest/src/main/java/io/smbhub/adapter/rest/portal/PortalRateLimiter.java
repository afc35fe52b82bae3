package io.smbhub.adapter.rest.portal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-client rate limits of the client portal (spec smb-hub-prd.md 12.6), as token buckets (bucket4j) kept in
 * memory per client address:
 * <ul>
 *   <li>every request takes one token of a bucket of {@code requestsPerMinute}, refilled evenly over a minute;</li>
 *   <li>every failed request (a link that opened nothing) takes one token of a second bucket of
 *       {@code failuresPerMinute}; while that one is empty the client is refused altogether, so guessing links is
 *       throttled much harder than reading.</li>
 * </ul>
 * A refused request learns how long to wait ({@link Decision#retryAfterSeconds()}, at least 1).
 *
 * <p>Memory is bounded: at most {@code maxClients} clients are tracked (the least recently seen is dropped first),
 * and a client unseen for a minute — by then both its buckets are full again, so forgetting it changes nothing —
 * is dropped on the next admission. Limits are per application instance. Thread-safe.
 */
public final class PortalRateLimiter {

    /** How long a client must be idle before its (by then full) buckets are forgotten. */
    static final Duration IDLE = Duration.ofMinutes(1);

    /** The limits; all positive. */
    public record Limits(long requestsPerMinute, long failuresPerMinute, int maxClients) {
        public Limits {
            if (requestsPerMinute < 1 || failuresPerMinute < 1 || maxClients < 1) {
                throw new IllegalArgumentException("portal rate limits must be positive: " + requestsPerMinute + "/min, "
                        + failuresPerMinute + " failures/min, " + maxClients + " clients");
            }
        }
    }

    /** Whether a request may proceed and, if not, after how many seconds to retry. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private static final class Client {
        final Bucket requests;
        final Bucket failures;
        long lastSeenNanos;

        Client(Bucket requests, Bucket failures, long now) {
            this.requests = requests;
            this.failures = failures;
            this.lastSeenNanos = now;
        }
    }

    private final Limits limits;
    private final TimeMeter time;
    private final LinkedHashMap<String, Client> clients;

    public PortalRateLimiter(Limits limits) {
        this(limits, TimeMeter.SYSTEM_NANOTIME);
    }

    /** With {@code time} as the clock of the buckets and of idleness (tests pass a manual one). */
    PortalRateLimiter(Limits limits, TimeMeter time) {
        this.limits = limits;
        this.time = time;
        this.clients = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Client> eldest) {
                return size() > limits.maxClients();
            }
        };
    }

    /** Takes one request token of {@code client}; refused while its failure bucket is empty or its request bucket is. */
    public synchronized Decision admit(String client) {
        long now = time.currentTimeNanos();
        evictIdle(now);
        Client c = client(client, now);
        long failureWait = c.failures.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        if (failureWait > 0) {
            return refused(failureWait);
        }
        ConsumptionProbe probe = c.requests.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? new Decision(true, 0) : refused(probe.getNanosToWaitForRefill());
    }

    /** Records a failed request of {@code client} (a link that opened nothing). */
    public synchronized void recordFailure(String client) {
        long now = time.currentTimeNanos();
        client(client, now).failures.tryConsume(1);
    }

    /** How many clients are tracked now. */
    synchronized int trackedClients() {
        return clients.size();
    }

    private Client client(String key, long now) {
        Client c = clients.get(key);
        if (c == null) {
            c = new Client(bucket(limits.requestsPerMinute()), bucket(limits.failuresPerMinute()), now);
            clients.put(key, c);
        }
        c.lastSeenNanos = now;
        return c;
    }

    private Bucket bucket(long perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    /** Drops clients idle for {@link #IDLE}; the map is in access order, so the idle ones come first. */
    private void evictIdle(long now) {
        Iterator<Client> it = clients.values().iterator();
        while (it.hasNext()) {
            if (now - it.next().lastSeenNanos < IDLE.toNanos()) {
                return;
            }
            it.remove();
        }
    }

    private static Decision refused(long nanos) {
        return new Decision(false, Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }
}
