package it.callcenter.web.api;

import it.callcenter.BusinessException;
import it.callcenter.campaign.AssignmentMode;
import it.callcenter.campaign.AssignmentResult;
import it.callcenter.campaign.CampaignAssignments;
import it.callcenter.campaign.CampaignData;
import it.callcenter.campaign.CampaignEntries;
import it.callcenter.campaign.CampaignFigures;
import it.callcenter.campaign.CampaignService;
import it.callcenter.campaign.CampaignState;
import it.callcenter.campaign.CampaignView;
import it.callcenter.campaign.EntryFilter;
import it.callcenter.campaign.EntryRow;
import it.callcenter.campaign.FillCriteria;
import it.callcenter.campaign.FillResult;
import it.callcenter.campaign.DispatchOrder;
import it.callcenter.campaign.DispatchRules;
import it.callcenter.campaign.OutcomeSets;
import it.callcenter.campaign.OutcomeView;
import it.callcenter.campaign.CampaignTools;
import it.callcenter.campaign.PriorityPush;
import it.callcenter.campaign.SummaryBy;
import it.callcenter.campaign.SummaryRow;
import it.callcenter.campaign.TimerThresholds;
import it.callcenter.queue.EntryRelease;
import it.callcenter.compliance.CallWindowsForm;
import it.callcenter.compliance.RequiredConsent;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Campaigns over HTTP, as API.md fixes them (create, state, preview, fill, assignments, figures), and what the
 * campaign page adds: the edit with its version, the entries a page at a time, moving entries between operators.
 */
@Path("/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class CampaignsResource {

    @EJB
    private CampaignService campaigns;

    @EJB
    private CampaignAssignments assignments;

    @EJB
    private CampaignEntries entries;

    @EJB
    private OutcomeSets outcomeSets;

    @EJB
    private CampaignTools tools;

    @EJB
    private EntryRelease release;

    public record Created(long id) {
    }

    public record StateChange(CampaignState state) {
    }

    /** {@code groups} (names) is optional: each expands to its active members at this moment. */
    public record Assignment(List<String> operators, List<String> groups, AssignmentMode mode) {
    }

    public record Assigned(int entries, List<String> operators) {
    }

    public record Move(String from, String to) {
    }

    public record Moved(int moved) {
    }

    /** What {@code PUT /campaigns/{id}} replaces; {@code version} is the one read, required. */
    public record Edit(String name, String description, String product, LocalDate startsOn, LocalDate endsOn,
                       RequiredConsent requiredConsent, Boolean requiresRpoCheck, String callerId, String script,
                       Long version) {
        CampaignData data() {
            return new CampaignData(name, description, product, startsOn, endsOn, requiredConsent, requiresRpoCheck,
                    callerId, script);
        }
    }

    public record Entries(long total, List<EntryRow> entries) {
    }

    public record Preview(long count, FillResult.Excluded excluded) {
    }

    public record Fill(long added, FillResult.Excluded excluded) {
    }

    /** API.md's figures ({@code id, name, entries, byOutcome, open}) with the campaign's fields and entries by state. */
    public record Figures(long id, String name, CampaignState state, long entries, Map<String, Long> byOutcome, long open,
                          Map<String, Long> byState, String description, String product, LocalDate startsOn,
                          LocalDate endsOn, RequiredConsent requiredConsent, boolean requiresRpoCheck, String callerId,
                          String script, long version) {
    }

    @POST
    public Response create(CampaignData campaign, @Context UriInfo uri) {
        long id = campaigns.create(required(campaign));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(new Created(id)).build();
    }

    @GET
    @Path("{id}")
    public Figures read(@PathParam("id") long id) {
        CampaignFigures figures = campaigns.figures(id);
        CampaignView c = campaigns.find(id);
        return new Figures(id, c.name(), c.state(), figures.entries(), figures.byOutcome(), figures.open(),
                entries.byState(id), c.description(), c.product(), c.startsOn(), c.endsOn(), c.requiredConsent(),
                c.requiresRpoCheck(), c.callerId(), c.script(), c.version());
    }

    @PUT
    @Path("{id}")
    public Figures edit(@PathParam("id") long id, Edit edit) {
        Edit given = required(edit);
        campaigns.edit(id, VersionParam.required(given.version()), given.data());
        return read(id);
    }

    @PUT
    @Path("{id}/state")
    public Figures changeState(@PathParam("id") long id, StateChange change) {
        campaigns.changeState(id, required(change).state());
        return read(id);
    }

    @GET
    @Path("{id}/entries")
    public Entries entries(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") int first,
                           @QueryParam("max") @DefaultValue("50") int max, @QueryParam("operator") String operator,
                           @QueryParam("state") String state, @QueryParam("name") String name) {
        EntryFilter filter = new EntryFilter(operator, state, name);
        Paging paging = Paging.range(first, max);
        return new Entries(entries.count(id, filter), entries.page(id, filter, paging.offset(), paging.size()));
    }

    @POST
    @Path("{id}/entries/move")
    public Moved move(@PathParam("id") long id, Move move) {
        Move given = required(move);
        return new Moved(assignments.move(id, given.from(), given.to()));
    }

    // Campaign tools (issue 15): duplicate, priority push, summary by place, release an operator's names, timer.

    public record Duplicate(String name, Boolean withEntries) {
    }

    public record Release(String operator) {
    }

    public record Released(int released) {
    }

    public record Pushed(int changed) {
    }

    public record Timer(Integer amberSeconds, Integer redSeconds, Long version) {
    }

    @POST
    @Path("{id}/duplicate")
    public Response duplicate(@PathParam("id") long id, Duplicate duplicate, @Context UriInfo uri) {
        Duplicate given = required(duplicate);
        long copy = tools.duplicate(id, given.name(), Boolean.TRUE.equals(given.withEntries()));
        return Response.created(uri.getBaseUriBuilder().path("campaigns").path(String.valueOf(copy)).build())
                .entity(new Created(copy)).build();
    }

    /** The criteria of the campaign's last fill. */
    @GET
    @Path("{id}/criteria")
    public FillCriteria criteria(@PathParam("id") long id) {
        return tools.criteria(id);
    }

    @GET
    @Path("{id}/summary")
    public List<SummaryRow> summary(@PathParam("id") long id, @QueryParam("by") @DefaultValue("comune") String by,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.page(page, size);
        return tools.summary(id, SummaryBy.of(by), paging.offset(), paging.size());
    }

    @POST
    @Path("{id}/entries/release")
    public Released release(@PathParam("id") long id, Release body) {
        return new Released(release.release(id, required(body).operator()));
    }

    /** {@code {"direction":"UP"|"DOWN","steps":1,"provinces":[…],"postalCodes":[…]}} → how many entries moved. */
    @POST
    @Path("{id}/entries/priority")
    public Pushed priority(@PathParam("id") long id, PriorityPush push) {
        return new Pushed(tools.pushPriority(id, required(push)));
    }

    @GET
    @Path("{id}/timer")
    public Timer timer(@PathParam("id") long id) {
        TimerThresholds t = tools.timerThresholds(id);
        return new Timer(t.amberSeconds(), t.redSeconds(), campaigns.find(id).version());
    }

    @PUT
    @Path("{id}/timer")
    public Timer changeTimer(@PathParam("id") long id, Timer timer) {
        Timer given = required(timer);
        if (given.amberSeconds() == null || given.redSeconds() == null) {
            throw new BusinessException(given.amberSeconds() == null ? "amberSeconds" : "redSeconds", "REQUIRED");
        }
        tools.changeTimerThresholds(id, VersionParam.required(given.version()),
                new TimerThresholds(given.amberSeconds(), given.redSeconds()));
        return timer(id);
    }

    @POST
    @Path("{id}/preview")
    public Preview preview(@PathParam("id") long id, FillCriteria criteria) {
        FillResult result = campaigns.preview(id, criteria);
        return new Preview(result.count(), result.excluded());
    }

    @POST
    @Path("{id}/fill")
    public Fill fill(@PathParam("id") long id, FillCriteria criteria) {
        FillResult result = campaigns.fill(id, criteria);
        return new Fill(result.count(), result.excluded());
    }

    @POST
    @Path("{id}/assignments")
    public Assigned assign(@PathParam("id") long id, Assignment assignment) {
        Assignment given = required(assignment);
        AssignmentResult result = assignments.assign(id, given.operators(), given.groups(), given.mode());
        return new Assigned(result.entries(), result.operators());
    }

    /** When the campaign may call: API.md's form; a new campaign has the Italian legal windows. */
    @GET
    @Path("{id}/call-windows")
    @RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public CallWindowsForm callWindows(@PathParam("id") long id) {
        return CallWindowsForm.of(campaigns.callWindows(id));
    }

    @PUT
    @Path("{id}/call-windows")
    @RolesAllowed(Role.ADMIN_NAME)
    public CallWindowsForm changeCallWindows(@PathParam("id") long id, CallWindowsForm windows) {
        return CallWindowsForm.of(campaigns.changeCallWindows(id, required(windows).toWindows()));
    }

    /** How the campaign hands its entries out (order, attempts, lease, callback grace), with the version read. */
    public record Dispatch(DispatchOrder order, Integer maxAttempts, Integer leaseSeconds, Integer callbackGraceMinutes,
                           Long version) {
        DispatchRules rules() {
            DispatchRules d = DispatchRules.DEFAULT;
            return new DispatchRules(order == null ? d.order() : order, maxAttempts == null ? d.maxAttempts() : maxAttempts,
                    leaseSeconds == null ? d.leaseSeconds() : leaseSeconds,
                    callbackGraceMinutes == null ? d.callbackGraceMinutes() : callbackGraceMinutes);
        }
    }

    @GET
    @Path("{id}/dispatch")
    public Dispatch dispatch(@PathParam("id") long id) {
        DispatchRules rules = campaigns.dispatchRules(id);
        return new Dispatch(rules.order(), rules.maxAttempts(), rules.leaseSeconds(), rules.callbackGraceMinutes(),
                campaigns.find(id).version());
    }

    @PUT
    @Path("{id}/dispatch")
    public Dispatch changeDispatch(@PathParam("id") long id, Dispatch dispatch) {
        Dispatch given = required(dispatch);
        campaigns.changeDispatchRules(id, VersionParam.required(given.version()), given.rules());
        return dispatch(id);
    }

    @GET
    @Path("{id}/outcomes")
    @RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<OutcomeView> outcomes(@PathParam("id") long id) {
        return outcomeSets.ofCampaign(id);
    }

    @POST
    @Path("{id}/outcomes")
    public Response defineOutcome(@PathParam("id") long id, OutcomesResource.Definition definition) {
        OutcomesResource.Definition d = OutcomesResource.required(definition);
        return Response.status(Response.Status.CREATED).entity(outcomeSets.defineForCampaign(id, d.code(), d.rules())).build();
    }

    @PUT
    @Path("{id}/outcomes/{outcomeId}")
    public OutcomeView changeOutcome(@PathParam("id") long id, @PathParam("outcomeId") long outcomeId,
                                     OutcomesResource.Definition definition) {
        OutcomesResource.Definition d = OutcomesResource.required(definition);
        return outcomeSets.changeForCampaign(outcomeId, d.requiredVersion(), d.rules());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BusinessException(null, "REQUIRED");
        }
        return body;
    }
}
