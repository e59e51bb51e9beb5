package it.callcenter.registry.leads;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A sliding window per lead-source key: at most {@code limit} posts in any {@code window}. In memory and per
 * server on purpose: it is a brake for bots, not an accounting; only valid keys get here, so the map stays as
 * small as the list of sources.
 */
@ApplicationScoped
public class LeadRateLimiter {

    static final int LIMIT = 30;
    static final long WINDOW_MILLIS = 60_000;

    private final Map<String, Deque<Long>> posts = new ConcurrentHashMap<>();
    private final int limit;
    private final long windowMillis;
    private final LongSupplier clock;

    public LeadRateLimiter() {
        this(LIMIT, WINDOW_MILLIS, System::currentTimeMillis);
    }

    LeadRateLimiter(int limit, long windowMillis, LongSupplier clock) {
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /** Counts one post for the key; refuses it, with the seconds to wait, when the window is full. */
    public void acquire(String key) {
        long now = clock.getAsLong();
        Deque<Long> times = posts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                throw new TooManyLeadsException(Math.max(1, (times.peekFirst() + windowMillis - now + 999) / 1000));
            }
            times.addLast(now);
        }
    }
}
