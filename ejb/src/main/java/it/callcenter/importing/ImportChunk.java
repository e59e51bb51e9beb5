package it.callcenter.importing;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import it.callcenter.geography.ComuneDirectory;
import it.callcenter.geography.ComuneView;
import it.callcenter.platform.Node;
import it.callcenter.registry.ConsentEvidence;
import it.callcenter.registry.DuplicateKey;
import it.callcenter.registry.ListName;
import it.callcenter.registry.NewParty;
import it.callcenter.registry.PartyBatch;
import it.callcenter.registry.PartyData;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartyValidator;
import it.callcenter.registry.PartyView;
import it.callcenter.registry.RegistryLookups;
import it.callcenter.registry.RegistrySettings;
import it.callcenter.security.Role;
import it.callcenter.security.UserService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * One chunk of records in one transaction, as the registry would save them one by one but written set-based. Each
 * record has been mapped and validated with the registry's {@link PartyValidator} before ({@link ChunkChecker}, on
 * the thread that reads ahead; a refused record is recorded with its reason and never reaches the registry's
 * services, whose refusals would roll the chunk back); the duplicate rule is asked once for the whole chunk and
 * followed through the chunk's own records ({@link ChunkDuplicates}), so two rows of the same person are one party
 * whether they share a chunk or not; the new parties are written by {@link PartyBatch} in a few statements, the rare
 * UPDATE of a duplicate goes through {@link PartyService}; the job's counters and position move in the same
 * transaction. A chunk is refused if the job is not where the caller thinks it is, or no longer run by this node (another
 * node took it over), so the same records are never applied twice. The consents a record gives or changes are recorded with the record's {@link ConsentEvidence}: the date
 * and source the file states, and the file itself (its name and this job). Runs as a SUPERVISOR, like the web-to-lead intake
 * (there is no signed-in user in the background), but every row it writes names the user who started the import.
 */
@Stateless
@PermitAll
@RunAs(Role.SUPERVISOR_NAME)
@DeclareRoles(Role.SUPERVISOR_NAME)
public class ImportChunk {

    static final String SOURCE = "IMPORT";
    static final int CHUNK_SIZE = 1000;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    @EJB
    private PartyService parties;

    @EJB
    private PartyBatch batch;

    @EJB
    private ComuneMemory comuni;

    @EJB
    private UserService users;

    @EJB
    private RegistrySettings settings;

    @EJB
    private AuditLog audit;

    @EJB
    private ImportFileStore files;

    /**
     * Writes a chunk checked by {@link ChunkChecker}, all in this one transaction: asks the duplicate rule, creates,
     * updates or skips; then waits for the end of the write of the chunk before ({@code before}: it may be written at
     * the same time, {@link ChunkWriters}; committed or failed), locks the job, decides the deferred records, which
     * may duplicate that chunk's parties, records the rejected records and moves the job past the chunk. A job that
     * is no longer running, or not at this chunk's position (the chunk before failed), refuses the chunk and nothing
     * of it stays.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void process(long jobId, CheckedChunk chunk, Future<?> before) {
        ImportJob job = em.find(ImportJob.class, jobId);
        if (job == null) {
            throw new ChunkRefusedException(jobId, chunk.position());
        }
        em.createNativeQuery("SET LOCAL max_parallel_workers_per_gather = 0").executeUpdate();
        Outcomes outcomes = new Outcomes(job.getCreatedBy(), job.getDuplicates(), chunk.rejected());
        outcomes.decide(chunk.accepted());
        outcomes.writeCreates();
        awaitEnd(before);
        em.refresh(job, LockModeType.PESSIMISTIC_WRITE);
        if (!job.runBy(Node.name()) || job.getPosition() != chunk.position()) {
            throw new ChunkRefusedException(jobId, chunk.position());
        }
        job.beat();
        outcomes.decide(chunk.deferred());
        outcomes.writeCreates();
        writeRejections(jobId, outcomes.rejections);
        job.advance(chunk.size(), outcomes.created, outcomes.updated, outcomes.skipped, outcomes.rejections.size());
        if (chunk.last()) {
            job.finish();
            files.keepHeaderOnly(jobId);
            audit.record(ImportService.AUDIT_TYPE, jobId, AuditEntry.Action.UPDATE, job.auditOfEnd(), job.getCreatedBy());
        }
    }

    /** Until the write of the chunk before has ended, whether it committed (the job is then at this chunk) or not. */
    private static void awaitEnd(Future<?> before) {
        try {
            Futures.awaitEnd(before);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the chunk before", e);
        }
    }

    /**
     * The checker of a run of the job: its mapping, the registry's validator as it stands now, the job's user;
     * {@code uncommittedBefore} chunks before a chunk may still be being written when it is.
     */
    public ChunkChecker checker(ImportJob job, int columns, int uncommittedBefore) {
        ComuneDirectory directory = comuni.directory();
        RowMapper.Lists lists = new RowMapper.Lists(settings.activeValues(ListName.RATING), settings.activeCustomFields(),
                job.getFileName() + " (import " + job.getId() + ")");
        return new ChunkChecker(ColumnMapping.fromText(job.getMapping()), columns, new RowMapper.Comuni() {
            @Override
            public List<ComuneView> byName(String name, String provinceAbbr) {
                return directory.byNameAndProvince(name, provinceAbbr);
            }

            @Override
            public List<ComuneView> byPostalCode(String postalCode) {
                return directory.byPostalCode(postalCode);
            }
        }, lists, validator(), job.getCreatedBy(), job.getDuplicates(), uncommittedBefore);
    }

    /**
     * What the chunk did. The records are decided in order, a group at a time (the chunk's, then its deferred ones),
     * the duplicate rule asked once per group; the parties to create are written together, and before any update of
     * one of them.
     */
    private final class Outcomes {

        private final String user;
        private final DuplicatePolicy policy;
        private final List<NewParty> toCreate = new ArrayList<>();
        private final List<ConsentEvidence> evidence = new ArrayList<>();
        private final List<Long> createdIds = new ArrayList<>();
        private final List<CheckedChunk.Rejection> rejections;
        private PartyValidator validator;
        private long created;
        private long updated;
        private long skipped;

        Outcomes(String user, DuplicatePolicy policy, List<CheckedChunk.Rejection> rejected) {
            this.user = user;
            this.policy = policy;
            this.rejections = new ArrayList<>(rejected);
        }

        void decide(List<CheckedChunk.Accepted> rows) {
            if (rows.isEmpty()) {
                return;
            }
            int first = toCreate.size();
            ChunkDuplicates duplicates = new ChunkDuplicates(policy == DuplicatePolicy.CREATE ? Map.of()
                    : batch.existing(rows.stream().flatMap(c -> c.keys().stream()).distinct().toList()));
            for (CheckedChunk.Accepted row : rows) {
                List<DuplicateKey> keys = row.keys();
                Optional<ChunkDuplicates.Target> target = policy == DuplicatePolicy.CREATE ? Optional.empty() : duplicates.of(keys);
                if (target.isEmpty()) {
                    duplicates.add(keys, new ChunkDuplicates.Created(toCreate.size() - first));
                    toCreate.add(row.party());
                    evidence.add(row.evidence());
                } else if (policy == DuplicatePolicy.SKIP) {
                    skipped++;
                } else {
                    update(row, keys, id(target.get(), first), duplicates);
                }
            }
        }

        private void update(CheckedChunk.Accepted row, List<DuplicateKey> keys, long id, ChunkDuplicates duplicates) {
            try {
                PartyData merged = merge(parties.find(id), row.data());
                validator = validator == null ? validator() : validator;
                validator.validate(merged, user);
                parties.updateFor(user, id, merged, SOURCE, row.evidence());
                duplicates.add(keys, new ChunkDuplicates.Existing(id));
                updated++;
            } catch (ValidationException e) {
                rejections.add(CheckedChunk.Rejection.of(row.record(), e));
            }
        }

        private long id(ChunkDuplicates.Target target, int first) {
            if (target instanceof ChunkDuplicates.Existing existing) {
                return existing.id();
            }
            writeCreates();
            return createdIds.get(first + ((ChunkDuplicates.Created) target).index());
        }

        void writeCreates() {
            List<NewParty> pending = toCreate.subList(createdIds.size(), toCreate.size());
            List<ConsentEvidence> proofs = evidence.subList(createdIds.size(), evidence.size());
            createdIds.addAll(batch.create(List.copyOf(pending), user, SOURCE, List.copyOf(proofs)));
            created = createdIds.size();
        }
    }

    private void writeRejections(long jobId, List<CheckedChunk.Rejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO import_rejection (job_id, line, reason, raw)"
                     + " SELECT ?, * FROM unnest(CAST(? AS bigint[]), CAST(? AS varchar[]), CAST(? AS text[]))")) {
            insert.setLong(1, jobId);
            insert.setArray(2, connection.createArrayOf("int8", rejections.stream().map(r -> r.record().line()).toArray()));
            insert.setArray(3, connection.createArrayOf("varchar", rejections.stream().map(CheckedChunk.Rejection::reason).toArray()));
            insert.setArray(4, connection.createArrayOf("text",
                    rejections.stream().map(r -> ImportFiles.csv().line(r.record().values())).toArray()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Rejected records of import " + jobId + " not written", e);
        }
    }

    /**
     * An update keeps what the file does not say: the file's values replace (a consent its column gives or withdraws,
     * the status, the rating, the note, each custom field it has a value for), its contacts, interests and owners add.
     */
    static PartyData merge(PartyView old, PartyData file) {
        if (old.type() != file.type()) {
            throw new ValidationException(List.of(new BusinessException("type", "TYPE_CANNOT_CHANGE")));
        }
        List<PartyData.ContactData> contacts = new ArrayList<>();
        old.contacts().forEach(c -> contacts.add(new PartyData.ContactData(c.kind(), c.value(), c.carrier(), c.emailConsent(), c.label())));
        contacts.addAll(file.contacts());
        Set<String> interests = new LinkedHashSet<>(old.interests());
        interests.addAll(file.interests());
        Set<String> owners = new LinkedHashSet<>(old.owners());
        owners.addAll(file.owners() == null ? List.of() : file.owners());
        Map<String, String> custom = new HashMap<>(old.customFields());
        custom.putAll(file.customFields() == null ? Map.of() : file.customFields());
        PartyData.AddressData oldAddress = old.address() == null ? null
                : new PartyData.AddressData(old.address().street(), old.address().comuneIstat(), old.address().postalCode());
        PartyData.AddressData address = file.address().street() == null && file.address().comuneIstat() == null
                && file.address().postalCode() == null ? oldAddress : file.address();
        Map<String, Boolean> c = old.consents();
        PartyData.ConsentsData given = file.consents() == null
                ? new PartyData.ConsentsData(null, null, null, null, null, null) : file.consents();
        PartyData.ConsentsData consents = new PartyData.ConsentsData(or(given.marketing(), c.get("marketing")),
                or(given.thirdParties(), c.get("thirdParties")), or(given.profiling(), c.get("profiling")),
                or(given.birthday(), c.get("birthday")), or(given.welcome(), c.get("welcome")),
                or(given.promotions(), c.get("promotions")));
        return new PartyData(old.type(), or(file.firstName(), old.firstName()), or(file.lastName(), old.lastName()),
                or(file.companyName(), old.companyName()), or(file.fiscalCode(), old.fiscalCode()),
                or(file.vatNumber(), old.vatNumber()), or(file.birthDate(), old.birthDate()),
                or(file.gender(), old.gender()), old.birthComuneIstat(), old.activityStart(), address, contacts,
                List.copyOf(interests), consents, old.legalRepresentativeId(), old.administratorIds(), List.copyOf(owners),
                old.visibility(), or(file.status(), old.status()), old.version(), or(file.rating(), old.rating()), custom,
                or(file.note(), old.note()));
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    /** The registry's validator, with the comuni and the owners' user names remembered across chunks. */
    private PartyValidator validator() {
        return new PartyValidator(new KnownUsers(new RegistryLookups(comuni.directory()::byIstatCode, users, settings)));
    }
}
