package it.callcenter.registry.leads;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Sliding windows over the posts of the last minute: at most {@code perAddress} from one remote address (whatever
 * the form) and at most {@code perKey} to one lead source. The address is judged first and its limit is the lower
 * one, so a single bot runs out of its own budget long before it can spend the form's: the form stays open for
 * everybody else. A refused post counts in neither window. In memory and per server on purpose: a brake for bots,
 * not an accounting; the addresses of the last minute are all it keeps (forgotten in a sweep once they are many).
 * Both limits can be set with the system properties {@value #PER_KEY_PROPERTY} and {@value #PER_ADDRESS_PROPERTY}.
 */
@ApplicationScoped
public class LeadRateLimiter {

    static final String PER_KEY_PROPERTY = "callcenter.leads.per-key-per-minute";
    static final String PER_ADDRESS_PROPERTY = "callcenter.leads.per-address-per-minute";
    static final int PER_KEY = 60;
    static final int PER_ADDRESS = 10;
    static final long WINDOW_MILLIS = 60_000;
    /** Past this many remembered addresses, those without a post in the window are forgotten. */
    static final int SWEEP_ABOVE = 10_000;

    private final Windows byKey;
    private final Windows byAddress;
    private final LongSupplier clock;

    public LeadRateLimiter() {
        this(Integer.getInteger(PER_KEY_PROPERTY, PER_KEY), Integer.getInteger(PER_ADDRESS_PROPERTY, PER_ADDRESS),
                WINDOW_MILLIS, System::currentTimeMillis);
    }

    LeadRateLimiter(int perKey, int perAddress, long windowMillis, LongSupplier clock) {
        this.byKey = new Windows(perKey, windowMillis);
        this.byAddress = new Windows(perAddress, windowMillis);
        this.clock = clock;
    }

    /** Counts one post from the address to the key; refuses it, with the seconds to wait, when either window is full. */
    public void acquire(String key, String address) {
        long now = clock.getAsLong();
        Deque<Long> fromAddress = byAddress.of(String.valueOf(address), now);
        Deque<Long> toKey = byKey.of(key, now);
        // always the address's lock first, then the key's: no two threads can wait on each other
        synchronized (fromAddress) {
            synchronized (toKey) {
                byAddress.refuseIfFull(fromAddress, now);
                byKey.refuseIfFull(toKey, now);
                fromAddress.addLast(now);
                toKey.addLast(now);
            }
        }
    }

    int addressesRemembered() {
        return byAddress.posts.size();
    }

    /** The posts of the last window, per key or per address. */
    private static final class Windows {
        private final Map<String, Deque<Long>> posts = new ConcurrentHashMap<>();
        private final int limit;
        private final long windowMillis;

        Windows(int limit, long windowMillis) {
            this.limit = limit;
            this.windowMillis = windowMillis;
        }

        Deque<Long> of(String id, long now) {
            if (posts.size() > SWEEP_ABOVE) {
                posts.values().removeIf(times -> {
                    synchronized (times) {
                        return times.isEmpty() || times.peekLast() <= now - windowMillis;
                    }
                });
            }
            return posts.computeIfAbsent(id, k -> new ArrayDeque<>());
        }

        void refuseIfFull(Deque<Long> times, long now) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                throw new TooManyLeadsException(Math.max(1, (times.peekFirst() + windowMillis - now + 999) / 1000));
            }
        }
    }
}
