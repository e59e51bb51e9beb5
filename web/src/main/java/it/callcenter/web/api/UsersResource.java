package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.security.NewUser;
import it.callcenter.security.Role;
import it.callcenter.security.UserChange;
import it.callcenter.security.UserService;
import it.callcenter.security.UserView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The users, for an administrator (provisioning, and the hundreds of operators of a load test). Every change is
 * audited; a change of roles or enabled ends that user's sessions.
 */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class UsersResource {

    @EJB
    private UserService users;

    public record User(String username, String fullName, List<String> roles, boolean enabled, String extension, long version) {
        static User of(UserView view) {
            return new User(view.username(), view.fullName(), view.roles().stream().map(Role::name).sorted().toList(),
                    view.enabled(), view.extension(), view.version());
        }
    }

    /** {@code POST /users}. */
    public record NewUserBody(String username, String fullName, List<String> roles, String password, String extension) {
    }

    /** {@code PUT /users/{username}}: {@code enabled} left out keeps the user as is; {@code version} left out applies to the user as it is now. */
    public record UserChangeBody(String fullName, List<String> roles, Boolean enabled, String extension, Long version) {
    }

    @GET
    public List<User> list() {
        return users.list().stream().map(User::of).toList();
    }

    @GET
    @Path("{username}")
    public User get(@PathParam("username") String username) {
        return User.of(users.get(username));
    }

    @POST
    public Response create(NewUserBody body, @Context UriInfo uri) {
        NewUserBody given = required(body);
        User created = User.of(users.create(new NewUser(given.username(), given.fullName(), given.password(),
                roles(given.roles()), given.extension())));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @PUT
    @Path("{username}")
    public User update(@PathParam("username") String username, UserChangeBody body) {
        UserChangeBody given = required(body);
        return User.of(users.update(username, given.version(),
                new UserChange(given.fullName(), roles(given.roles()), given.enabled(), given.extension())));
    }

    /** The role names given, each a role of {@link Role} (case aside); an unknown one is refused by name. */
    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null) {
            return roles;
        }
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new BusinessException("roles", "UNKNOWN_ROLE", String.valueOf(name));
            }
        }
        return roles;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BusinessException(null, "REQUIRED");
        }
        return body;
    }
}
