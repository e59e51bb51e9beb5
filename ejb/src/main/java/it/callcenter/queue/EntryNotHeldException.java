package it.callcenter.queue;

import it.callcenter.BusinessException;
import jakarta.ejb.ApplicationException;

/** The caller does not hold this entry (never did, or the lease ran out and it went back): 409. */
@ApplicationException(rollback = true)
public class EntryNotHeldException extends BusinessException {

    public EntryNotHeldException(long entryId) {
        super(Kind.CONFLICT, "entryId", "ENTRY_NOT_HELD", entryId);
    }
}
