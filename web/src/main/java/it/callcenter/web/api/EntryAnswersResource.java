package it.callcenter.web.api;

import it.callcenter.queue.InterviewAnswers;
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

import java.util.Map;

/**
 * The interview's answers of an entry: {@code PUT /queue/entries/{entryId}/answers} {@code {"q1":"…"}} by the
 * operator holding it (409 for anyone else; a blank answer removes one) → all the entry's answers; GET reads them
 * (the holder, or SUPERVISOR+).
 * The same answers may also come with the outcome ({@code "answers"}).
 */
@Path("/queue/entries/{entryId}/answers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class EntryAnswersResource {

    @EJB
    private InterviewAnswers answers;

    @GET
    public Map<String, String> read(@PathParam("entryId") long entryId) {
        return answers.read(entryId);
    }

    @PUT
    @RolesAllowed(Role.OPERATOR_NAME)
    public Map<String, String> save(@PathParam("entryId") long entryId, Map<String, String> given) {
        return answers.save(entryId, given);
    }
}
