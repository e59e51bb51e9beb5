package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.agenda.Activities;
import it.callcenter.agenda.ActivityDraft;
import it.callcenter.agenda.ContractBook;
import it.callcenter.agenda.ContractDraft;
import it.callcenter.agenda.LeadNotes;
import it.callcenter.compliance.CallWindows;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartyTimeline;
import it.callcenter.registry.TimelineEvent;
import it.callcenter.security.Role;
import it.callcenter.web.i18n.TimelineTexts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A party's timeline and what a CTI or an integration adds to it: {@code GET /parties/{id}/timeline?limit=} (newest
 * first, each text in the caller's language), {@code POST /parties/{id}/activities}, {@code /contracts} and
 * {@code /lead-notes} ({@code {"to","text"}}: the user is notified). Only
 * for a party the caller may see. Same root path as {@link PartiesResource}, so RESTEasy matches both classes.
 */
@Path("/parties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PartyAgendaResource {

    static final int MAX_MONTHS = 120;

    @EJB
    private PartyTimeline timeline;

    @EJB
    private PartyService parties;

    @EJB
    private Activities activities;

    @EJB
    private ContractBook contracts;

    @EJB
    private LeadNotes leadNotes;

    @Context
    private HttpHeaders headers;

    public record Event(Instant at, TimelineEvent.Kind kind, String text, String by, long partyId) {
    }

    /** An activity: due on {@code dueOn} (and maybe at {@code dueTime}), or {@code inMonths} months from today. */
    public record NewActivity(String text, LocalDate dueOn, LocalTime dueTime, Integer inMonths, String assignee) {
    }

    public record NewContract(String product, BigDecimal value, LocalDate startDate, String notes) {
    }

    public record NewLeadNote(String to, String text) {
    }

    @GET
    @Path("{id}/timeline")
    public List<Event> timeline(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > PartyTimeline.MAX_EVENTS) {
            throw new BusinessException("limit", "SIZE_OUT_OF_RANGE", PartyTimeline.MAX_EVENTS);
        }
        Locale locale = ErrorMappers.locale(headers);
        return timeline.of(id, limit).stream()
                .map(e -> new Event(e.at(), e.kind(), TimelineTexts.text(e, locale), e.by(), e.partyId())).toList();
    }

    @POST
    @Path("{id}/activities")
    public Response addActivity(@PathParam("id") long id, NewActivity body) {
        visible(id);
        NewActivity a = body == null ? new NewActivity(null, null, null, null, null) : body;
        if (a.inMonths() != null && (a.inMonths() < 0 || a.inMonths() > MAX_MONTHS)) {
            throw new BusinessException("inMonths", "INVALID_VALUE");
        }
        LocalDate dueOn = a.dueOn() == null && a.inMonths() != null
                ? LocalDate.now(CallWindows.ITALY).plusMonths(a.inMonths()) : a.dueOn();
        long created = activities.create(id, new ActivityDraft(a.text(), dueOn, a.dueTime(), a.assignee()));
        return Response.status(Response.Status.CREATED).entity(Map.of("id", created)).build();
    }

    @POST
    @Path("{id}/contracts")
    public Response openContract(@PathParam("id") long id, NewContract body) {
        visible(id);
        NewContract c = body == null ? new NewContract(null, null, null, null) : body;
        long created = contracts.open(id, null, null, new ContractDraft(c.product(), c.value(), c.startDate(), c.notes()));
        return Response.status(Response.Status.CREATED).entity(Map.of("id", created)).build();
    }

    @POST
    @Path("{id}/lead-notes")
    public Response sendLeadNote(@PathParam("id") long id, NewLeadNote body) {
        visible(id);
        NewLeadNote n = body == null ? new NewLeadNote(null, null) : body;
        long created = leadNotes.send(id, n.to(), n.text());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", created)).build();
    }

    private void visible(long id) {
        if (!parties.isVisible(id)) {
            throw new NotFoundException("party " + id);
        }
    }
}
