package it.callcenter.campaign;

import it.callcenter.compliance.RequiredConsent;
import it.callcenter.BusinessException;
import it.callcenter.registry.CustomValueCondition;
import it.callcenter.registry.PartyType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Criteria and campaign rules become one statement with positional parameters, never pasted values. */
class FillSqlTest {

    @Test
    void noCriteriaMatchesEveryPartyAndBindsOnlyTheCampaign() {
        FillSql sql = FillSql.of(7, FillCriteria.none(), null, false);
        assertEquals("", where(sql.preview()));
        assertEquals(List.of(7L), sql.previewParameters());
        assertEquals(List.of(7L, 7L), sql.fillParameters());
        assertEquals(count(sql.preview()), sql.previewParameters().size());
        assertEquals(count(sql.fill()), sql.fillParameters().size());
    }

    @Test
    void everyCriterionIsAConditionWithItsValuesAsParameters() {
        FillCriteria criteria = new FillCriteria(PartyType.PERSON, List.of("Lazio"), List.of(" rm"), List.of("058091", "058091"),
                List.of("00184"), List.of("Fotovoltàico"), 30, 50, List.of(3L, 4L), List.of("new"),
                Map.of("settore", " Edilizia "), LocalDate.of(2026, 5, 1));
        FillSql sql = FillSql.of(9, criteria, RequiredConsent.MARKETING, false);
        String text = sql.preview();
        assertTrue(text.contains("p.type = ?"));
        assertTrue(text.contains("lower(region_name) IN (SELECT lower(r) FROM unnest(CAST(? AS text[])) r)"));
        assertTrue(text.contains("province_abbr = ANY(CAST(? AS text[]))"));
        assertTrue(text.contains("p.comune_istat = ANY(CAST(? AS text[]))"));
        assertTrue(text.contains("p.postal_code = ANY(CAST(? AS text[]))"));
        assertTrue(text.contains("i.name_search = ANY(CAST(? AS text[]))"));
        assertTrue(text.contains("x.campaign_id = ANY(CAST(? AS bigint[]))"));
        assertTrue(text.contains("p.status = ANY(CAST(? AS text[]))"));
        assertTrue(text.contains(CustomValueCondition.SQL), "the registry's own custom field condition");
        assertTrue(text.contains("y.last_attempt_at >= (CAST(? AS date) + time '00:00') AT TIME ZONE 'Europe/Rome'"));
        assertEquals(List.of(9L, "PERSON", List.of("Lazio"), List.of("RM"), List.of("058091"), List.of("00184"),
                        List.of("fotovoltaico"), List.of("NEW"), 30, 51, List.of(3L, 4L), "settore", "Edilizia", "2026-05-01"),
                values(sql.previewParameters()), "duplicate comuni dropped");
        assertEquals(count(text), sql.previewParameters().size());
        assertFalse(text.contains("Lazio") || text.contains("058091") || text.contains("Edilizia") || text.contains("2026"),
                "values are never pasted into the text");
    }

    @Test
    void requiredConsentAndRpoCheckAreExclusionReasonsInTheSameStatement() {
        FillSql sql = FillSql.of(1, FillCriteria.none(), RequiredConsent.THIRD_PARTIES, true);
        String text = sql.preview();
        assertTrue(text.contains("WHEN NOT p.consent_third_parties THEN 'NO_CONSENT'"));
        assertTrue(text.contains("WHEN r.number IS NULL THEN 'NO_RPO'"));
        assertTrue(text.contains(" LEFT JOIN rpo_check r ON r.number = p.callable_phone AND NOT r.opposed"
                + " AND r.checked_on >= current_date - 15)"), "a fresh answer, joined once: at most one, the number is the key");
        assertTrue(text.contains("WHEN (EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = p.callable_phone) OR EXISTS"
                + " (SELECT 1 FROM rpo_check o WHERE o.number = p.callable_phone AND o.opposed)) THEN 'DNC'"), "opposed to the RPO is do-not-call");
        assertTrue(text.contains("coalesce(sum(n) FILTER (WHERE reason IS NULL), 0)"));
        assertTrue(text.endsWith(" FROM (SELECT reason, count(*) AS n FROM judged GROUP BY reason) r"), "one reason a party");
        assertTrue(text.indexOf("'NO_PHONE'") < text.indexOf("'DNC'") && text.indexOf("'DNC'") < text.indexOf("'NO_CONSENT'"));
    }

    @Test
    void withoutRulesEveryoneWithAPhoneQualifies() {
        String text = FillSql.of(1, FillCriteria.none(), null, false).preview();
        assertTrue(text.contains("WHEN NOT true THEN 'NO_CONSENT'"));
        assertTrue(text.contains("WHEN false THEN 'NO_RPO'"));
        assertTrue(text.contains("WHEN p.callable_phone IS NULL THEN 'NO_PHONE'"));
        assertFalse(text.contains("party_contact"), "the phone is the party's own column, never looked up");
    }

    @Test
    void fillIsOneIdempotentInsertSelectThatCountsItsExclusionsInTheSameStatement() {
        FillSql sql = FillSql.of(1, FillCriteria.none(), null, false);
        String fill = sql.fill();
        assertTrue(fill.startsWith("WITH judged AS (SELECT p.id AS party_id, p.callable_phone AS phone"));
        assertTrue(fill.contains(", added AS (INSERT INTO campaign_entry (id, campaign_id, party_id, phone, state, added_at, due_at,"
                + " dispatch_key) SELECT n.id, ?, n.party_id, n.phone, 'OPEN', now(), now(), n.id FROM"), fill);
        assertTrue(fill.contains("WHERE reason IS NULL"));
        assertTrue(fill.contains("ON CONFLICT (campaign_id, party_id) DO NOTHING RETURNING 1)"));
        assertTrue(fill.contains("SELECT (SELECT count(*) FROM added), coalesce(sum(n) FILTER (WHERE reason = 'ALREADY'), 0),"));
        assertTrue(sql.preview().endsWith(fill.substring(fill.indexOf("coalesce(sum(n) FILTER (WHERE reason = 'ALREADY')"))),
                "the fill's exclusions are the preview's");
    }

    @Test
    void theFillGivesEachEntryItsPlaceInTheCampaignsOrder() {
        FillSql sql = FillSql.of(1, FillCriteria.none(), null, false);
        assertTrue(sql.fill(DispatchOrder.NEWEST_FIRST).contains("now(), now(), -n.id FROM"));
        assertTrue(sql.fill(DispatchOrder.RANDOM).contains("now(), now(), CAST(floor(random() * 9.0e15) AS bigint) FROM"));
    }

    @Test
    void eachListCriterionIsOneArrayOfItsDistinctNonBlankValues() {
        assertCondition(criteria(c -> c.regions = List.of("Lombardia", " Lazio", "")),
                "p.comune_istat IN (SELECT istat_code FROM comune WHERE lower(region_name) IN"
                        + " (SELECT lower(r) FROM unnest(CAST(? AS text[])) r))", List.of("Lombardia", "Lazio"));
        assertCondition(criteria(c -> c.provinces = List.of("mi", "MI ")),
                "p.comune_istat IN (SELECT istat_code FROM comune WHERE province_abbr = ANY(CAST(? AS text[])))", List.of("MI"));
        assertCondition(criteria(c -> c.comuni = List.of("015146")), "p.comune_istat = ANY(CAST(? AS text[]))", List.of("015146"));
        assertCondition(criteria(c -> c.postalCodes = List.of(" 20121", "20122")), "p.postal_code = ANY(CAST(? AS text[]))",
                List.of("20121", "20122"));
        assertCondition(criteria(c -> c.interests = List.of("Caldaie")), "p.id IN (SELECT pi.party_id FROM party_interest pi"
                + " JOIN interest i ON i.id = pi.interest_id WHERE i.name_search = ANY(CAST(? AS text[])))", List.of("caldaie"));
        assertCondition(criteria(c -> c.statuses = List.of("customer", "NEW")), "p.status = ANY(CAST(? AS text[]))",
                List.of("CUSTOMER", "NEW"));
        assertCondition(criteria(c -> c.notInCampaigns = java.util.Arrays.asList(5L, null, 5L, 6L)),
                "NOT EXISTS (SELECT 1 FROM campaign_entry x WHERE x.party_id = p.id AND x.campaign_id = ANY(CAST(? AS bigint[])))",
                List.of(5L, 6L));
    }

    @Test
    void aLongListIsStillOneParameterAndTheSameText() {
        List<String> all = java.util.stream.IntStream.range(0, 8_000).mapToObj(i -> String.format("%06d", i)).toList();
        FillSql one = FillSql.of(5, criteria(c -> c.comuni = List.of("015146")), null, false);
        FillSql many = FillSql.of(5, criteria(c -> c.comuni = all), null, false);
        assertEquals(one.preview(), many.preview());
        assertEquals(2, many.previewParameters().size());
        assertEquals(8_000, ((String[]) many.previewParameters().get(1)).length);
    }

    @Test
    void eachListIsBoundedAndItsFieldNamedWhenOver() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<String> five01 = java.util.Collections.nCopies(FillCriteria.MAX_VALUES + 1, "x");
        assertRefused(criteria(c -> c.regions = five01), today, "regions", "FILL_TOO_MANY_VALUES");
        assertRefused(criteria(c -> c.provinces = five01), today, "provinces", "FILL_TOO_MANY_VALUES");
        assertRefused(criteria(c -> c.interests = five01), today, "interests", "FILL_TOO_MANY_VALUES");
        assertRefused(criteria(c -> c.statuses = five01), today, "statuses", "FILL_TOO_MANY_VALUES");
        assertRefused(criteria(c -> c.notInCampaigns = java.util.Collections.nCopies(FillCriteria.MAX_VALUES + 1, 1L)), today,
                "notInCampaigns", "FILL_TOO_MANY_VALUES");
        Map<String, String> fields = new java.util.HashMap<>();
        for (int i = 0; i <= FillCriteria.MAX_VALUES; i++) {
            fields.put("f" + i, "v");
        }
        assertRefused(criteria(c -> c.customFields = fields), today, "customFields", "FILL_TOO_MANY_VALUES");
        assertRefused(criteria(c -> c.comuni = java.util.Collections.nCopies(FillCriteria.MAX_COMUNI + 1, "015146")), today,
                "comuni", "FILL_TOO_MANY_VALUES");
        assertRefused(criteria(c -> c.postalCodes = java.util.Collections.nCopies(FillCriteria.MAX_POSTAL_CODES + 1, "20121")),
                today, "postalCodes", "FILL_TOO_MANY_VALUES");
        BusinessException refused = assertThrows(BusinessException.class,
                () -> criteria(c -> c.regions = five01).check(today));
        assertEquals(FillCriteria.MAX_VALUES, refused.arguments()[0], "the message says the bound");
        criteria(c -> {
            c.comuni = java.util.Collections.nCopies(7_904, "015146");
            c.postalCodes = java.util.Collections.nCopies(4_678, "20121");
            c.regions = java.util.Collections.nCopies(FillCriteria.MAX_VALUES, "Lazio");
        }).check(today);
    }

    @Test
    void singleValueCriteriaBindTheirValue() {
        assertCondition(criteria(c -> c.partyType = PartyType.COMPANY), "p.type = ?", "COMPANY");
        assertCondition(criteria(c -> c.ageMin = 18), "p.birth_date <= current_date - CAST(? AS integer) * interval '1 year'", 18);
        assertCondition(criteria(c -> c.ageMax = 65), "p.birth_date > current_date - CAST(? AS integer) * interval '1 year'", 66);
        assertCondition(criteria(c -> c.notContactedSince = LocalDate.of(2026, 1, 31)),
                "NOT EXISTS (SELECT 1 FROM campaign_entry y WHERE y.party_id = p.id AND y.last_attempt_at"
                        + " >= (CAST(? AS date) + time '00:00') AT TIME ZONE 'Europe/Rome')", "2026-01-31");
    }

    @Test
    void customFieldsAreTheRegistrysConditionOncePerFieldInCodeOrderSkippingBlanks() {
        Map<String, String> fields = new java.util.HashMap<>();
        fields.put("zona", "Nord");
        fields.put("settore", "Edilizia");
        fields.put("vuoto", " ");
        FillSql sql = FillSql.of(2, criteria(c -> c.customFields = fields), null, false);
        assertEquals(" WHERE " + CustomValueCondition.SQL + " AND " + CustomValueCondition.SQL, where(sql.preview()));
        assertEquals(List.of(2L, "settore", "Edilizia", "zona", "Nord"), sql.previewParameters());
    }

    @Test
    void emptyListsAndBlankValuesRestrictNothing() {
        FillCriteria empty = new FillCriteria(null, List.of(), List.of(" "), List.of(), List.of(), List.of(""), null, null,
                List.of(), List.of(), Map.of(), null);
        FillSql sql = FillSql.of(3, empty, null, false);
        assertEquals("", where(sql.preview()));
        assertEquals(List.of(3L), sql.previewParameters());
    }

    @Test
    void impossibleCriteriaAreRefusedWithTheirField() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertRefused(criteria(c -> c.ageMin = -1), today, "ageMin", "FILL_AGE_OUT_OF_RANGE");
        assertRefused(criteria(c -> c.ageMax = 121), today, "ageMax", "FILL_AGE_OUT_OF_RANGE");
        assertRefused(criteria(c -> {
            c.ageMin = 50;
            c.ageMax = 30;
        }), today, "ageMax", "FILL_AGE_RANGE");
        assertRefused(criteria(c -> c.notContactedSince = today.plusDays(1)), today, "notContactedSince", "FILL_DATE_IN_FUTURE");
        criteria(c -> {
            c.ageMin = 30;
            c.ageMax = 30;
            c.notContactedSince = today;
        }).check(today);
    }

    private static void assertRefused(FillCriteria criteria, LocalDate today, String field, String code) {
        BusinessException e = assertThrows(BusinessException.class, () -> criteria.check(today));
        assertEquals(field, e.field());
        assertEquals(code, e.code());
    }

    private static void assertCondition(FillCriteria criteria, String condition, Object... values) {
        FillSql sql = FillSql.of(4, criteria, null, false);
        assertEquals(" WHERE " + condition, where(sql.preview()));
        List<Object> expected = new java.util.ArrayList<>(List.of(4L));
        expected.addAll(List.of(values));
        assertEquals(expected, values(sql.previewParameters()));
        assertEquals(count(sql.fill()), sql.fillParameters().size());
    }

    /** The WHERE clause over party p, as the preview carries it after the joins. */
    private static String where(String preview) {
        String joins = " AND e.party_id = p.id";
        return preview.substring(preview.indexOf(joins) + joins.length(), preview.lastIndexOf(") SELECT coalesce(sum(n)"));
    }

    /** A mutable stand-in to write each test's criteria by name. */
    private static final class Draft {
        PartyType partyType;
        List<String> regions;
        List<String> provinces;
        List<String> comuni;
        List<String> postalCodes;
        List<String> interests;
        Integer ageMin;
        Integer ageMax;
        List<Long> notInCampaigns;
        List<String> statuses;
        Map<String, String> customFields;
        LocalDate notContactedSince;
    }

    private static FillCriteria criteria(java.util.function.Consumer<Draft> edit) {
        Draft d = new Draft();
        edit.accept(d);
        return new FillCriteria(d.partyType, d.regions, d.provinces, d.comuni, d.postalCodes, d.interests, d.ageMin,
                d.ageMax, d.notInCampaigns, d.statuses, d.customFields, d.notContactedSince);
    }

    /** The parameters with each array as a list, to compare by value. */
    private static List<Object> values(List<Object> parameters) {
        return parameters.stream().map(p -> p instanceof Object[] array ? (Object) List.of(array) : p).toList();
    }

    private static long count(String sql) {
        return sql.chars().filter(c -> c == '?').count();
    }
}
