package it.callcenter.reporting;

import it.callcenter.BusinessException;
import jakarta.ejb.ApplicationException;

/** A detail report that would list more rows than anyone reads on paper: the user narrows the period or campaign. */
@ApplicationException(rollback = true)
public class TooManyRowsException extends BusinessException {

    public TooManyRowsException(int limit) {
        super(Kind.INVALID, null, "REPORT_TOO_MANY_ROWS", limit);
    }
}
