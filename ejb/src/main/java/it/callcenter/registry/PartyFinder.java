package it.callcenter.registry;

import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;

/**
 * The archive's search: one native query for the page and one for the count, built from the criteria with
 * parameters only, each criterion on its own index, visibility in the WHERE clause.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PartyFinder {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** The page and how many match in all: what the API answers. */
    public PartyPage search(PartySearch search, int page, int size) {
        long total = count(search);
        return new PartyPage(total, total == 0 ? List.of() : items(search, page, size));
    }

    /** How many parties the caller may see match: the lazy table asks this once, apart from its pages. */
    public long count(PartySearch search) {
        PartyCriteria criteria = criteriaFor(search);
        Query count = em.createNativeQuery("SELECT count(*) FROM party p" + criteria.where());
        criteria.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** One page of matches, by name: for the lazy table and the autocompletes, which need no count. */
    public List<PartySummary> items(PartySearch search, int page, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        return rows(criteriaFor(search), false, limit, (long) Math.max(0, page) * limit);
    }

    /**
     * As {@link #items(PartySearch, int, int)} for a table that knows how many match ({@code total}): a page in the
     * second half is read from the end, in the inverse order with a small OFFSET, and turned round, so the last
     * page of a million parties costs what the first does (an OFFSET of a million walks a million index entries).
     */
    public List<PartySummary> items(PartySearch search, int page, int size, long total) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        long offset = (long) Math.max(0, page) * limit;
        if (offset <= total / 2) {
            return rows(criteriaFor(search), false, limit, offset);
        }
        long after = total - offset - limit;
        int take = (int) Math.min(limit, limit + Math.min(0, after));
        if (take <= 0) {
            return List.of();
        }
        List<PartySummary> reversed = new ArrayList<>(rows(criteriaFor(search), true, take, Math.max(0, after)));
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private List<PartySummary> rows(PartyCriteria criteria, boolean fromTheEnd, int limit, long offset) {
        String order = fromTheEnd ? " ORDER BY p.name_search DESC, p.id DESC" : " ORDER BY p.name_search, p.id";
        // the page is chosen first, on the party table alone; its comune and phone are looked up for its rows only
        // (in one query, PostgreSQL would compute them for every row the OFFSET skips)
        Query rows = em.createNativeQuery("SELECT p.id, p.type, p.display_name, p.fiscal_code, p.vat_number, c.name,"
                + " c.province_abbr, (SELECT pc.value FROM party_contact pc WHERE pc.party_id = p.id"
                + " AND pc.kind IN ('MOBILE', 'PHONE') ORDER BY pc.position LIMIT 1), p.status"
                + " FROM (SELECT p.id, p.type, p.display_name, p.fiscal_code, p.vat_number, p.comune_istat, p.status,"
                + " p.name_search FROM party p" + criteria.where() + order + " LIMIT " + limit + " OFFSET " + offset + ") p"
                + " LEFT JOIN comune c ON c.istat_code = p.comune_istat" + order);
        criteria.bind(rows);
        List<PartySummary> items = new ArrayList<>();
        for (Object result : rows.getResultList()) {
            Object[] r = (Object[]) result;
            items.add(new PartySummary(((Number) r[0]).longValue(), PartyType.valueOf(r[1].toString()), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], r[6] == null ? null : r[6].toString().strip(),
                    (String) r[7], (String) r[8]));
        }
        return items;
    }

    private PartyCriteria criteriaFor(PartySearch search) {
        boolean seesAll = session.isCallerInRole(Role.SUPERVISOR_NAME) || session.isCallerInRole(Role.MANAGER_NAME)
                || session.isCallerInRole(Role.ADMIN_NAME);
        return PartyCriteria.of(search, seesAll ? null : session.getCallerPrincipal().getName());
    }
}
