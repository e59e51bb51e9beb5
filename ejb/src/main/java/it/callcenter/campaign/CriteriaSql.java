package it.callcenter.campaign;

import it.callcenter.geography.SearchText;
import it.callcenter.registry.CustomValueCondition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Who the criteria of API.md ({@link FillCriteria}) select, as a WHERE clause over {@code party p} with its values as
 * positional parameters (a list as one array: {@code = ANY(?)}, so the statement's text is the same however many
 * values are picked). The campaign fill ({@link FillSql}) and the message campaigns (messaging) put it in their own
 * statements, so both select the same parties for the same criteria.
 */
public final class CriteriaSql {

    /** A list's values as one array parameter: one placeholder for 8,000 comuni (IN (?, ?, …) of 40,000 ran 19 s). */
    private static final String TEXTS = "CAST(? AS text[])";

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    private CriteriaSql() {
    }

    /** {@code " WHERE …"}, or empty when the criteria select everybody. */
    public String where() {
        return text.toString();
    }

    /** The values of {@link #where()}'s placeholders, in order. */
    public List<Object> parameters() {
        return List.copyOf(parameters);
    }

    /** The criteria as a WHERE clause; null criteria select everybody. */
    public static CriteriaSql of(FillCriteria criteria) {
        FillCriteria c = criteria == null ? FillCriteria.none() : criteria;
        CriteriaSql where = new CriteriaSql();
        if (c.partyType() != null) {
            where.add("p.type = ?", List.of(c.partyType().name()));
        }
        where.any("p.comune_istat IN (SELECT istat_code FROM comune WHERE lower(region_name) IN"
                + " (SELECT lower(r) FROM unnest(" + TEXTS + ") r))", c.regions(), String::strip);
        where.any("p.comune_istat IN (SELECT istat_code FROM comune WHERE province_abbr = ANY(" + TEXTS + "))",
                c.provinces(), v -> v.strip().toUpperCase(Locale.ROOT));
        where.any("p.comune_istat = ANY(" + TEXTS + ")", c.comuni(), String::strip);
        where.any("p.postal_code = ANY(" + TEXTS + ")", c.postalCodes(), String::strip);
        where.any("p.id IN (SELECT pi.party_id FROM party_interest pi JOIN interest i ON i.id = pi.interest_id"
                + " WHERE i.name_search = ANY(" + TEXTS + "))", c.interests(), SearchText::normalize);
        where.any("p.status = ANY(" + TEXTS + ")", c.statuses(), v -> v.strip().toUpperCase(Locale.ROOT));
        if (c.ageMin() != null) {
            where.add("p.birth_date <= current_date - CAST(? AS integer) * interval '1 year'", List.of(c.ageMin()));
        }
        if (c.ageMax() != null) {
            where.add("p.birth_date > current_date - CAST(? AS integer) * interval '1 year'", List.of(c.ageMax() + 1));
        }
        Long[] campaigns = c.notInCampaigns() == null ? new Long[0]
                : c.notInCampaigns().stream().filter(Objects::nonNull).distinct().toArray(Long[]::new);
        if (campaigns.length > 0) {
            where.add("NOT EXISTS (SELECT 1 FROM campaign_entry x WHERE x.party_id = p.id"
                    + " AND x.campaign_id = ANY(CAST(? AS bigint[])))", List.of((Object) campaigns));
        }
        if (c.customFields() != null) {
            new TreeMap<>(c.customFields()).forEach((code, value) -> {
                if (CustomValueCondition.applies(code, value)) {
                    where.add(CustomValueCondition.SQL, CustomValueCondition.parameters(code, value));
                }
            });
        }
        if (c.notContactedSince() != null) {
            where.add("NOT EXISTS (SELECT 1 FROM campaign_entry y WHERE y.party_id = p.id"
                    + " AND y.last_attempt_at >= (CAST(? AS date) + time '00:00') AT TIME ZONE '" + FillSql.ZONE + "')",
                    List.of(c.notContactedSince().toString()));
        }
        return where;
    }

    /** A list criterion: its distinct non-blank values, cleaned, bound as ONE array whatever their number. */
    private void any(String condition, List<String> values, Function<String, String> clean) {
        String[] kept = values == null ? new String[0]
                : values.stream().filter(v -> v != null && !v.isBlank()).map(clean).distinct().toArray(String[]::new);
        if (kept.length > 0) {
            add(condition, List.of((Object) kept));
        }
    }

    private void add(String condition, List<Object> values) {
        text.append(text.length() == 0 ? " WHERE " : " AND ").append(condition);
        parameters.addAll(values);
    }
}
