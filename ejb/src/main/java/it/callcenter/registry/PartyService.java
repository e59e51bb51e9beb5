package it.callcenter.registry;

import it.callcenter.BusinessException;
import it.callcenter.ForbiddenException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import it.callcenter.ValidationException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import it.callcenter.geography.ComuneMemory;
import it.callcenter.geography.GeographyService;
import it.callcenter.security.Role;
import it.callcenter.security.UserService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registry's use cases: create, update, delete, read a party. Every one checks what the caller may see
 * (an operator never reaches a party outside its visibility: it does not exist for them), records its
 * audit entry, and refuses a stale version instead of overwriting.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PartyService {

    static final String AUDIT_TYPE = "PARTY";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private GeographyService geography;

    @Inject
    private ComuneMemory comuni;

    @EJB
    private UserService users;

    @EJB
    private AuditLog audit;

    @EJB
    private PartyHistory history;

    @EJB
    private RegistrySettings settings;

    @EJB
    private InterestCatalogue catalogue;

    public PartySaved create(PartyData data, boolean allowDuplicate, String source) {
        String caller = caller();
        ValidParty valid = validator().validate(data, caller);
        if (!allowDuplicate) {
            Duplicates.of(em).refuse(valid, null, this::isVisible);
        }
        Party party = valid.type() == PartyType.PERSON ? new Person(caller) : new Company(caller);
        PartySnapshot.apply(valid, party, this::interest, this::person);
        em.persist(party);
        em.flush();
        history.record(party, Map.of(), null, caller, source, ConsentEvidence.NONE);
        history.notifyNewOwners(party, Set.of(), caller);
        audit.record(AUDIT_TYPE, party.getId(), AuditEntry.Action.CREATE, PartySnapshot.of(party).keySet(), caller);
        return new PartySaved(party.getId(), party.getVersion(), valid.warnings());
    }

    public PartySaved update(long id, PartyData data, boolean allowDuplicate, String source) {
        return update(id, data, allowDuplicate, source, caller(), ConsentEvidence.NONE);
    }

    /**
     * An update a background job makes for the user who started it (the importer's UPDATE of a duplicate): recorded
     * as that user's, not as the identity the job runs with. Duplicates allowed: the job found the party by them. The
     * consents it changes are recorded with the job's {@code evidence} (when and how, as the file states it).
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public PartySaved updateFor(String user, long id, PartyData data, String source, ConsentEvidence evidence) {
        return update(id, data, true, source, user, evidence);
    }

    private PartySaved update(long id, PartyData data, boolean allowDuplicate, String source, String caller,
                              ConsentEvidence evidence) {
        Party party = visible(id);
        if (data.version() == null || data.version() != party.getVersion()) {
            throw new StaleVersionException("party " + id);
        }
        if (data.type() != null && data.type() != party.type()) {
            throw new ValidationException(List.of(new BusinessException("type", "TYPE_CANNOT_CHANGE")));
        }
        ValidParty valid = keepHiddenLinks(validator().validate(data, caller), party, caller);
        if ((!party.getOwners().equals(valid.owners()) || party.getVisibility() != valid.visibility())
                && !party.mayChangeOwners(caller, seesAll())) {
            throw new ForbiddenException("owners", "OWNERS_CHANGE_FORBIDDEN");
        }
        if (!allowDuplicate) {
            Duplicates.of(em).refuse(valid, id, this::isVisible);
        }
        Map<String, String> before = PartySnapshot.of(party);
        Map<Consent, Boolean> consentsBefore = party.getConsents().asMap();
        Set<String> ownersBefore = party.getOwners();
        String statusBefore = party.getStatus();
        Set<Long> linked = linkedPersons(party);
        PartySnapshot.apply(valid, party, this::interest,
                (field, personId) -> linked.contains(personId) ? em.find(Person.class, personId) : person(field, personId));
        party.touch();
        em.flush();
        history.record(party, consentsBefore, statusBefore, caller, source, evidence);
        history.notifyNewOwners(party, ownersBefore, caller);
        Set<String> changed = PartySnapshot.changedFields(before, PartySnapshot.of(party));
        audit.record(AUDIT_TYPE, id, AuditEntry.Action.UPDATE, changed, caller);
        return new PartySaved(id, party.getVersion(), valid.warnings());
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public void delete(long id, Long version) {
        Party party = visible(id);
        if (version != null && version != party.getVersion()) {
            throw new StaleVersionException("party " + id);
        }
        em.createNativeQuery("DELETE FROM notification WHERE party_id = ?1").setParameter(1, id).executeUpdate();
        em.remove(party);
        em.flush();
        audit.record(AUDIT_TYPE, id, AuditEntry.Action.DELETE, null, caller());
    }

    public PartyView find(long id) {
        return card(visibleForCard(id, false));
    }

    /**
     * The party's card as the queue hands it out with an entry (at every "next customer"), in a transaction that
     * changes nothing of the party: read without a copy kept to compare at the commit. Anyone who may change the
     * party in the same transaction reads it with {@link #find}.
     */
    public PartyView cardOf(long id) {
        return card(visibleForCard(id, true));
    }

    private PartyView card(Party party) {
        String caller = caller();
        boolean seesAll = seesAll();
        return PartyViews.of(party, code -> comuni.known(code).or(() -> geography.findByIstatCode(code)),
                settings.customFieldsForCards(),
                p -> p.isVisibleTo(caller, seesAll));
    }

    /** Whether the caller may change who owns the party and who sees it: one of its owners, or SUPERVISOR+. */
    public boolean mayChangeOwners(long id) {
        return visible(id).mayChangeOwners(caller(), seesAll());
    }

    /** Status moves and consent changes of a party, newest first. */
    public List<PartyChange> history(long id) {
        visible(id);
        List<PartyChange> changes = new java.util.ArrayList<>();
        em.createQuery("SELECT s FROM StatusChange s WHERE s.partyId = :id", StatusChange.class).setParameter("id", id)
                .getResultStream().forEach(s -> changes.add(new PartyChange(s.getChangedAt(), s.getChangedBy(), "STATUS",
                        s.getFromStatus(), s.getToStatus(), null, null)));
        em.createQuery("SELECT c FROM ConsentChange c WHERE c.partyId = :id", ConsentChange.class).setParameter("id", id)
                .getResultStream().forEach(c -> changes.add(new PartyChange(c.getChangedAt(), c.getChangedBy(),
                        c.getConsent().name(), null, String.valueOf(c.isGranted()), c.getSource(),
                        java.util.stream.Stream.of(c.getDetail(), c.getReference()).filter(java.util.Objects::nonNull)
                                .reduce((a, b) -> a + " · " + b).orElse(null))));
        changes.sort(java.util.Comparator.comparing(PartyChange::at).reversed());
        return changes;
    }

    /** Right after saving a company: the person just created becomes its legal representative. */
    public PartySaved appointLegalRepresentative(long companyId, long personId) {
        Party party = visible(companyId);
        if (!(party instanceof Company company)) {
            throw new ValidationException(List.of(new BusinessException("legalRepresentativeId", "NOT_A_COMPANY")));
        }
        Map<String, String> before = PartySnapshot.of(company);
        company.representedBy(person("legalRepresentativeId", personId));
        company.touch();
        em.flush();
        audit.record(AUDIT_TYPE, companyId, AuditEntry.Action.UPDATE,
                PartySnapshot.changedFields(before, PartySnapshot.of(company)), caller());
        return new PartySaved(companyId, company.getVersion(), List.of());
    }

    /** The role of each administrator of a company, by the person's id (absent: no role given). */
    public Map<Long, String> administratorRoles(long companyId) {
        visible(companyId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT person_id, role FROM company_administrator"
                + " WHERE company_id = ?1 AND role IS NOT NULL").setParameter(1, companyId).getResultList();
        Map<Long, String> roles = new java.util.HashMap<>();
        rows.forEach(r -> roles.put(((Number) r[0]).longValue(), (String) r[1]));
        return roles;
    }

    /** Gives an administrator of the company a role from the COMPANY_ROLE list (null clears it); answers the new version. */
    public long assignAdministratorRole(long companyId, long version, long personId, String role) {
        Party party = visible(companyId);
        if (party.getVersion() != version) {
            throw new StaleVersionException("party " + companyId);
        }
        String clean = role == null || role.isBlank() ? null : role.strip();
        if (clean != null && !settings.activeValues(ListName.COMPANY_ROLE).contains(clean)) {
            throw new ValidationException(List.of(new BusinessException("administratorRole", "INVALID_VALUE")));
        }
        int updated = em.createNativeQuery("UPDATE company_administrator SET role = ?1 WHERE company_id = ?2 AND person_id = ?3")
                .setParameter(1, clean).setParameter(2, companyId).setParameter(3, personId).executeUpdate();
        if (updated == 0) {
            throw new ValidationException(List.of(new BusinessException("administratorRole", "NOT_AN_ADMINISTRATOR")));
        }
        party.touch();
        em.flush();
        audit.record(AUDIT_TYPE, companyId, AuditEntry.Action.UPDATE, Set.of("administratorRoles"), caller());
        return party.getVersion();
    }

    /** Whether the caller may see the party; for the areas that link to parties (campaigns, calls). */
    public boolean isVisible(long id) {
        Party party = em.find(Party.class, id);
        return party != null && party.isVisibleTo(caller(), seesAll());
    }

    public List<String> interestCatalogue() {
        return em.createNamedQuery("Interest.findAll", Interest.class).getResultStream().map(Interest::getName).toList();
    }

    /**
     * {@link #visible} with the party's owners and interests read in the same statement (issue 12: the card was
     * four round trips). Only the two sets are joined: a third collection would repeat the rows of the others, and
     * the contacts are a list (they are read on their own, one more statement).
     */
    private Party visibleForCard(long id, boolean readOnly) {
        Party party = em.createQuery("SELECT p FROM Party p LEFT JOIN FETCH p.owners LEFT JOIN FETCH p.interests"
                        + " WHERE p.id = :id", Party.class)
                .setParameter("id", id).setHint("eclipselink.read-only", String.valueOf(readOnly))
                .getResultStream().findFirst().orElse(null);
        if (party == null || !(party.isVisibleTo(caller(), seesAll()) || PartyAccessGrants.anyGrants(caller(), id))) {
            throw new NotFoundException("party " + id);
        }
        return party;
    }

    private Party visible(long id) {
        Party party = em.find(Party.class, id);
        if (party == null || !(party.isVisibleTo(caller(), seesAll()) || PartyAccessGrants.anyGrants(caller(), id))) {
            throw new NotFoundException("party " + id);
        }
        return party;
    }

    /**
     * A company's links to persons the caller may not see stay as they are: the caller was never shown them (no id,
     * no name), so leaving them out of an update means nothing. Naming another legal representative replaces a
     * hidden one.
     */
    private ValidParty keepHiddenLinks(ValidParty valid, Party party, String caller) {
        if (!(party instanceof Company company)) {
            return valid;
        }
        boolean seesAll = seesAll();
        Person representative = company.getLegalRepresentative();
        Long representativeId = valid.legalRepresentativeId() == null && representative != null
                && !representative.isVisibleTo(caller, seesAll) ? representative.getId() : valid.legalRepresentativeId();
        List<Long> administrators = new java.util.ArrayList<>(valid.administratorIds());
        company.getAdministrators().stream().filter(p -> !p.isVisibleTo(caller, seesAll)).map(Party::getId)
                .filter(hidden -> !administrators.contains(hidden)).sorted().forEach(administrators::add);
        return valid.withLinks(representativeId, administrators);
    }

    /** The persons a company already links to stay linkable by a user who cannot see them. */
    private static Set<Long> linkedPersons(Party party) {
        Set<Long> ids = new HashSet<>();
        if (party instanceof Company company) {
            company.getAdministrators().forEach(p -> ids.add(p.getId()));
            if (company.getLegalRepresentative() != null) {
                ids.add(company.getLegalRepresentative().getId());
            }
        }
        return ids;
    }

    /**
     * The catalogue's interest of that name; a new name is added in a transaction of its own that ignores a
     * colleague's same new name added meanwhile (two parties saved at once with a new interest were a 500).
     */
    private Interest interest(String name) {
        String key = it.callcenter.geography.SearchText.normalize(name);
        return interestNamed(key).orElseGet(() -> {
            catalogue.add(Map.of(key, name.strip()));
            return interestNamed(key).orElseThrow();
        });
    }

    private Optional<Interest> interestNamed(String key) {
        return em.createNamedQuery("Interest.findByNameSearch", Interest.class).setParameter("nameSearch", key)
                .getResultStream().findFirst();
    }

    private Person person(String field, Long id) {
        Party party = id == null ? null : em.find(Party.class, id);
        if (!(party instanceof Person person) || !party.isVisibleTo(caller(), seesAll())) {
            throw new ValidationException(List.of(new BusinessException(field, "UNKNOWN_PERSON")));
        }
        return person;
    }

    private PartyValidator validator() {
        return new PartyValidator(new RegistryLookups(geography, users, settings));
    }

    String caller() {
        return session.getCallerPrincipal().getName();
    }

    boolean seesAll() {
        return session.isCallerInRole(Role.SUPERVISOR_NAME) || session.isCallerInRole(Role.MANAGER_NAME)
                || session.isCallerInRole(Role.ADMIN_NAME);
    }

    static Set<String> names(Set<Interest> interests) {
        return interests.stream().map(Interest::getName).collect(Collectors.toCollection(HashSet::new));
    }
}
