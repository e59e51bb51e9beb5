package it.callcenter.web.api;

import it.callcenter.messaging.OptOuts;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;
import java.util.Optional;

/**
 * The unsubscribe link of a marketing e-mail, without a user: the signed token in the query string names the message
 * (a token that is not genuine is 404). Opening the link shows a page with one button; the button — or a mail client's
 * one-click unsubscribe (RFC 8058, a POST to the same link) — withdraws the e-mail consent of the message's address,
 * recorded as an opt-out on the party. Opening alone changes nothing, so a link scanner that follows every link of a
 * mail unsubscribes nobody. The page speaks the browser's language (Italian or English).
 */
@Path("/public/unsubscribe")
public class PublicUnsubscribeResource {

    @EJB
    private OptOuts optOuts;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response page(@QueryParam("token") String token, @Context HttpHeaders headers) {
        Locale locale = ErrorMappers.locale(headers);
        Optional<OptOuts.UnsubscribeTarget> target = optOuts.target(token);
        if (target.isEmpty()) {
            return notFound(locale);
        }
        String body = target.get().consented()
                ? "<p>" + LeadFormSnippet.escape(Messages.text(locale, "unsubscribe.question", target.get().address())) + "</p>"
                + "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\" id=\"unsubscribe\">" + LeadFormSnippet.escape(Messages.text(locale, "unsubscribe.confirm"))
                + "</button></form>"
                : "<p id=\"done\">" + LeadFormSnippet.escape(Messages.text(locale, "unsubscribe.done",
                target.get().address())) + "</p>";
        return page(locale, body, Response.Status.OK);
    }

    /** The button's post, or a mail client's one-click post: the address's e-mail consent is withdrawn. */
    @POST
    @Produces({MediaType.TEXT_HTML + ";charset=UTF-8", MediaType.APPLICATION_JSON})
    public Response unsubscribe(@QueryParam("token") String token, @Context HttpHeaders headers) {
        Locale locale = ErrorMappers.locale(headers);
        Optional<OptOuts.UnsubscribeTarget> done = optOuts.unsubscribe(token);
        if (done.isEmpty()) {
            return notFound(locale);
        }
        return page(locale, "<p id=\"done\">" + LeadFormSnippet.escape(Messages.text(locale, "unsubscribe.done",
                done.get().address())) + "</p>", Response.Status.OK);
    }

    private static Response notFound(Locale locale) {
        return page(locale, "<p id=\"unknown\">" + LeadFormSnippet.escape(Messages.text(locale, "unsubscribe.unknown")) + "</p>",
                Response.Status.NOT_FOUND);
    }

    private static Response page(Locale locale, String body, Response.Status status) {
        String title = LeadFormSnippet.escape(Messages.text(locale, "unsubscribe.title"));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                        + "</title></head><body><h1>" + title + "</h1>" + body + "</body></html>")
                .build();
    }
}
