package it.callcenter;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist, or the caller may not see it: the two look the same from outside. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private final String what;

    public NotFoundException(String what) {
        super(Kind.NOT_FOUND, null, "NOT_FOUND");
        this.what = what;
    }

    @Override
    public String getMessage() {
        return "not found: " + what;
    }
}
