package it.callcenter.campaign;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CampaignToolsRulesTest {

    @Test
    void redComesAfterAmberWithinTheBounds() {
        assertEquals(180, new TimerThresholds(180, 300).amberSeconds());
        assertEquals("TIMER_RED_BEFORE_AMBER", assertThrows(BusinessException.class, () -> new TimerThresholds(300, 300)).code());
        assertEquals("OUT_OF_RANGE", assertThrows(BusinessException.class, () -> new TimerThresholds(5, 300)).code());
        assertEquals("OUT_OF_RANGE", assertThrows(BusinessException.class, () -> new TimerThresholds(60, 40_000)).code());
    }

    @Test
    void upLowersThePriorityNumberThatDispatchReadsFirst() {
        assertEquals(-1, new PriorityPush(PriorityPush.Direction.UP, null, null, null).delta());
        assertEquals(3, new PriorityPush(PriorityPush.Direction.DOWN, 3, null, null).delta());
        assertEquals("REQUIRED", assertThrows(BusinessException.class, () -> new PriorityPush(null, 1, null, null).delta()).code());
        assertEquals("OUT_OF_RANGE", assertThrows(BusinessException.class,
                () -> new PriorityPush(PriorityPush.Direction.UP, 0, null, null).delta()).code());
        assertEquals(List.of("RM", "MI"), Arrays.asList(new PriorityPush(PriorityPush.Direction.UP, 1,
                List.of(" rm", "MI", "RM", " "), null).provinceValues()));
    }

    @Test
    void theSummaryIsGroupedByTheParameterOfTheApi() {
        assertEquals(SummaryBy.POSTAL_CODE, SummaryBy.of("postalCode"));
        assertEquals(SummaryBy.ZONE, SummaryBy.of("ZONE"));
        assertEquals("SUMMARY_BY_INVALID", assertThrows(BusinessException.class, () -> SummaryBy.of("galassia")).code());
    }
}
