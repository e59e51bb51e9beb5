package it.callcenter.campaign;

import it.callcenter.registry.PartyType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a fill job keeps in the database comes back the same on the node that runs it (another than the one that
 * queued it): the campaign and every criterion, and the result its screen reads.
 */
class FillJobTest {

    @Test
    void theParametersComeBackWhole() {
        FillCriteria criteria = new FillCriteria(PartyType.PERSON, List.of("Lazio"), List.of("RM"), List.of("058091"),
                List.of("00100"), List.of("Fotovoltaico"), 30, 60, List.of(4L, 7L), List.of("CLIENTE"),
                Map.of("tessera", "ORO"), LocalDate.of(2026, 1, 31));
        FillJob.Parameters back = FillJob.parameters(FillJob.parameters(12, criteria));
        assertEquals(12, back.campaignId());
        assertEquals(criteria, back.criteria());
    }

    @Test
    void noCriteriaAreKeptAsNone() {
        assertEquals(FillCriteria.none(), FillJob.parameters(FillJob.parameters(3, null)).criteria());
    }

    @Test
    void theResultComesBackWhole() {
        FillResult result = new FillResult(120, new FillResult.Excluded(1, 2, 3, 4, 5));
        assertEquals(result, FillResult.fromJson(jakarta.json.bind.JsonbBuilder.create().toJson(result)));
    }
}
