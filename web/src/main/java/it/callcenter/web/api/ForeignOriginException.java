package it.callcenter.web.api;

import it.callcenter.BusinessException;

/** A call that changes something, sent by a page of another web site: refused whatever its credentials (403). */
public class ForeignOriginException extends BusinessException {

    public ForeignOriginException() {
        super(Kind.FORBIDDEN, null, "FORBIDDEN_ORIGIN");
    }
}
