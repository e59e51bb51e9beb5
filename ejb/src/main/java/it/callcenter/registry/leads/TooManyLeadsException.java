package it.callcenter.registry.leads;

import it.callcenter.BusinessException;
import jakarta.ejb.ApplicationException;

/** A lead source's key posted more than its rate allows: the API answers 429 with Retry-After. */
@ApplicationException(rollback = true)
public class TooManyLeadsException extends BusinessException {

    private final long retryAfterSeconds;

    public TooManyLeadsException(long retryAfterSeconds) {
        super(Kind.TOO_MANY_REQUESTS, null, "TOO_MANY_LEADS", retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
