package it.callcenter.web.view;

import it.callcenter.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Arrays;

/** The home page's view action: an operator (and nothing more) starts the day on "Oggi"; anyone else stays home. */
@Named
@RequestScoped
public class HomeBacking {

    public String route() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        boolean onlyOperator = external.isUserInRole(Role.OPERATOR_NAME) && Arrays.stream(Role.values())
                .filter(r -> r != Role.OPERATOR).noneMatch(r -> external.isUserInRole(r.name()));
        return onlyOperator ? "/operator/today?faces-redirect=true" : null;
    }
}
