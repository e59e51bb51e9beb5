package it.callcenter.campaign;

import it.callcenter.registry.PartyType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the audit keeps of a fill's criteria: those given, a custom field by its code, never its value. */
class FillCriteriaAuditTest {

    @Test
    void onlyTheGivenCriteriaAndNoCustomValue() {
        FillCriteria criteria = new FillCriteria(PartyType.PERSON, List.of("Lazio"), List.of(), null, null,
                List.of("Fotovoltaico", "Pompe di calore"), 30, null, List.of(4L), null,
                Map.of("tessera", "ORO-123", "canale", "web"), LocalDate.of(2026, 1, 31));
        assertEquals(List.of("partyType=PERSON", "regions=Lazio", "interests=Fotovoltaico Pompe di calore", "ageMin=30",
                "notInCampaigns=4", "customFields=canale tessera", "notContactedSince=2026-01-31"), criteria.auditFields());
        assertEquals(List.of(), FillCriteria.none().auditFields());
    }
}
