package it.callcenter.web.api;

import it.callcenter.security.Role;
import it.callcenter.security.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.util.Arrays;
import java.util.List;

/** The caller: user name, roles, language. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class MeResource {

    @EJB
    private UserService users;

    public record Me(String username, List<String> roles, String locale, String fullName) {
    }

    @GET
    public Me me(@Context SecurityContext security) {
        String username = security.getUserPrincipal().getName();
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).filter(security::isUserInRole).toList();
        var user = users.findByUsername(username);
        return new Me(username, roles, user.map(u -> u.locale()).orElse("it"), user.map(u -> u.fullName()).orElse(username));
    }
}
