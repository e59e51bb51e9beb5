package it.callcenter.registry.leads;

import jakarta.ejb.ApplicationException;

/** No active lead source has this key (never had one, or it was retired): the API answers 403. */
@ApplicationException(rollback = true)
public class UnknownLeadSourceException extends RuntimeException {

    public UnknownLeadSourceException() {
        super("unknown or retired lead source key");
    }
}
