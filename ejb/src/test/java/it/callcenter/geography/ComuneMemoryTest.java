package it.callcenter.geography;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComuneMemoryTest {

    private static final ComuneView ROMA = new ComuneView("058091", "Roma", "RM", "Roma", "Lazio", List.of("00118"), "H501");

    private final AtomicInteger reads = new AtomicInteger();
    private final ComuneMemory memory = new ComuneMemory();

    private Optional<ComuneView> database(String code) {
        reads.incrementAndGet();
        return "058091".equals(code) ? Optional.of(ROMA) : Optional.empty();
    }

    @Test
    void aComuneIsReadFromTheDatabaseOnce() {
        assertEquals(ROMA, memory.byIstatCode("058091", this::database).orElseThrow());
        assertEquals(ROMA, memory.byIstatCode("058091", this::database).orElseThrow());
        assertEquals(1, reads.get());
    }

    @Test
    void aCodeOfNoComuneIsNotKept() {
        assertTrue(memory.byIstatCode("999999", this::database).isEmpty());
        assertTrue(memory.byIstatCode("999999", this::database).isEmpty());
        assertEquals(2, reads.get());
    }
}
