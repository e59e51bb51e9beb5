package it.callcenter.security;

import java.util.Set;

/** What an administrator changes of a user: all of it, but {@code enabled}, which stays as it is when {@code null}. */
public record UserChange(String fullName, Set<Role> roles, Boolean enabled, String extension) {
}
