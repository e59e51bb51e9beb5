package it.callcenter.registry;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The archive export's SQL: the archive search's own WHERE ({@link PartyCriteria}, visibility included) read in
 * keyset chunks on the index the archive already sorts by, {@code (name_search, id)}. Each chunk is a short query
 * of its own, so an export of a million parties holds neither the rows in memory nor a transaction or a cursor
 * open while a slow client downloads.
 */
final class ExportQuery {

    static final int CHUNK = 1_000;

    private static final String SELECT = "SELECT p.name_search, p.id, p.type, p.display_name, p.last_name, p.first_name,"
            + " p.company_name, p.fiscal_code, p.vat_number, p.street, p.postal_code, c.name, c.province_abbr,"
            + " c.region_name, " + contact("MOBILE") + ", " + contact("PHONE") + ", " + contact("EMAIL") + ", p.status,"
            + " (SELECT string_agg(i.name, ', ' ORDER BY i.name) FROM party_interest pi JOIN interest i"
            + " ON i.id = pi.interest_id WHERE pi.party_id = p.id), p.consent_marketing, p.created_at"
            + " FROM party p LEFT JOIN comune c ON c.istat_code = p.comune_istat";

    private final EntityManager em;
    private final PartyCriteria criteria;
    private String lastName;
    private long lastId;
    private boolean first = true;

    ExportQuery(EntityManager em, PartyCriteria criteria) {
        this.em = em;
        this.criteria = criteria;
    }

    /** The next chunk as the cells of {@link ExportColumns}; empty when done. */
    List<List<Object>> next() {
        String where = criteria.where();
        List<Object> parameters = new ArrayList<>(criteria.parameters());
        if (!first) {
            where += (where.isEmpty() ? " WHERE " : " AND ") + "(p.name_search, p.id) > (?, ?)";
            parameters.add(lastName);
            parameters.add(lastId);
        }
        Query query = em.createNativeQuery(SELECT + where + " ORDER BY p.name_search, p.id LIMIT " + CHUNK);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<List<Object>> rows = new ArrayList<>(CHUNK);
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            lastName = (String) r[0];
            lastId = ((Number) r[1]).longValue();
            rows.add(ExportColumns.cells(Arrays.copyOfRange(r, 2, r.length)));
        }
        first = false;
        return rows;
    }

    private static String contact(String kind) {
        return "(SELECT pc.value FROM party_contact pc WHERE pc.party_id = p.id AND pc.kind = '" + kind + "'"
                + " ORDER BY pc.position LIMIT 1)";
    }
}
