package it.callcenter.web.api;

import it.callcenter.security.Role;
import it.callcenter.security.UserService;
import it.callcenter.security.UserView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The users, for an administrator. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class UsersResource {

    @EJB
    private UserService users;

    public record User(String username, String fullName, List<String> roles, boolean enabled, String extension) {
        static User of(UserView view) {
            return new User(view.username(), view.fullName(), view.roles().stream().map(Role::name).sorted().toList(),
                    view.enabled(), view.extension());
        }
    }

    @GET
    public List<User> list() {
        return users.list().stream().map(User::of).toList();
    }
}
