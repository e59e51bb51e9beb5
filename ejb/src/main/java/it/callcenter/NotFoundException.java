package it.callcenter;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist, or the caller may not see it: the two look the same from outside. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
