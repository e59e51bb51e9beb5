package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.agenda.AppointmentBook;
import it.callcenter.agenda.AppointmentDraft;
import it.callcenter.agenda.AppointmentView;
import it.callcenter.compliance.CallWindows;
import it.callcenter.registry.PartyService;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The field agents' appointments: {@code GET /appointments?from=&to=&agent=} (those taking place in the range; by
 * default the seven days from today), {@code POST /appointments} (for a party the caller may see: answers its id and
 * version), {@code GET /appointments/{id}} and {@code POST /appointments/{id}/cancellation?version=}. A moment is ISO-8601 with its offset ({@code Z} or
 * {@code +01:00}); without one it is Italian time; {@code from} and {@code to} may also be days.
 */
@Path("/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class AppointmentsResource {

    static final int DEFAULT_DAYS = 7;

    @EJB
    private AppointmentBook appointments;

    @EJB
    private PartyService parties;

    public record Appointment(long id, long partyId, String agent, String agentName, Instant start, Instant end,
                              String place, long version) {
        static Appointment of(AppointmentView a) {
            return new Appointment(a.id(), a.partyId(), a.agent(), a.agentName(), a.start(), a.end(), a.place(), a.version());
        }
    }

    /** One appointment in full, cancelled ones too: its notes, its state, who booked it. */
    public record Detail(long id, long partyId, Long campaignId, String agent, String agentName, Instant start, Instant end,
                         String place, String notes, String state, String bookedBy, Instant bookedAt, long version) {
        static Detail of(AppointmentView a) {
            return new Detail(a.id(), a.partyId(), a.campaignId(), a.agent(), a.agentName(), a.start(), a.end(), a.place(),
                    a.notes(), a.state().name(), a.bookedBy(), a.bookedAt(), a.version());
        }
    }

    public record NewAppointment(Long partyId, String agent, String start, Integer durationMinutes, String place,
                                 String notes) {
    }

    @GET
    public List<Appointment> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("agent") String agent) {
        Instant start = from == null || from.isBlank() ? LocalDate.now(CallWindows.ITALY).atStartOfDay(CallWindows.ITALY).toInstant()
                : moment("from", from);
        Instant end = to == null || to.isBlank()
                ? start.atZone(CallWindows.ITALY).plusDays(DEFAULT_DAYS).toInstant() : moment("to", to);
        return appointments.between(start, end, agent).stream().map(Appointment::of).toList();
    }

    @POST
    public Response book(NewAppointment body) {
        if (body == null || body.partyId() == null) {
            throw new BusinessException("partyId", "REQUIRED");
        }
        if (!parties.isVisible(body.partyId())) {
            throw new NotFoundException("party " + body.partyId());
        }
        Instant start = body.start() == null || body.start().isBlank() ? null : moment("start", body.start());
        long id = appointments.book(body.partyId(), null, null, new AppointmentDraft(body.agent(), start,
                body.durationMinutes() == null ? 0 : body.durationMinutes(), body.place(), body.notes()));
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id, "version", appointments.find(id).version())).build();
    }

    @GET
    @Path("{id}")
    public Detail read(@PathParam("id") long id) {
        return Detail.of(appointments.find(id));
    }

    @POST
    @Path("{id}/cancellation")
    public Response cancel(@PathParam("id") long id, @QueryParam("version") Long version) {
        appointments.cancel(id, VersionParam.required(version));
        return Response.noContent().build();
    }

    /** An instant with its offset, a local date-time in Italian time, or a day (its start, in Italian time). */
    static Instant moment(String field, String text) {
        String value = text.strip();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(CallWindows.ITALY).toInstant();
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(CallWindows.ITALY).toInstant();
        } catch (DateTimeParseException e) {
            throw new BusinessException(field, "INVALID_DATE");
        }
    }
}
