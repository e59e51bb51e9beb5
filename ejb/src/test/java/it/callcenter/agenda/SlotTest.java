package it.callcenter.agenda;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlotTest {

    private static final Instant NINE = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    void slotsThatShareAnyMinuteOverlap() {
        Slot nineToTen = Slot.of(NINE, 60);
        assertTrue(nineToTen.overlaps(Slot.of(NINE.plusSeconds(30 * 60), 60)), "starts inside");
        assertTrue(nineToTen.overlaps(Slot.of(NINE.minusSeconds(30 * 60), 60)), "ends inside");
        assertTrue(nineToTen.overlaps(Slot.of(NINE.plusSeconds(15 * 60), 15)), "within");
        assertTrue(nineToTen.overlaps(Slot.of(NINE.minusSeconds(60 * 60), 180)), "around");
        assertTrue(nineToTen.overlaps(Slot.of(NINE, 60)), "the same");
    }

    @Test
    void backToBackSlotsDoNotOverlap() {
        Slot nineToTen = Slot.of(NINE, 60);
        assertFalse(nineToTen.overlaps(Slot.of(NINE.plusSeconds(60 * 60), 30)), "starts when the other ends");
        assertFalse(nineToTen.overlaps(Slot.of(NINE.minusSeconds(30 * 60), 30)), "ends when the other starts");
        assertFalse(Slot.of(NINE.minusSeconds(30 * 60), 30).overlaps(nineToTen));
        assertFalse(nineToTen.overlaps(Slot.of(NINE.plusSeconds(3 * 60 * 60), 60)), "later the same day");
    }

    @Test
    void aSlotEndsAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new Slot(NINE, NINE));
    }
}
