package it.callcenter.registry;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The custom field definitions as the party card shows them, read at most once a second per server (issue 12:
 * every card read them, a round trip each). A change made on this server is forgotten when its transaction ends,
 * so it shows at once here; another server of a cluster shows it within that second. Saving a party validates
 * against the definitions read afresh ({@link RegistryLookups}), never these.
 */
@ApplicationScoped
public class CustomFieldMemory {

    static final long FRESH_MILLIS = 1000;

    private record Read(List<CustomFieldView> fields, long at) {
    }

    private volatile Read read;
    /** Moves at every forget, so a reading that raced with a change is not kept. */
    private final AtomicLong forgets = new AtomicLong();
    private final LongSupplier clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    public CustomFieldMemory() {
        this(System::currentTimeMillis);
    }

    CustomFieldMemory(LongSupplier clock) {
        this.clock = clock;
    }

    List<CustomFieldView> fields(Supplier<List<CustomFieldView>> database) {
        long now = clock.getAsLong();
        Read known = read;
        if (known != null && now - known.at() < FRESH_MILLIS) {
            return known.fields();
        }
        long stamp = forgets.get();
        List<CustomFieldView> fields = List.copyOf(database.get());
        read = new Read(fields, now);
        if (forgets.get() != stamp) {
            read = null;
        }
        return fields;
    }

    /** The definitions change in the current transaction: forget them once it ends. */
    void changed() {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            forget();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // only the outcome matters
            }

            @Override
            public void afterCompletion(int status) {
                forget();
            }
        });
        forget();
    }

    void forget() {
        forgets.incrementAndGet();
        read = null;
    }
}
