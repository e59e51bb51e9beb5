package it.callcenter.telephony;

import it.callcenter.BusinessException;
import jakarta.ejb.ApplicationException;

/** The PBX cannot be reached now (503 {@code TELEPHONY_DOWN}); the connection comes back by itself. */
@ApplicationException(rollback = true)
public class TelephonyDownException extends BusinessException {

    public TelephonyDownException() {
        super(Kind.UNAVAILABLE, null, "TELEPHONY_DOWN");
    }
}
