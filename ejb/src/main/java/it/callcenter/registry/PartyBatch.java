package it.callcenter.registry;

import it.callcenter.audit.AuditEntry;
import it.callcenter.geography.SearchText;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates many parties at once, for the importer, leaving exactly the rows {@link PartyService#create} leaves for
 * each: the party is built as create builds it (the same entity, filled by {@link PartySnapshot}, never persisted:
 * its getters give every derived column), its history is what {@link PartyHistory} records for a new party, its
 * audit entry lists the same fields. The rows are then written set-based on the transaction's connection — one
 * {@code INSERT ... SELECT FROM unnest(arrays)} per table for the whole batch ({@link BatchRows}) — instead of one
 * statement per row and table. Ids come from the entities' own sequences in EclipseLink's blocks of 50.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PartyBatch {

    /** EclipseLink's first value of a {@code @Version} column. */
    static final long FIRST_VERSION = 1;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    @EJB
    private InterestCatalogue catalogue;

    /** For each key some party already has, the oldest such party: the registry's duplicate rule in one statement. */
    public Map<DuplicateKey, Long> existing(Collection<DuplicateKey> keys) {
        return Duplicates.of(em).existing(keys, null);
    }

    /** Creates the parties, created by {@code creator}, their consents recorded from {@code source}; answers their ids in order. */
    public List<Long> create(List<NewParty> parties, String creator, String source) {
        return create(parties, creator, source, java.util.Collections.nCopies(parties.size(), ConsentEvidence.NONE));
    }

    /** As {@link #create(List, String, String)}, each party's consents recorded with its {@code evidence} (same order). */
    public List<Long> create(List<NewParty> parties, String creator, String source, List<ConsentEvidence> evidence) {
        if (parties.size() != evidence.size()) {
            throw new IllegalArgumentException(parties.size() + " parties, " + evidence.size() + " evidences");
        }
        if (parties.isEmpty()) {
            return List.of();
        }
        Map<String, Interest> interests = interests(parties);
        List<Party> built = new ArrayList<>(parties.size());
        for (NewParty party : parties) {
            built.add(build(party.valid(), creator, interests));
        }
        try (Connection connection = dataSource.getConnection()) {
            BatchRows rows = new BatchRows(connection);
            List<Long> ids = rows.ids("party_seq", built.size());
            rows.parties(built, ids, FIRST_VERSION);
            rows.contacts(built, ids);
            rows.interests(built, ids);
            rows.owners(built, ids);
            rows.customValues(built, ids);
            rows.consentChanges(built, ids, creator, source, evidence);
            rows.statusChanges(built, ids, creator);
            rows.audit(built, ids, PartyService.AUDIT_TYPE, AuditEntry.Action.CREATE.name(),
                    built.stream().map(p -> String.join(",", PartySnapshot.of(p).keySet())).toList(), creator);
            rows.newOwnerNotifications(built, ids, creator);
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Batch of " + parties.size() + " parties not written: " + e.getMessage(), e);
        }
    }

    private static Party build(ValidParty valid, String creator, Map<String, Interest> interests) {
        Party party = valid.type() == PartyType.PERSON ? new Person(creator) : new Company(creator);
        PartySnapshot.apply(valid, party, name -> interests.get(SearchText.normalize(name)), (field, id) -> {
            throw new IllegalArgumentException("A batch links no parties to others (" + field + ")");
        });
        return party;
    }

    /** The batch's interests by their search key: those of the catalogue, and the new ones added to it now. */
    private Map<String, Interest> interests(List<NewParty> parties) {
        Map<String, String> names = new LinkedHashMap<>();
        parties.forEach(p -> p.valid().interests().forEach(name -> names.putIfAbsent(SearchText.normalize(name), name.strip())));
        Map<String, Interest> found = catalogued(names.keySet());
        Map<String, String> missing = new LinkedHashMap<>(names);
        missing.keySet().removeAll(found.keySet());
        if (!missing.isEmpty()) {
            catalogue.add(missing);
            found.putAll(catalogued(missing.keySet()));
        }
        return found;
    }

    private Map<String, Interest> catalogued(Collection<String> keys) {
        Map<String, Interest> found = new HashMap<>();
        if (!keys.isEmpty()) {
            em.createQuery("SELECT i FROM Interest i WHERE i.nameSearch IN :keys", Interest.class)
                    .setParameter("keys", List.copyOf(keys)).getResultStream()
                    .forEach(i -> found.put(i.getNameSearch(), i));
        }
        return found;
    }
}
