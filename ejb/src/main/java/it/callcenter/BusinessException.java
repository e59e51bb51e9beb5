package it.callcenter;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. Carries a message key of the UI bundles (and the field concerned, if any) so
 * the screen and the API can tell the user why in the user's language; rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String field;
    private final String code;
    private final Object[] arguments;

    public BusinessException(String field, String code, Object... arguments) {
        super(code + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    /** Machine-readable code, e.g. {@code PASSWORD_TOO_SHORT}; the bundle key is {@code error.<code>}. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
