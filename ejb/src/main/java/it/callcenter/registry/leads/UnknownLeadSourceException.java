package it.callcenter.registry.leads;

import it.callcenter.BusinessException;
import jakarta.ejb.ApplicationException;

/** No active lead source has this key (never had one, or it was retired): the API answers 403. */
@ApplicationException(rollback = true)
public class UnknownLeadSourceException extends BusinessException {

    public UnknownLeadSourceException() {
        super(Kind.FORBIDDEN, "key", "UNKNOWN_LEAD_SOURCE");
    }
}
