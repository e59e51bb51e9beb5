package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.messaging.AutomationKind;
import it.callcenter.messaging.Automations;
import it.callcenter.messaging.MessageCampaignData;
import it.callcenter.messaging.MessageCampaigns;
import it.callcenter.messaging.MessageReport;
import it.callcenter.messaging.MessageTemplates;
import it.callcenter.messaging.MessageViews;
import it.callcenter.security.Role;
import it.callcenter.web.i18n.MessageReportFile;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/**
 * Messages over HTTP (SUPERVISOR and up), as API.md fixes them — create, preview, send, progress — and what the
 * screens add: the list, the edit of a draft with its version, the preview of a campaign not saved yet, the template
 * on a real party, the report of a campaign, the saved templates and the automations.
 */
@Path("/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class MessagesResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private MessageCampaigns campaigns;

    @EJB
    private MessageTemplates templates;

    @EJB
    private Automations automations;

    @EJB
    private MessageReport reports;

    public record Created(long id) {
    }

    /** API.md's progress ({@code state, queued, sent, delivered, failed}) with the campaign as written and sent. */
    public record CampaignFigures(long id, String name, String channel, String purpose, String language, String subject,
                                  String template, Object criteria, String state, long total, long queued, long sent,
                                  long delivered, long failed, int percentDone, String createdBy, java.time.Instant createdAt,
                                  String sentBy, java.time.Instant sentAt, java.time.Instant doneAt, Integer recipients,
                                  MessageViews.Excluded excluded, long version) {

        static CampaignFigures of(MessageViews.Campaign c, MessageViews.Progress p) {
            return new CampaignFigures(c.id(), c.name(), c.channel().name(), c.purpose().name(), c.language().name(),
                    c.subject(), c.template(), c.criteria(), p.state().name(), p.total(), p.queued(), p.sent(), p.delivered(),
                    p.failed(), p.percentDone(), c.createdBy(), c.createdAt(), c.sentBy(), c.sentAt(), c.doneAt(),
                    c.recipients(), c.excluded(), c.version());
        }
    }

    /** A campaign's fields with the version read, for {@code PUT /messages/campaigns/{id}}. */
    public record Edit(String name, it.callcenter.messaging.Channel channel, it.callcenter.messaging.Purpose purpose,
                       it.callcenter.messaging.Language language, String subject, String template,
                       it.callcenter.campaign.FillCriteria criteria, Long version) {
        MessageCampaignData data() {
            return new MessageCampaignData(name, channel, purpose, language, subject, template, criteria);
        }
    }

    public record TemplateBody(String name, it.callcenter.messaging.Channel channel, it.callcenter.messaging.Language language,
                               String subject, String body) {
    }

    @POST
    @Path("campaigns")
    public Response create(MessageCampaignData campaign, @Context UriInfo uri) {
        long id = campaigns.create(required(campaign));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(new Created(id)).build();
    }

    @GET
    @Path("campaigns")
    public List<MessageViews.Summary> list(@QueryParam("first") @DefaultValue("0") int first,
                                           @QueryParam("max") @DefaultValue("50") int max) {
        Paging paging = Paging.range(first, max);
        return campaigns.list(paging.offset(), paging.size());
    }

    @GET
    @Path("campaigns/{id}")
    public CampaignFigures read(@PathParam("id") long id) {
        return CampaignFigures.of(campaigns.find(id), campaigns.progress(id));
    }

    @PUT
    @Path("campaigns/{id}")
    public CampaignFigures edit(@PathParam("id") long id, Edit edit) {
        Edit given = required(edit);
        campaigns.edit(id, VersionParam.required(given.version()), given.data());
        return read(id);
    }

    @POST
    @Path("campaigns/{id}/preview")
    public MessageViews.Preview preview(@PathParam("id") long id) {
        return campaigns.preview(id);
    }

    /** The preview of a campaign still being written (not saved). */
    @POST
    @Path("campaigns/preview")
    public MessageViews.Preview previewOf(MessageCampaignData campaign) {
        return campaigns.previewOf(required(campaign));
    }

    /** The template on a real party: what it would receive. */
    @POST
    @Path("campaigns/sample")
    public MessageViews.Sample sample(@QueryParam("partyId") Long partyId, MessageCampaignData campaign) {
        if (partyId == null) {
            throw new BusinessException("partyId", "REQUIRED");
        }
        return campaigns.sample(required(campaign), partyId);
    }

    @POST
    @Path("campaigns/{id}/send")
    public Response send(@PathParam("id") long id) {
        campaigns.send(id);
        return Response.accepted(read(id)).build();
    }

    @GET
    @Path("campaigns/{id}/report.xlsx")
    @Produces(XLSX)
    public Response report(@PathParam("id") long id, @Context HttpHeaders headers) {
        MessageReport.Report report = reports.of(id);
        StreamingOutput body = out -> MessageReportFile.xlsx(report, ErrorMappers.locale(headers), out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + MessageReportFile.fileName(report) + "\"").build();
    }

    /** The same report as a PDF of the reports' machinery (waiting = not yet delivered nor failed). */
    @GET
    @Path("campaigns/{id}/report.pdf")
    @Produces("application/pdf")
    public Response reportPdf(@PathParam("id") long id, @Context HttpHeaders headers) {
        byte[] pdf = reports.file(id, it.callcenter.reporting.ReportFormat.PDF,
                new it.callcenter.web.i18n.BundleWording(ErrorMappers.locale(headers)));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"message-campaign-" + id + ".pdf\"").build();
    }

    @GET
    @Path("templates")
    public List<MessageTemplates.View> templates() {
        return templates.all();
    }

    /** Saves a template under its name: a new one (201), or the one of that name replaced (200). */
    @POST
    @Path("templates")
    public MessageTemplates.View saveTemplate(TemplateBody template) {
        TemplateBody t = required(template);
        return templates.save(t.name(), t.channel(), t.language(), t.subject(), t.body());
    }

    @DELETE
    @Path("templates/{id}")
    public Response deleteTemplate(@PathParam("id") long id) {
        templates.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("automations")
    public List<Automations.View> automations() {
        return automations.all();
    }

    @PUT
    @Path("automations/{kind}")
    public Automations.View changeAutomation(@PathParam("kind") AutomationKind kind, Automations.Change change) {
        return automations.change(kind, required(change));
    }

    /** Today's run now (an automation that is on): nobody gets anything twice. */
    @POST
    @Path("automations/{kind}/run")
    public Automations.View runAutomation(@PathParam("kind") AutomationKind kind) {
        return automations.runNow(kind);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BusinessException(null, "REQUIRED");
        }
        return body;
    }
}
