package it.callcenter.importing;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.ValidationException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import it.callcenter.registry.FormulaGuard;
import it.callcenter.registry.RegistrySettings;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The import use cases for supervisors and up: preview and queue a stored file, follow and cancel a job, download
 * its rejected rows. A supervisor sees the imports they started; managers and administrators see them all. A job's
 * start, cancellation, end and failure are audited under {@value #AUDIT_TYPE}, with the file's name and the counts.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ImportService {

    public static final String AUDIT_TYPE = "IMPORT";
    public static final int ERRORS_SHOWN = 100;
    public static final int PREVIEW_ROWS = 10;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private ImportJobs jobs;

    @EJB
    private ImportRunner runner;

    @EJB
    private AuditLog audit;

    @EJB
    private RegistrySettings settings;

    @EJB
    private ImportFileStore files;

    /**
     * Queues a file already stored by {@link ImportFiles#store}: finds its encoding and delimiter, maps its columns
     * (the suggestion from the headers, corrected by {@code mapping}: header → field name), copies the file into the
     * database with the job ({@link ImportFileStore}: any node may run it), deletes the local copy, then starts the
     * worker. Not in a transaction of its own, so the job row is committed before the worker looks for it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long submit(String fileName, Path stored, Map<String, String> mapping, DuplicatePolicy duplicates) {
        try {
            ImportFiles.Format format = ImportFiles.sniff(stored);
            List<String> header;
            try (ImportFiles.Records records = ImportFiles.Records.open(stored, format)) {
                header = records.header();
            }
            if (header.isEmpty()) {
                throw new ValidationException(List.of(new BusinessException("file", "REQUIRED")));
            }
            ColumnMapping columns = ColumnMapping.suggest(header, mapping, settings.activeCustomFields());
            long id = jobs.create(new ImportJob(fileName == null || fileName.isBlank() ? "import.csv" : fileName,
                    null, format, columns, duplicates == null ? DuplicatePolicy.SKIP : duplicates,
                    session.getCallerPrincipal().getName(), RowEstimate.of(stored, format)), stored);
            ImportFiles.discard(stored);
            runner.kick();
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The encoding, delimiter, header and first records of a file stored by {@link ImportFiles#store}. */
    public ImportPreview preview(Path stored) {
        try {
            if (!stored.toAbsolutePath().normalize().startsWith(ImportFiles.directory().toAbsolutePath().normalize())
                    || !Files.isRegularFile(stored)) {
                throw new NotFoundException("import file " + stored.getFileName());
            }
            ImportFiles.Format format = ImportFiles.sniff(stored);
            try (ImportFiles.Records records = ImportFiles.Records.open(stored, format)) {
                List<String> header = records.header();
                List<List<String>> rows = new ArrayList<>();
                for (CsvPort.SourceRecord record = records.next(); record != null && rows.size() < PREVIEW_ROWS;
                     record = records.next()) {
                    rows.add(record.values());
                }
                Map<Integer, String> fields = ColumnMapping.suggest(header, null, settings.activeCustomFields()).names();
                List<String> suggested = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    suggested.add(fields.getOrDefault(i, ""));
                }
                return new ImportPreview(format.encoding().name(), format.delimiter(), header, rows, suggested);
            }
        } catch (IOException e) {
            throw new ValidationException(List.of(new BusinessException("file", "INVALID_FORMAT")));
        }
    }

    /** The imports the caller may see, newest first, a page at a time. */
    public List<ImportJobView> list(int first, int max) {
        return (seesAll() ? em.createNamedQuery("ImportJob.newest", ImportJob.class)
                : em.createNamedQuery("ImportJob.newestOf", ImportJob.class).setParameter("user", caller()))
                .setFirstResult(first).setMaxResults(max).getResultStream().map(ImportJob::view).toList();
    }

    public long count() {
        return (seesAll() ? em.createNamedQuery("ImportJob.count", Long.class)
                : em.createNamedQuery("ImportJob.countOf", Long.class).setParameter("user", caller())).getSingleResult();
    }

    public ImportJobView view(long id) {
        return job(id).view();
    }

    /** The first rejected rows: their line and their reason as stored ({@code field: CODE}, language-neutral). */
    public List<ImportStatus.Rejection> rejections(long id) {
        job(id);
        List<ImportStatus.Rejection> errors = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT line, reason FROM import_rejection WHERE job_id = ?1 ORDER BY line")
                .setParameter(1, id).setMaxResults(ERRORS_SHOWN).getResultList();
        rows.forEach(r -> errors.add(new ImportStatus.Rejection(((Number) r[0]).longValue(), (String) r[1])));
        return errors;
    }

    /**
     * Stops a queued or running job: waits for a chunk that is moving the job (its lock); a chunk still being written
     * finds the job cancelled when it comes to move it and leaves nothing, so the counts stay those of the committed
     * chunks; the runner sees the state before its next chunk and stops.
     */
    public ImportJobView cancel(long id) {
        ImportJob job = visible(id, em.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE));
        job.cancel();
        files.keepHeaderOnly(id);
        audit.record(AUDIT_TYPE, id, AuditEntry.Action.UPDATE, job.auditOfEnd(), caller());
        return job.view();
    }

    public ImportStatus status(long id) {
        List<ImportStatus.Rejection> errors = rejections(id);
        return job(id).status(errors);
    }

    /**
     * The rejected rows as they came, with their line and a {@code motivo} column (the stored reason as
     * {@code reasons} words it for the reader); safe against formula injection.
     */
    public void writeRejected(long id, OutputStream out, UnaryOperator<String> reasons) throws IOException {
        ImportJob job = job(id);
        List<String> header;
        try (ImportFiles.Records records = ImportFiles.Records.open(files.open(job), job.format())) {
            header = records.header();
        } catch (IOException e) {
            header = List.of();
        }
        CsvPort csv = ImportFiles.csv();
        try (CsvPort.RowWriter writer = csv.write(out)) {
            List<String> names = new ArrayList<>(header);
            names.add("riga");
            names.add("motivo");
            writer.row(guarded(names));
            @SuppressWarnings("unchecked")
            Stream<Object[]> rows = em.createNativeQuery("SELECT line, reason, raw FROM import_rejection WHERE job_id = ?1 ORDER BY line")
                    .setParameter(1, id).getResultStream();
            for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                List<String> values = new ArrayList<>(csv.values((String) row[2]));
                while (values.size() < header.size()) {
                    values.add("");
                }
                values.add(String.valueOf(row[0]));
                values.add(reasons.apply((String) row[1]));
                writer.row(guarded(values));
            }
        }
    }

    private static List<String> guarded(List<String> values) {
        return values.stream().map(FormulaGuard::neutralise).toList();
    }

    private ImportJob job(long id) {
        return visible(id, em.find(ImportJob.class, id));
    }

    private ImportJob visible(long id, ImportJob job) {
        if (job == null || !seesAll() && !job.getCreatedBy().equals(caller())) {
            throw new NotFoundException("import " + id);
        }
        return job;
    }

    private boolean seesAll() {
        return session.isCallerInRole(Role.MANAGER_NAME) || session.isCallerInRole(Role.ADMIN_NAME);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
