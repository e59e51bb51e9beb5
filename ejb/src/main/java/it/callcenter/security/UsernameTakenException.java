package it.callcenter.security;

import it.callcenter.BusinessException;
import jakarta.ejb.ApplicationException;

/** A new user named like one that exists: a conflict with what is there (the API answers 409), not a typing error. */
@ApplicationException(rollback = true)
public class UsernameTakenException extends BusinessException {

    public UsernameTakenException(String username) {
        super(Kind.CONFLICT, "username", "USERNAME_TAKEN", username);
    }
}
