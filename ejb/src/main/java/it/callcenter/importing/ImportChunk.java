package it.callcenter.importing;

import it.callcenter.ValidationException;
import it.callcenter.geography.ComuneView;
import it.callcenter.geography.GeographyService;
import it.callcenter.registry.ContactKind;
import it.callcenter.registry.FiscalCode;
import it.callcenter.registry.PartyData;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartyValidator;
import it.callcenter.registry.RegistryLookups;
import it.callcenter.registry.PartyView;
import it.callcenter.registry.PhoneNumber;
import it.callcenter.registry.RegistrySettings;
import it.callcenter.registry.VatNumber;
import it.callcenter.security.Role;
import it.callcenter.security.UserService;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One chunk of records in one transaction: each record validated with the registry's {@link PartyValidator} first
 * (a refused record is recorded with its reason, and never reaches {@link PartyService}, whose refusals would roll
 * the chunk back), the duplicate policy applied with the same lookups as the registry's, the party saved through
 * {@link PartyService}, and the job's counters and position moved in the same transaction. A chunk is refused if
 * the job is not where the caller thinks it is, so the same records are never applied twice.
 * Runs as a SUPERVISOR, like the web-to-lead intake: there is no signed-in user in the background.
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

    @EJB
    private PartyService parties;

    @EJB
    private GeographyService geography;

    @EJB
    private UserService users;

    @EJB
    private RegistrySettings settings;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void process(long jobId, long expectedPosition, List<CsvPort.SourceRecord> records, int columns, boolean last) {
        ImportJob job = em.find(ImportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.getState() != ImportJob.State.RUNNING || job.getPosition() != expectedPosition) {
            throw new IllegalStateException("Import " + jobId + " is not at record " + expectedPosition);
        }
        RowMapper mapper = new RowMapper(ColumnMapping.fromText(job.getMapping()), cachedComuni());
        PartyValidator validator = validator();
        long created = 0;
        long updated = 0;
        long skipped = 0;
        long rejected = 0;
        for (CsvPort.SourceRecord record : records) {
            try {
                if (record.values().size() != columns) {
                    throw new ValidationException(List.of(new it.callcenter.BusinessException(null, "COLUMN_COUNT",
                            record.values().size(), columns)));
                }
                PartyData data = mapper.map(record.values());
                validator.validate(data, job.getCreatedBy());
                Optional<Long> existing = job.getDuplicates() == DuplicatePolicy.CREATE ? Optional.empty() : existing(data);
                if (existing.isEmpty()) {
                    parties.create(data, true, SOURCE);
                    created++;
                } else if (job.getDuplicates() == DuplicatePolicy.SKIP) {
                    skipped++;
                } else {
                    PartyData merged = merge(parties.find(existing.get()), data);
                    validator.validate(merged, job.getCreatedBy());
                    parties.update(existing.get(), merged, true, SOURCE);
                    updated++;
                }
            } catch (ValidationException e) {
                reject(jobId, record, RowMapper.reason(e).orElse(""));
                rejected++;
            }
        }
        job.advance(records.size(), created, updated, skipped, rejected);
        if (last) {
            job.finish();
        }
    }

    private void reject(long jobId, CsvPort.SourceRecord record, String reason) {
        em.createNativeQuery("INSERT INTO import_rejection (job_id, line, reason, raw) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, jobId).setParameter(2, record.line())
                .setParameter(3, reason.length() > 2000 ? reason.substring(0, 2000) : reason)
                .setParameter(4, ImportFiles.csv().line(record.values())).executeUpdate();
    }

    /** The party the registry would call a duplicate (its own rule, asked of the registry). */
    private Optional<Long> existing(PartyData data) {
        String fiscalCode = data.fiscalCode() == null ? null : FiscalCode.of(data.fiscalCode()).value();
        String vatNumber = data.vatNumber() == null || data.type() != it.callcenter.registry.PartyType.COMPANY ? null
                : VatNumber.of(data.vatNumber()).value();
        List<String> mobiles = data.contacts().stream().filter(c -> c.kind() == ContactKind.MOBILE)
                .map(c -> PhoneNumber.of(c.value()).value()).toList();
        return parties.duplicateOf(fiscalCode, vatNumber, mobiles);
    }


    /** An update keeps what the file does not say: the file's values replace, its contacts and interests add. */
    static PartyData merge(PartyView old, PartyData file) {
        if (old.type() != file.type()) {
            throw new ValidationException(List.of(new it.callcenter.BusinessException("type", "TYPE_CANNOT_CHANGE")));
        }
        List<PartyData.ContactData> contacts = new ArrayList<>();
        old.contacts().forEach(c -> contacts.add(new PartyData.ContactData(c.kind(), c.value(), c.carrier(), c.emailConsent(), c.label())));
        contacts.addAll(file.contacts());
        Set<String> interests = new LinkedHashSet<>(old.interests());
        interests.addAll(file.interests());
        PartyData.AddressData oldAddress = old.address() == null ? null
                : new PartyData.AddressData(old.address().street(), old.address().comuneIstat(), old.address().postalCode());
        PartyData.AddressData address = file.address().street() == null && file.address().comuneIstat() == null
                && file.address().postalCode() == null ? oldAddress : file.address();
        Map<String, Boolean> c = old.consents();
        PartyData.ConsentsData consents = new PartyData.ConsentsData(c.get("marketing"), c.get("thirdParties"),
                c.get("profiling"), c.get("birthday"), c.get("welcome"), c.get("promotions"));
        return new PartyData(old.type(), or(file.firstName(), old.firstName()), or(file.lastName(), old.lastName()),
                or(file.companyName(), old.companyName()), or(file.fiscalCode(), old.fiscalCode()),
                or(file.vatNumber(), old.vatNumber()), file.birthDate() != null ? file.birthDate() : old.birthDate(),
                or(file.gender(), old.gender()), old.birthComuneIstat(), old.activityStart(), address, contacts,
                List.copyOf(interests), consents, old.legalRepresentativeId(), old.administratorIds(), old.owners(),
                old.visibility(), old.status(), old.version(), old.rating(), old.customFields());
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }

    private RowMapper.Comuni cachedComuni() {
        Map<String, List<ComuneView>> byName = new HashMap<>();
        Map<String, List<ComuneView>> byPostalCode = new HashMap<>();
        return new RowMapper.Comuni() {
            @Override
            public List<ComuneView> byName(String name, String provinceAbbr) {
                return byName.computeIfAbsent(name + "|" + provinceAbbr, k -> geography.findByNameAndProvince(name, provinceAbbr));
            }

            @Override
            public List<ComuneView> byPostalCode(String postalCode) {
                return byPostalCode.computeIfAbsent(postalCode, geography::findByPostalCode);
            }
        };
    }

    /** The same lookups as PartyService's validator, so a record that passes here passes there. */
    private PartyValidator validator() {
        return new PartyValidator(new RegistryLookups(geography, users, settings));
    }
}
