package it.callcenter.importing;

import it.callcenter.audit.AuditFields;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;

/**
 * One upload and its progress. {@code position} counts the data records whose outcome is committed, and moves
 * only together with the counters, in the chunk's transaction: it is where a job interrupted by a crash resumes.
 */
@Entity
@Table(name = "import_job")
@NamedQuery(name = "ImportJob.newest", query = "SELECT j FROM ImportJob j ORDER BY j.createdAt DESC, j.id DESC")
@NamedQuery(name = "ImportJob.count", query = "SELECT COUNT(j) FROM ImportJob j")
@NamedQuery(name = "ImportJob.newestOf", query = "SELECT j FROM ImportJob j WHERE j.createdBy = :user ORDER BY j.createdAt DESC, j.id DESC")
@NamedQuery(name = "ImportJob.countOf", query = "SELECT COUNT(j) FROM ImportJob j WHERE j.createdBy = :user")
public class ImportJob {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        public boolean ended() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    static final int MESSAGE_MAX = 1000;

    @Id
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    private Long id;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    /** Null for a file kept in the database ({@link ImportFileStore}); the disk path of a job queued before that. */
    @Column(name = "stored_path", updatable = false)
    private String storedPath;

    /** The node that runs the job ({@code jboss.node.name}), while it beats {@code heartbeatAt}. */
    @Column(name = "owner_node")
    private String ownerNode;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(nullable = false, updatable = false)
    private String encoding;

    @Column(nullable = false, updatable = false, length = 1)
    private String delimiter;

    @Column(nullable = false, updatable = false)
    private String mapping;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DuplicatePolicy duplicates;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.QUEUED;

    @Column(name = "read_rows", nullable = false)
    private long readRows;

    @Column(name = "created_rows", nullable = false)
    private long createdRows;

    @Column(name = "updated_rows", nullable = false)
    private long updatedRows;

    @Column(name = "skipped_rows", nullable = false)
    private long skippedRows;

    @Column(name = "rejected_rows", nullable = false)
    private long rejectedRows;

    @Column(nullable = false)
    private long position;

    /** The data records of the file: estimated at submission unless {@code totalExact}; exact once the job is done. */
    @Column(name = "total_rows", nullable = false)
    private long totalRows;

    @Column(name = "total_exact", nullable = false)
    private boolean totalExact;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = MESSAGE_MAX)
    private String message;

    @Version
    private long version;

    protected ImportJob() {
    }

    public ImportJob(String fileName, String storedPath, ImportFiles.Format format, ColumnMapping mapping,
                     DuplicatePolicy duplicates, String createdBy, RowEstimate total) {
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.storedPath = storedPath;
        this.encoding = format.encoding().name();
        this.delimiter = String.valueOf(format.delimiter());
        this.mapping = mapping.toText();
        this.duplicates = duplicates;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.totalRows = total.rows();
        this.totalExact = total.exact();
    }

    /** As {@link ImportJobs#claim} leaves a job in the database: running on {@code node}, which has just beaten. */
    void claimedBy(String node) {
        state = State.RUNNING;
        ownerNode = node;
        heartbeatAt = Instant.now();
        if (startedAt == null) {
            startedAt = heartbeatAt;
        }
    }

    /** The owner's sign of life, moved by each chunk it commits. */
    void beat() {
        heartbeatAt = Instant.now();
    }

    /** Whether {@code node} runs the job now: it is running, and that node claimed it last. */
    boolean runBy(String node) {
        return state == State.RUNNING && node.equals(ownerNode);
    }

    /** A chunk's outcome: the counters and the position move together. */
    void advance(long read, long created, long updated, long skipped, long rejected) {
        readRows += read;
        createdRows += created;
        updatedRows += updated;
        skippedRows += skipped;
        rejectedRows += rejected;
        position += read;
    }

    void finish() {
        state = State.DONE;
        finishedAt = Instant.now();
        totalRows = position;
        totalExact = true;
    }

    /** Stops a job that has not ended; the runner notices before its next chunk, so committed chunks stay. */
    void cancel() {
        if (state.ended()) {
            throw new it.callcenter.BusinessException("state", "IMPORT_ENDED");
        }
        state = State.CANCELLED;
        finishedAt = Instant.now();
    }

    void fail(String reason) {
        state = State.FAILED;
        finishedAt = Instant.now();
        message = reason == null ? null : reason.length() > MESSAGE_MAX ? reason.substring(0, MESSAGE_MAX) : reason;
    }

    /** What the audit keeps of the job when it is queued: the file, the duplicate policy, the rows estimated. */
    List<String> auditOfStart() {
        return List.of(AuditFields.of("file", fileName), AuditFields.of("duplicates", duplicates),
                AuditFields.of(totalExact ? "rows" : "estimatedRows", totalRows));
    }

    /** What the audit keeps of the job when it ends: its state and counts. */
    List<String> auditOfEnd() {
        return List.of(AuditFields.of("state", state), AuditFields.of("file", fileName), AuditFields.of("read", readRows),
                AuditFields.of("created", createdRows), AuditFields.of("updated", updatedRows),
                AuditFields.of("skipped", skippedRows), AuditFields.of("rejected", rejectedRows));
    }

    ImportStatus status(List<ImportStatus.Rejection> errors) {
        return new ImportStatus(id, fileName, state.name(), readRows, createdRows, updatedRows, skippedRows, rejectedRows,
                message, errors);
    }

    ImportJobView view() {
        return new ImportJobView(id == null ? 0 : id, fileName, state, createdBy, createdAt, finishedAt, duplicates, encoding,
                delimiter.charAt(0), position, Math.max(totalRows, position), totalExact, readRows, createdRows,
                updatedRows, skippedRows, rejectedRows, message);
    }

    ImportFiles.Format format() {
        return new ImportFiles.Format(java.nio.charset.Charset.forName(encoding), delimiter.charAt(0));
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public State getState() {
        return state;
    }

    public long getPosition() {
        return position;
    }

    public String getStoredPath() {
        return storedPath;
    }

    public String getOwnerNode() {
        return ownerNode;
    }

    public String getMapping() {
        return mapping;
    }

    public DuplicatePolicy getDuplicates() {
        return duplicates;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
