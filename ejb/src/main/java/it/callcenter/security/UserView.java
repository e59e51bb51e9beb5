package it.callcenter.security;

import java.io.Serializable;
import java.util.Set;

/** A user as screens and the API show it: never the password hash. */
public record UserView(long id, String username, String fullName, Set<Role> roles, boolean enabled,
                       String locale, String extension, long version) implements Serializable {

    static UserView of(UserAccount user) {
        return new UserView(user.getId(), user.getUsername(), user.getFullName(), user.getRoles(),
                user.isEnabled(), user.getLocale(), user.getExtension(), user.getVersion());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
