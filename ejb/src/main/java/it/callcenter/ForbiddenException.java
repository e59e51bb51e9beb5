package it.callcenter;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this (beyond the roles the container checks). */
@ApplicationException(rollback = true)
public class ForbiddenException extends BusinessException {

    public ForbiddenException(String field, String code, Object... arguments) {
        super(Kind.FORBIDDEN, field, code, arguments);
    }
}
