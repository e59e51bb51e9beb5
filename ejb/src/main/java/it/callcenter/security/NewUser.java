package it.callcenter.security;

import java.util.Set;

/** What an administrator fills in to create a user. */
public record NewUser(String username, String fullName, String password, Set<Role> roles, String extension) {
}
