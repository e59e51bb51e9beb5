package it.callcenter.web.api;

import it.callcenter.agenda.AgendaCalendar;
import it.callcenter.agenda.AppointmentBook;
import it.callcenter.agenda.AgentSlots;
import it.callcenter.agenda.AgentWorkPlan;
import it.callcenter.agenda.SlotProposals;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import it.callcenter.agenda.AppointmentView;
import it.callcenter.agenda.FieldAgentView;
import it.callcenter.agenda.FieldAgents;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/**
 * The field agents: {@code GET /agents} (who may be booked, for anyone who books), {@code PUT /agents/{username}}
 * (ADMIN: make a user an agent, or change one with its {@code version}) and {@code GET /agents/{username}/agenda.ics},
 * the agent's calendar for a calendar application, readable by the agent and by supervisors and above.
 */
@Path("/agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class AgentsResource {

    @EJB
    private FieldAgents agents;

    @EJB
    private AppointmentBook appointments;

    @EJB
    private SlotProposals proposals;

    public record Agent(String phone, Boolean active, Long version) {
    }

    @GET
    public List<FieldAgentView> list() {
        return agents.list();
    }

    @PUT
    @Path("{username}")
    @RolesAllowed(Role.ADMIN_NAME)
    public FieldAgentView save(@PathParam("username") String username, Agent body) {
        Agent agent = body == null ? new Agent(null, null, null) : body;
        return agents.save(username, agent.phone(), agent.active(), agent.version());
    }

    /** The agents whose zone covers the party's comune, with their free slots in the next {@code days} days. */
    @GET
    @Path("slots")
    public List<AgentSlots> slots(@QueryParam("party") Long party, @QueryParam("days") @DefaultValue("7") int days) {
        if (party == null) {
            throw new it.callcenter.BusinessException("party", "REQUIRED");
        }
        return proposals.forParty(party, days);
    }

    /** The agent's days, hours, appointment length, travel time and zones. */
    @GET
    @Path("{username}/plan")
    public AgentWorkPlan plan(@PathParam("username") String username) {
        return agents.workPlanOf(username);
    }

    @PUT
    @Path("{username}/plan")
    @RolesAllowed(Role.ADMIN_NAME)
    public AgentWorkPlan savePlan(@PathParam("username") String username, AgentWorkPlan plan) {
        return agents.saveWorkPlan(username, plan);
    }

    @GET
    @Path("{username}/agenda.ics")
    @Produces(AgendaCalendar.CONTENT_TYPE)
    public Response calendar(@PathParam("username") String username) {
        List<AppointmentView> calendar = appointments.calendarOf(username);
        String name = calendar.isEmpty() ? username : calendar.get(0).agentName();
        String ics = AgendaCalendar.of(name, calendar, Instant.now());
        return Response.ok(ics, AgendaCalendar.CONTENT_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + username + ".ics\"")
                .header("Cache-Control", "private, no-cache")
                .build();
    }
}
