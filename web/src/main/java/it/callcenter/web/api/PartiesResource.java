package it.callcenter.web.api;

import it.callcenter.registry.PartyData;
import it.callcenter.registry.PartyFinder;
import it.callcenter.registry.PartyPage;
import it.callcenter.registry.PartySaved;
import it.callcenter.registry.PartySearch;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartyType;
import it.callcenter.registry.PartyView;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.List;

/** The registry over HTTP: {@code /parties} as API.md fixes it. */
@Path("/parties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PartiesResource {

    static final String SOURCE = "API";

    @EJB
    private PartyService parties;

    @EJB
    private PartyFinder finder;

    public record Saved(long id, long version, List<String> warnings) {
        static Saved of(PartySaved saved) {
            return new Saved(saved.id(), saved.version(), saved.warnings());
        }
    }

    @POST
    public Response create(PartyData party, @QueryParam("allowDuplicate") boolean allowDuplicate, @Context UriInfo uri) {
        PartySaved saved = parties.create(required(party), allowDuplicate, SOURCE);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.id())).build())
                .entity(Saved.of(saved)).build();
    }

    @GET
    @Path("{id}")
    public PartyView read(@PathParam("id") long id) {
        return parties.find(id);
    }

    @PUT
    @Path("{id}")
    public Saved update(@PathParam("id") long id, PartyData party, @QueryParam("allowDuplicate") boolean allowDuplicate) {
        return Saved.of(parties.update(id, required(party), allowDuplicate, SOURCE));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        parties.delete(id, version);
        return Response.noContent().build();
    }

    @GET
    public PartyPage search(@QueryParam("q") String q, @QueryParam("type") PartyType type,
                            @QueryParam("region") String region, @QueryParam("province") String province,
                            @QueryParam("comune") String comune, @QueryParam("interest") String interest,
                            @QueryParam("customField") String customField, @QueryParam("customValue") String customValue,
                            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.page(page, size);
        return finder.search(new PartySearch(q, type, region, province, comune, interest, customField, customValue),
                paging.page(), paging.size());
    }

    private static PartyData required(PartyData party) {
        if (party == null) {
            throw new it.callcenter.ValidationException(List.of(new it.callcenter.BusinessException("body", "REQUIRED")));
        }
        return party;
    }
}
