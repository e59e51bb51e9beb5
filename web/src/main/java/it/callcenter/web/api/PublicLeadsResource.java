package it.callcenter.web.api;

import it.callcenter.registry.leads.LeadForm;
import it.callcenter.registry.leads.LeadIntake;
import it.callcenter.registry.leads.LeadSources;
import it.callcenter.registry.leads.UnknownLeadSourceException;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.Locale;
import java.util.Set;

/**
 * Web-to-lead, the one part of the API without a user: the lead source's key in the query string is the
 * credential (403 when unknown or retired). A post answers 201 with the same body whether a party was
 * created, was already there, or a bot filled the honeypot: the key is public, so the answer must tell a
 * stranger nothing. A browser posting the pasted form gets a short thank-you page instead of JSON. The key and the
 * rates are checked before the body is read ({@link PublicLeadsGate}), the body's size too ({@link ApiRequestGuard}).
 */
@Path("/public/leads")
public class PublicLeadsResource {

    private static final Set<String> YES = Set.of("true", "on", "1", "yes", "si", "s\u00ec");

    @EJB
    private LeadIntake intake;

    @EJB
    private LeadSources sources;

    @Context
    private HttpServletRequest request;

    /** The answer to every accepted post. */
    public record Received(boolean received) {
    }

    @POST
    @PublicLeadsGate.Admitted
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response postJson(@QueryParam("key") String key, LeadForm form) {
        intake.create(key, form, request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE).entity(new Received(true)).build();
    }

    @POST
    @PublicLeadsGate.Admitted
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public Response postForm(@QueryParam("key") String key, MultivaluedMap<String, String> fields, @Context HttpHeaders headers) {
        intake.create(key, form(fields), request.getRemoteAddr());
        boolean browser = headers.getAcceptableMediaTypes().stream().findFirst()
                .map(type -> type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()).orElse(false);
        if (browser) {
            String thanks = LeadFormSnippet.escape(Messages.text(Locale.ITALIAN, "leads.public.thanks"));
            return Response.status(Response.Status.CREATED).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity("<!DOCTYPE html><html lang=\"it\"><meta charset=\"UTF-8\"><title>" + thanks + "</title><p>" + thanks + "</p></html>")
                    .build();
        }
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE).entity(new Received(true)).build();
    }

    /** The ready form of a source, for its administrator to paste into a web page. */
    @GET
    @Path("form.html")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String form(@QueryParam("key") String key, @Context UriInfo uri) {
        String active = sources.active(key).orElseThrow(UnknownLeadSourceException::new).getKey();
        return LeadFormSnippet.html(uri.getBaseUriBuilder().path("public/leads").build().toString(), active);
    }

    static LeadForm form(MultivaluedMap<String, String> fields) {
        return new LeadForm(fields.getFirst("firstName"), fields.getFirst("lastName"), fields.getFirst("companyName"),
                fields.getFirst("mobile"), fields.getFirst("phone"), fields.getFirst("email"), fields.getFirst("comune"),
                fields.getFirst("postalCode"), fields.getFirst("fiscalCode"), fields.getFirst("vatNumber"),
                yes(fields.getFirst("marketing")), yes(fields.getFirst("thirdParties")), yes(fields.getFirst("profiling")),
                yes(fields.getFirst("privacy")), fields.getFirst("website"));
    }

    private static boolean yes(String value) {
        return value != null && YES.contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
