package it.callcenter.campaign;

import it.callcenter.audit.AuditLog;
import it.callcenter.platform.Node;
import it.callcenter.platform.WorkHandler;
import it.callcenter.platform.WorkJob;
import it.callcenter.platform.WorkJobs;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A fill started from the wizard, as a background job ({@link CampaignService#fillInBackground} queues it): the fill's
 * one statement and the job's end ({@link WorkJobs#finish}, with the result) in ONE transaction, so the job is DONE
 * exactly when the entries are committed. A node that dies during the statement commits nothing; the node that takes
 * the job over runs the fill again, which adds only who is missing (a fill is idempotent). Run in the name of the
 * supervisor who started it (the audit says so).
 */
@Stateless
@PermitAll
public class FillJob implements WorkHandler {

    public static final String KIND = "FILL";
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @EJB
    private WorkJobs jobs;

    /** What the job keeps to run: the campaign and the criteria. */
    public record Parameters(long campaignId, FillCriteria criteria) {
    }

    static String parameters(long campaignId, FillCriteria criteria) {
        return JSON.toJson(new Parameters(campaignId, criteria == null ? FillCriteria.none() : criteria));
    }

    static Parameters parameters(String json) {
        return JSON.fromJson(json, Parameters.class);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(WorkJob job) {
        Parameters parameters = parameters(job.parameters());
        FillResult result = CampaignService.fill(em, audit, parameters.campaignId(), parameters.criteria(), job.createdBy());
        jobs.finish(job.id(), Node.name(), JSON.toJson(result));
    }
}
