package it.callcenter.security;

import it.callcenter.BusinessException;

/** What a password set by a person must be: long enough, and not the user's own name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessException("password", "PASSWORD_TOO_SHORT", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessException("password", "PASSWORD_TOO_LONG", MAX_LENGTH);
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw new BusinessException("password", "PASSWORD_CONTAINS_USERNAME");
        }
    }
}
