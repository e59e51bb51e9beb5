package it.callcenter.registry;

import it.callcenter.geography.SearchText;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;

/**
 * Search criteria as SQL: a WHERE clause over {@code party p} with positional parameters, never values
 * pasted into the text. {@code q} becomes a phone, codice fiscale, partita IVA or name-prefix condition,
 * whichever it looks like.
 */
final class PartyCriteria {

    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    static PartyCriteria of(PartySearch search, String restrictedTo) {
        PartyCriteria criteria = new PartyCriteria();
        criteria.text(search.q());
        if (search.type() != null) {
            criteria.add("p.type = ?", search.type().name());
        }
        if (blankless(search.comuneIstat())) {
            criteria.add("p.comune_istat = ?", search.comuneIstat().strip());
        }
        if (blankless(search.provinceAbbr())) {
            criteria.add("p.comune_istat IN (SELECT istat_code FROM comune WHERE province_abbr = ?)",
                    search.provinceAbbr().strip().toUpperCase());
        }
        if (blankless(search.region())) {
            criteria.add("p.comune_istat IN (SELECT istat_code FROM comune WHERE lower(region_name) = lower(?))",
                    search.region().strip());
        }
        if (blankless(search.interest())) {
            criteria.add("p.id IN (SELECT pi.party_id FROM party_interest pi JOIN interest i ON i.id = pi.interest_id"
                    + " WHERE i.name_search = ?)", SearchText.normalize(search.interest()));
        }
        if (CustomValueCondition.applies(search.customField(), search.customValue())) {
            criteria.add(CustomValueCondition.SQL,
                    CustomValueCondition.parameters(search.customField(), search.customValue()).toArray());
        }
        if (restrictedTo != null) {
            criteria.add("(p.visibility = 'ALL' OR EXISTS (SELECT 1 FROM party_owner o WHERE o.party_id = p.id"
                    + " AND o.username = ?))", restrictedTo);
        }
        return criteria;
    }

    private void text(String q) {
        if (!blankless(q)) {
            return;
        }
        String trimmed = q.strip();
        String compact = trimmed.replaceAll("\\s", "").toUpperCase();
        String phone = PhoneNumber.searchKey(trimmed);
        if (compact.matches("[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]")) {
            add("p.fiscal_code = ?", compact);
        } else if (compact.matches("(IT)?[0-9]{11}")) {
            // one indexed branch per reading of the 11 digits: an OR across them would scan the whole table
            String digits = compact.replace("IT", "");
            String branches = "SELECT id FROM party WHERE vat_number = ? UNION ALL SELECT id FROM party WHERE fiscal_code = ?";
            List<Object> values = new ArrayList<>(List.of(digits, digits));
            if (phone != null) {
                branches += " UNION ALL SELECT party_id FROM party_contact WHERE search_key = ?";
                values.add(phone);
            }
            add("p.id IN (" + branches + ")", values.toArray());
        } else if (phone != null) {
            add("p.id IN (SELECT party_id FROM party_contact WHERE search_key = ?)", phone);
        } else {
            add("p.name_search LIKE ?", escapeLike(SearchText.normalize(trimmed)) + "%");
        }
    }

    private void add(String condition, Object... values) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
        parameters.addAll(List.of(values));
    }

    String where() {
        return where.toString();
    }

    List<Object> parameters() {
        return List.copyOf(parameters);
    }

    void bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean blankless(String value) {
        return value != null && !value.isBlank();
    }
}
