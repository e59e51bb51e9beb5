package it.callcenter;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record since the caller read it: the caller's edit is refused, not merged. */
@ApplicationException(rollback = true)
public class StaleVersionException extends BusinessException {

    private final String what;

    public StaleVersionException(String what) {
        super(Kind.CONFLICT, "version", "STALE_VERSION");
        this.what = what;
    }

    @Override
    public String getMessage() {
        return "stale version of " + what;
    }
}
