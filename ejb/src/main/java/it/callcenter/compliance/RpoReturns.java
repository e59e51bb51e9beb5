package it.callcenter.compliance;

import it.callcenter.BusinessException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditFields;
import it.callcenter.audit.AuditLog;
import it.callcenter.platform.WorkJobs;
import it.callcenter.platform.WorkRunner;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Loads the files the Registro Pubblico delle Opposizioni sends back. The file is read as a stream and written in
 * batches of {@link #BATCH} numbers, each batch one transaction of two statements ({@link RpoBatchWriter}), so a
 * file of millions of lines needs neither the memory nor one huge transaction. Bad lines are counted and the first
 * {@link #REJECTIONS_KEPT} reported; the rest is applied. Loading the same file again changes nothing. Each load is
 * audited once (which tables it wrote, by whom, how many numbers checked, opposed and rejected), not each number.
 * From the screen the file is loaded in the background, as a job any node of the cluster may run ({@link RpoJob}).
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RpoReturns {

    public static final String AUDIT_TYPE = "RPO_RETURN";
    public static final int BATCH = 5_000;
    public static final int REJECTIONS_KEPT = 100;
    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Rome");

    @Resource
    private SessionContext session;

    @EJB
    private RpoBatchWriter writer;

    @EJB
    private AuditLog audit;

    @EJB
    private WorkJobs jobs;

    @EJB
    private WorkRunner runner;

    /** Applies a return file whose lines are dated {@code checkedOn} (today if null) unless they carry a date. */
    public RpoResult apply(InputStream in, LocalDate checkedOn) {
        LocalDate today = LocalDate.now(OFFICE_ZONE);
        LocalDate fileDate = fileDate(checkedOn, today);
        String username = session.getCallerPrincipal().getName();
        try {
            RpoResult result = RpoReturnLoad.load(in, fileDate, today, BATCH, REJECTIONS_KEPT,
                    batch -> writer.write(batch, username));
            audit.record(AUDIT_TYPE, 0, AuditEntry.Action.UPDATE, auditFields(result), username);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link #apply} on a stored upload, in the background: the file is kept in the database with a job that a node of
     * the cluster claims and runs ({@link RpoJob}); the screen polls the job by the id answered, on whichever node it
     * is. A date in the future is refused here, before anything is kept.
     */
    public long applyInBackground(Path file, LocalDate checkedOn) {
        fileDate(checkedOn, LocalDate.now(OFFICE_ZONE));
        long job = jobs.queue(RpoJob.KIND, RpoJob.parameters(checkedOn), session.getCallerPrincipal().getName(), file);
        runner.kick();
        return job;
    }

    static LocalDate fileDate(LocalDate checkedOn, LocalDate today) {
        LocalDate fileDate = checkedOn == null ? today : checkedOn;
        if (fileDate.isAfter(today)) {
            throw new BusinessException("checkedOn", RpoReturnReader.FUTURE_DATE);
        }
        return fileDate;
    }

    static List<String> auditFields(RpoResult result) {
        return List.of("rpo_check", "do_not_call", AuditFields.of("checked", result.checked()),
                AuditFields.of("opposed", result.opposed()), AuditFields.of("rejected", result.rejected()));
    }
}
