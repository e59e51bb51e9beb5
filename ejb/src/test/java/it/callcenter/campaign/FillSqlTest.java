package it.callcenter.campaign;

import it.callcenter.registry.PartyType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Criteria and campaign rules become one statement with positional parameters, never pasted values. */
class FillSqlTest {

    @Test
    void noCriteriaMatchesEveryPartyAndBindsOnlyTheCampaign() {
        FillSql sql = FillSql.of(7, FillCriteria.none(), null, false);
        assertFalse(sql.preview().contains(" FROM party p WHERE"));
        assertEquals(List.of(7L), sql.previewParameters());
        assertEquals(List.of(7L, 7L), sql.fillParameters());
        assertEquals(count(sql.preview()), sql.previewParameters().size());
        assertEquals(count(sql.fill()), sql.fillParameters().size());
    }

    @Test
    void everyCriterionIsAConditionWithItsValuesAsParameters() {
        FillCriteria criteria = new FillCriteria(PartyType.PERSON, List.of("Lazio"), List.of(" rm"), List.of("058091", "058091"),
                List.of("00184"), List.of("Fotovoltàico"), 30, 50, List.of(3L, 4L), List.of("new"));
        FillSql sql = FillSql.of(9, criteria, RequiredConsent.MARKETING, false);
        String text = sql.preview();
        assertTrue(text.contains("p.type = ?"));
        assertTrue(text.contains("lower(region_name) IN (lower(?))"));
        assertTrue(text.contains("province_abbr IN (?)"));
        assertTrue(text.contains("p.comune_istat IN (?)"), "duplicates dropped");
        assertTrue(text.contains("p.postal_code IN (?)"));
        assertTrue(text.contains("i.name_search IN (?)"));
        assertTrue(text.contains("x.campaign_id IN (?, ?)"));
        assertTrue(text.contains("p.status IN (?)"));
        assertEquals(List.of(9L, "PERSON", "Lazio", "RM", "058091", "00184", "fotovoltaico", "NEW", 30, 51, 3L, 4L),
                sql.previewParameters());
        assertEquals(count(text), sql.previewParameters().size());
        assertFalse(text.contains("Lazio") || text.contains("058091"), "values are never pasted into the text");
    }

    @Test
    void requiredConsentAndRpoCheckAreExclusionReasonsInTheSameStatement() {
        FillSql sql = FillSql.of(1, FillCriteria.none(), RequiredConsent.THIRD_PARTIES, true);
        String text = sql.preview();
        assertTrue(text.contains("p.consent_third_parties AS consented"));
        assertTrue(text.contains("r.checked_on >= current_date - 15"));
        assertTrue(text.contains("FROM do_not_call d WHERE d.number = m.phone"));
        assertTrue(text.contains("count(*) FILTER (WHERE reason IS NULL)"));
        assertTrue(text.indexOf("'NO_PHONE'") < text.indexOf("'DNC'") && text.indexOf("'DNC'") < text.indexOf("'NO_CONSENT'"));
    }

    @Test
    void withoutRulesEveryoneWithAPhoneQualifies() {
        String text = FillSql.of(1, FillCriteria.none(), null, false).preview();
        assertTrue(text.contains("true AS consented"));
        assertTrue(text.contains("WHEN NOT true THEN 'NO_RPO'"));
        assertTrue(text.contains("ORDER BY c.kind = 'MOBILE' DESC, c.position LIMIT 1"), "first MOBILE, else first PHONE");
    }

    @Test
    void fillIsOneIdempotentInsertSelect() {
        String fill = FillSql.of(1, FillCriteria.none(), null, false).fill();
        assertTrue(fill.startsWith("WITH matched AS"));
        assertTrue(fill.contains("INSERT INTO campaign_entry (id, campaign_id, party_id, phone, state, added_at) SELECT"));
        assertTrue(fill.contains("WHERE reason IS NULL"));
        assertTrue(fill.endsWith("ON CONFLICT (campaign_id, party_id) DO NOTHING"));
    }

    private static long count(String sql) {
        return sql.chars().filter(c -> c == '?').count();
    }
}
