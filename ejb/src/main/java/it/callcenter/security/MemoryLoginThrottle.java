package it.callcenter.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The {@link LoginThrottle} of one server, in memory: each server of a cluster counts on its own, and a restart
 * forgets. After {@code threshold} failures the key waits {@code firstWait}, doubling with each further failure up
 * to {@code maxWait}; a key is forgotten {@code window} after its last failure or the end of its wait, whichever
 * is later. Limits from system properties ({@code callcenter.login.*}, see {@link Limits#fromSystem()}).
 */
@ApplicationScoped
public class MemoryLoginThrottle implements LoginThrottle {

    /** Past this many keys, forgotten ones are dropped; past it again, all that are not waiting. */
    static final int MAX_KEYS = 100_000;

    /** Thresholds and waits, in failures and milliseconds. */
    public record Limits(int userFailures, int addressFailures, long firstWaitMillis, long maxWaitMillis, long windowMillis) {

        public static Limits fromSystem() {
            return new Limits(Integer.getInteger("callcenter.login.user-failures", 5),
                    Integer.getInteger("callcenter.login.address-failures", 50),
                    Long.getLong("callcenter.login.first-wait-seconds", 15) * 1000,
                    Long.getLong("callcenter.login.max-wait-seconds", 900) * 1000,
                    Long.getLong("callcenter.login.window-minutes", 15) * 60_000);
        }
    }

    private final Limits limits;
    private final LongSupplier clock;
    private final Map<String, Counter> users = new ConcurrentHashMap<>();
    private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

    public MemoryLoginThrottle() {
        this(Limits.fromSystem(), System::currentTimeMillis);
    }

    MemoryLoginThrottle(Limits limits, LongSupplier clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Wait check(String username, String address) {
        long now = clock.getAsLong();
        Wait byUser = wait(users.get(username), now);
        Wait byAddress = wait(addresses.get(address), now);
        return byUser.seconds() >= byAddress.seconds() ? byUser : byAddress;
    }

    @Override
    public void failed(String username, String address) {
        long now = clock.getAsLong();
        fail(users, username, limits.userFailures(), now);
        fail(addresses, address, limits.addressFailures(), now);
    }

    @Override
    public void succeeded(String username) {
        users.remove(username);
    }

    private static Wait wait(Counter counter, long now) {
        if (counter == null) {
            return Wait.NONE;
        }
        synchronized (counter) {
            if (now >= counter.waitUntil) {
                return Wait.NONE;
            }
            boolean first = !counter.refusalNoted;
            counter.refusalNoted = true;
            return new Wait((counter.waitUntil - now + 999) / 1000, first);
        }
    }

    private void fail(Map<String, Counter> counters, String key, int threshold, long now) {
        if (counters.size() >= MAX_KEYS) {
            prune(counters, now);
        }
        Counter counter = counters.computeIfAbsent(key, k -> new Counter());
        synchronized (counter) {
            if (now >= counter.forgetAt(limits.windowMillis())) {
                counter.failures = 0;
            }
            counter.failures++;
            counter.lastFailure = now;
            if (counter.failures >= threshold) {
                int doublings = Math.min(counter.failures - threshold, 30);
                long wait = Math.min(limits.maxWaitMillis(), limits.firstWaitMillis() << doublings);
                counter.waitUntil = Math.max(counter.waitUntil, now + wait);
                counter.refusalNoted = false;
            }
        }
    }

    private void prune(Map<String, Counter> counters, long now) {
        counters.values().removeIf(c -> now >= c.forgetAt(limits.windowMillis()));
        if (counters.size() >= MAX_KEYS) {
            counters.values().removeIf(c -> now >= c.waitUntil);
        }
    }

    /** One key's failures; guarded by itself. */
    private static final class Counter {
        int failures;
        long lastFailure;
        long waitUntil;
        boolean refusalNoted;

        long forgetAt(long window) {
            return Math.max(lastFailure, waitUntil) + window;
        }
    }
}
