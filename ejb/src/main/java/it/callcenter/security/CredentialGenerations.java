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
import java.util.function.LongSupplier;

/**
 * Each user's credential generation as the database has it, read at most once a second per user: a screen
 * session or a remembered API credential of an older generation is no longer accepted. The generation lives in
 * the database so that every server of a cluster sees a change within that second; this server sees its own
 * changes at once, since they are forgotten here when their transaction ends.
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
        reads.remove(username);
        credentials.forget(username);
    }
}
