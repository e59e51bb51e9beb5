package it.callcenter.registry;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CustomFieldMemoryTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AtomicInteger reads = new AtomicInteger();
    private final CustomFieldMemory memory = new CustomFieldMemory(now::get);

    private List<CustomFieldView> database() {
        reads.incrementAndGet();
        return List.of();
    }

    @Test
    void theDefinitionsAreReadOnceASecond() {
        memory.fields(this::database);
        now.addAndGet(CustomFieldMemory.FRESH_MILLIS - 1);
        memory.fields(this::database);
        assertEquals(1, reads.get(), "within the second the definitions come from memory");
        now.addAndGet(1);
        memory.fields(this::database);
        assertEquals(2, reads.get(), "a second later they are read again");
    }

    @Test
    void aChangeOnThisServerIsSeenAtOnce() {
        memory.fields(this::database);
        memory.forget();
        memory.fields(this::database);
        assertEquals(2, reads.get());
    }
}
