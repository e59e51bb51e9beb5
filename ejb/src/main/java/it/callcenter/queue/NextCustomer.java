package it.callcenter.queue;

import java.io.Serializable;
import java.time.Instant;

/**
 * What "next customer" answered: an entry, or why there is none (and, outside the calling windows, when calling
 * may start again).
 */
public record NextCustomer(Dispatched entry, QueueReason reason, Instant nextOpening) implements Serializable {

    static NextCustomer of(Dispatched entry) {
        return new NextCustomer(entry, null, null);
    }

    static NextCustomer none(QueueReason reason, Instant nextOpening) {
        return new NextCustomer(null, reason, nextOpening);
    }

    public boolean found() {
        return entry != null;
    }
}
