package it.callcenter.compliance;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DoNotCallEntryTest {

    @Test
    void numbersAreShownAsEveryTableShowsThem() {
        assertEquals("+39 333 123 4567", entry("+393331234567").readableNumber());
        assertEquals("+39 06 1234 5678", entry("+390612345678").readableNumber());
        assertEquals("+41 791 234 567", entry("+41791234567").readableNumber());
    }

    private static DoNotCallEntry entry(String number) {
        return new DoNotCallEntry(number, DoNotCallSource.INTERNAL, Instant.EPOCH, "supervisor");
    }
}
