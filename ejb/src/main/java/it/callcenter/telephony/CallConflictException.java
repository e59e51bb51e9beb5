package it.callcenter.telephony;

import it.callcenter.BusinessException;
import jakarta.ejb.ApplicationException;

/** The call cannot be made or changed in the state things are in (409): a call already in progress, a pause. */
@ApplicationException(rollback = true)
public class CallConflictException extends BusinessException {

    public CallConflictException(String code, Object... arguments) {
        super(Kind.CONFLICT, null, code, arguments);
    }
}
