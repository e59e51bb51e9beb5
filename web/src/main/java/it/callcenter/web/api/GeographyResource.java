package it.callcenter.web.api;

import it.callcenter.geography.ComuneView;
import it.callcenter.geography.GeographyService;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The comuni autocomplete of API.md. The JSON shape is this resource's own record, in API.md's order, so
 * the view's JavaBean-style getters (there for the pages) never shape the answer.
 */
@Path("/geo")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class GeographyResource {

    @EJB
    private GeographyService geography;

    @JsonbPropertyOrder({"istatCode", "name", "provinceAbbr", "province", "region", "postalCodes", "cadastralCode", "label"})
    public record Comune(String istatCode, String name, String provinceAbbr, String province, String region,
                         List<String> postalCodes, String cadastralCode, String label) {
        static Comune of(ComuneView view) {
            return new Comune(view.istatCode(), view.name(), view.provinceAbbr(), view.province(), view.region(),
                    view.postalCodes(), view.cadastralCode(), view.label());
        }
    }

    @GET
    @Path("/comuni")
    public List<Comune> comuni(@QueryParam("q") String query, @QueryParam("limit") @DefaultValue("10") int limit) {
        return geography.suggest(query, limit).stream().map(Comune::of).toList();
    }
}
