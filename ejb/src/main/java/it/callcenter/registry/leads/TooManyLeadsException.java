package it.callcenter.registry.leads;

import jakarta.ejb.ApplicationException;

/** A lead source's key posted more than its rate allows: the API answers 429. */
@ApplicationException(rollback = true)
public class TooManyLeadsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyLeadsException(long retryAfterSeconds) {
        super("lead rate limit reached");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
