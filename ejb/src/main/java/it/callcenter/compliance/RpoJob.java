package it.callcenter.compliance;

import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import it.callcenter.platform.Node;
import it.callcenter.platform.WorkHandler;
import it.callcenter.platform.WorkJob;
import it.callcenter.platform.WorkJobs;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * An RPO return file loaded in the background, as a job ({@link RpoReturns#applyInBackground} queues it with its
 * file): the file is read from the database, each batch written in one transaction with the job's progress (bytes
 * read of the file's size), so the progress a screen shows is what is committed; the audit and the job's end (with
 * the result) in one transaction. A node that dies during the load leaves its committed batches; the node that takes
 * the job over loads the file again from its start, which changes nothing for the numbers already written (a check
 * never replaces a later one, a number already on the do-not-call list stays as it is). Run in the name of the user
 * who uploaded the file. A batch or an end whose job is no longer this node's is rolled back.
 */
@Stateless
@Local(WorkHandler.class)
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RpoJob implements WorkHandler {

    public static final String KIND = "RPO_RETURN";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Resource
    private SessionContext context;

    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    @EJB
    private WorkJobs jobs;

    @EJB
    private AuditLog audit;

    /** What the job keeps to run, beside its file: the date of the file's checks ({@code null}: the day it runs). */
    public record Parameters(String checkedOn) {
    }

    static String parameters(LocalDate checkedOn) {
        return JSON.toJson(new Parameters(checkedOn == null ? null : checkedOn.toString()));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(WorkJob job) {
        Parameters parameters = JSON.fromJson(job.parameters(), Parameters.class);
        LocalDate today = LocalDate.now(RpoReturns.OFFICE_ZONE);
        LocalDate fileDate = RpoReturns.fileDate(parameters.checkedOn() == null ? null : LocalDate.parse(parameters.checkedOn()), today);
        RpoJob self = context.getBusinessObject(RpoJob.class);
        RpoProgress progress = new RpoProgress();
        try (InputStream in = jobs.file(job.id())) {
            RpoResult result = RpoReturnLoad.load(progress.counting(in), fileDate, today, RpoReturns.BATCH,
                    RpoReturns.REJECTIONS_KEPT, batch -> self.write(job.id(), batch, job.createdBy(), progress.read()));
            self.end(job.id(), result, job.createdBy());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One batch and the job's progress, in one transaction; rolled back if the job is no longer this node's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void write(long jobId, List<RpoAnswer> batch, String username, long bytesRead) {
        jobs.progress(jobId, Node.name(), bytesRead);
        try (Connection db = dataSource.getConnection()) {
            RpoBatchWriter.write(db, batch, username);
        } catch (SQLException e) {
            throw new IllegalStateException("RPO batch not written", e);
        }
    }

    /** The load's audit and the job's end, in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void end(long jobId, RpoResult result, String username) {
        audit.record(RpoReturns.AUDIT_TYPE, 0, AuditEntry.Action.UPDATE, RpoReturns.auditFields(result), username);
        jobs.finish(jobId, Node.name(), JSON.toJson(result));
    }
}
