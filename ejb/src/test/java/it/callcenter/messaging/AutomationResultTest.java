package it.callcenter.messaging;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AutomationResultTest {

    @Test
    void theKeptTextGivesItsCountsBack() {
        AutomationResult result = new AutomationResult(12, 3, 1, 4);
        assertEquals("12 queued, 3 without an address, 1 on the do-not-call list, 4 without consent", result.text());
        assertEquals(Optional.of(result), AutomationResult.parse(result.text()));
    }

    @Test
    void aTextOfAnotherShapeHasNoCounts() {
        assertEquals(Optional.empty(), AutomationResult.parse(null));
        assertEquals(Optional.empty(), AutomationResult.parse("failed: no template"));
    }
}
