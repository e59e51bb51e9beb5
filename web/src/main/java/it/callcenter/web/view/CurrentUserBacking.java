package it.callcenter.web.view;

import it.callcenter.security.Role;
import it.callcenter.security.UserService;
import it.callcenter.security.UserView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The signed-in user as the template shows it: name, and which menu items are theirs. */
@Named
@RequestScoped
public class CurrentUserBacking {

    @EJB
    private UserService users;

    private UserView user;

    public String getFullName() {
        UserView current = current();
        return current == null ? "" : current.fullName();
    }

    public String getUsername() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public boolean hasRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.valueOf(role).name());
    }

    private UserView current() {
        if (user == null && getUsername() != null) {
            user = users.findByUsername(getUsername()).orElse(null);
        }
        return user;
    }
}
