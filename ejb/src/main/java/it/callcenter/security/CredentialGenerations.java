package it.callcenter.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Each user's credential generation as the database has it, at most a second old: a screen session or a
 * remembered API credential of an older generation is no longer accepted. The generation lives in the database
 * so that every server of a cluster sees a change within that second; this server sees its own changes at once,
 * since they are forgotten here when their transaction ends. The generations of all users are read in ONE
 * statement at most once a second per server (issue 12: with 200 operators each asking about once a second, a
 * read per user and second was a round trip on nearly every request); a user missing from that reading (created
 * since, or changed here) is read alone, as before.
 */
@ApplicationScoped
public class CredentialGenerations {

    static final long FRESH_MILLIS = 1000;
    /** The generation of a user who does not exist: no session or credential has it. */
    static final long NO_USER = -1;

    private record Read(long generation, long at) {
    }

    private final Map<String, Read> reads = new ConcurrentHashMap<>();
    /** Moves at every forget, so a read that raced with a change is not kept. */
    private final AtomicLong forgets = new AtomicLong();
    private final LongSupplier clock = System::currentTimeMillis;

    /** Every user's generation as one statement read them, and when; changed users are taken out at once. */
    private record Snapshot(Map<String, Long> generations, long at) {
    }

    private volatile Snapshot snapshot = new Snapshot(new ConcurrentHashMap<>(), Long.MIN_VALUE / 2);
    private final ReentrantLock refreshing = new ReentrantLock();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private CredentialCache credentials;

    public boolean isCurrent(String username, long generation) {
        return generation != NO_USER && current(username) == generation;
    }

    long current(String username) {
        long now = clock.getAsLong();
        Long known = fresh(now).generations().get(username);
        if (known != null) {
            return known;
        }
        Read read = reads.get(username);
        if (read != null && now - read.at() < FRESH_MILLIS) {
            return read.generation();
        }
        long stamp = forgets.get();
        long generation = em.createNamedQuery("UserAccount.credentialGeneration", Long.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(NO_USER);
        if (forgets.get() == stamp) {
            reads.put(username, new Read(generation, now));
        }
        return generation;
    }

    /**
     * The reading of all generations, made again by one request when it is a second old (the others wait for it,
     * a few milliseconds); dropped if a generation was forgotten meanwhile (else that user's old value could come
     * back), in which case the users are read one by one and the next request reads all again.
     */
    private Snapshot fresh(long now) {
        Snapshot s = snapshot;
        if (now - s.at() < FRESH_MILLIS) {
            return s;
        }
        refreshing.lock();
        try {
            s = snapshot;
            if (now - s.at() < FRESH_MILLIS) {
                return s;
            }
            long stamp = forgets.get();
            Map<String, Long> all = new ConcurrentHashMap<>();
            for (Object row : em.createNativeQuery("SELECT username, credential_generation FROM app_user").getResultList()) {
                Object[] r = (Object[]) row;
                all.put((String) r[0], ((Number) r[1]).longValue());
            }
            Snapshot read = new Snapshot(all, now);
            // kept first, checked after: a forget counted after this check also takes its user out of it
            snapshot = read;
            if (forgets.get() == stamp) {
                return read;
            }
            snapshot = new Snapshot(new ConcurrentHashMap<>(), Long.MIN_VALUE / 2);
            return snapshot;
        } finally {
            refreshing.unlock();
        }
    }

    /** The user's generation moved in the current transaction: forget what this server knows once it ends. */
    void changed(String username) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            forget(username);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before: only the outcome matters
            }

            @Override
            public void afterCompletion(int status) {
                forget(username);
            }
        });
    }

    private void forget(String username) {
        forgets.incrementAndGet();
        snapshot.generations().remove(username);
        reads.remove(username);
        credentials.forget(username);
    }
}
