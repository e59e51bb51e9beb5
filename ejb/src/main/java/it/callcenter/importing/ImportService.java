package it.callcenter.importing;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.ValidationException;
import it.callcenter.registry.FormulaGuard;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The import use cases for supervisors and up: queue a stored file, follow a job, download its rejected rows. */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ImportService {

    public static final int ERRORS_SHOWN = 100;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private ImportJobs jobs;

    @EJB
    private ImportRunner runner;

    /**
     * Queues a file already stored by {@link ImportFiles#store}: finds its encoding and delimiter, maps its columns
     * (the suggestion from the headers, corrected by {@code mapping}: header → field name), then starts the worker.
     * Not in a transaction of its own, so the job row is committed before the worker looks for it.
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
            ColumnMapping columns = ColumnMapping.suggest(header, mapping);
            long id = jobs.create(new ImportJob(fileName == null || fileName.isBlank() ? "import.csv" : fileName,
                    stored.toString(), format, columns, duplicates == null ? DuplicatePolicy.SKIP : duplicates,
                    session.getCallerPrincipal().getName()));
            runner.kick();
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ImportStatus status(long id) {
        ImportJob job = job(id);
        List<ImportStatus.Rejection> errors = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT line, reason FROM import_rejection WHERE job_id = ?1 ORDER BY line")
                .setParameter(1, id).setMaxResults(ERRORS_SHOWN).getResultList();
        rows.forEach(r -> errors.add(new ImportStatus.Rejection(((Number) r[0]).longValue(), (String) r[1])));
        return job.status(errors);
    }

    /** The rejected rows as they came, with their line and a {@code motivo} column; safe against formula injection. */
    public void writeRejected(long id, OutputStream out) throws IOException {
        ImportJob job = job(id);
        List<String> header;
        try (ImportFiles.Records records = ImportFiles.Records.open(Path.of(job.getStoredPath()), job.format())) {
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
                values.add((String) row[1]);
                writer.row(guarded(values));
            }
        }
    }

    private static List<String> guarded(List<String> values) {
        return values.stream().map(FormulaGuard::neutralise).toList();
    }

    private ImportJob job(long id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null) {
            throw new NotFoundException("import " + id);
        }
        return job;
    }
}
