package it.callcenter.web.api;

import it.callcenter.platform.HealthService;
import it.callcenter.platform.Node;
import it.callcenter.telephony.Pbx;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Whether the server can do its work: 200 when the database answers, 503 when it does not. Telephony is reported as
 * it is (UP while this node is logged in to the PBX's manager interface) and does not change the status: the
 * application works without the PBX, only dialling waits for it.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @EJB
    private HealthService health;

    @EJB
    private Pbx pbx;

    public record Health(String status, String database, String telephony, String node) {
    }

    @GET
    public Response health() {
        boolean database = health.databaseUp();
        Health body = new Health(database ? "UP" : "DOWN", database ? "UP" : "DOWN",
                pbx.isUp() ? "UP" : "DOWN", Node.name());
        return Response.status(database ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }
}
