package it.callcenter.security;

import it.callcenter.BusinessException;
import jakarta.ejb.ApplicationException;

/** Too many failed sign-ins for the user or from the address: the API answers 429 with Retry-After, the login page says how long to wait. */
@ApplicationException(rollback = true)
public class TooManySignInsException extends BusinessException {

    private final long retryAfterSeconds;

    public TooManySignInsException(long retryAfterSeconds) {
        super(Kind.TOO_MANY_REQUESTS, null, "SIGN_IN_THROTTLED", retryAfterSeconds, (retryAfterSeconds + 59) / 60);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
