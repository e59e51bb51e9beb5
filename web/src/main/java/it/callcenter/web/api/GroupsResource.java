package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.security.GroupView;
import it.callcenter.security.OperatorGroups;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Operator groups: an administrator keeps them; supervisors read them to assign campaigns. */
@Path("/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class GroupsResource {

    @EJB
    private OperatorGroups groups;

    /** {@code version} only when changing a group. */
    public record Group(String name, List<String> members, Long version) {
    }

    @GET
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<GroupView> list() {
        return groups.list();
    }

    @POST
    public Response create(Group group, @Context UriInfo uri) {
        GroupView created = groups.create(required(group).name(), group.members());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public GroupView update(@PathParam("id") long id, Group group) {
        Group given = required(group);
        return groups.update(id, VersionParam.required(given.version()), given.name(), given.members());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        groups.delete(id, VersionParam.required(version));
        return Response.noContent().build();
    }

    private static Group required(Group group) {
        if (group == null) {
            throw new BusinessException(null, "REQUIRED");
        }
        return group;
    }
}
