package it.callcenter.security;

/** What a user may do; a user may have several. */
public enum Role {
    OPERATOR, SUPERVISOR, MANAGER, ADMIN;

    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String ADMIN_NAME = "ADMIN";
}
