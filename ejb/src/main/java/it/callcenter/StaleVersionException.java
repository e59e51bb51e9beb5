package it.callcenter;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record since the caller read it: the caller's edit is refused, not merged. */
@ApplicationException(rollback = true)
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what) {
        super(what);
    }
}
