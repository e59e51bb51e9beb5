package it.callcenter.importing;

import it.callcenter.registry.DuplicateKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChunkDuplicatesTest {

    private static final DuplicateKey CF = new DuplicateKey(DuplicateKey.FISCAL_CODE, "RSSMRA80A01H501U");
    private static final DuplicateKey MOBILE = new DuplicateKey(DuplicateKey.MOBILE, "+393331234567");
    private static final DuplicateKey OTHER_MOBILE = new DuplicateKey(DuplicateKey.MOBILE, "+393337654321");

    @Test
    void aRecordIsADuplicateOfAnEarlierRecordOfTheSameChunk() {
        ChunkDuplicates duplicates = new ChunkDuplicates(Map.of());
        assertEquals(Optional.empty(), duplicates.of(List.of(MOBILE)));
        duplicates.add(List.of(MOBILE), new ChunkDuplicates.Created(0));
        duplicates.add(List.of(MOBILE), new ChunkDuplicates.Created(3));
        assertEquals(Optional.of(new ChunkDuplicates.Created(0)), duplicates.of(List.of(OTHER_MOBILE, MOBILE)));
    }

    @Test
    void theRegistrysOldestPartyWinsOverOneTheChunkCreates() {
        ChunkDuplicates duplicates = new ChunkDuplicates(Map.of(MOBILE, 120L));
        duplicates.add(List.of(MOBILE), new ChunkDuplicates.Created(0));
        assertEquals(Optional.of(new ChunkDuplicates.Existing(120)), duplicates.of(List.of(MOBILE)));
        duplicates.add(List.of(MOBILE), new ChunkDuplicates.Existing(7));
        assertEquals(Optional.of(new ChunkDuplicates.Existing(7)), duplicates.of(List.of(MOBILE)));
    }

    @Test
    void theCodiceFiscaleIsLookedAtBeforeTheMobile() {
        ChunkDuplicates duplicates = new ChunkDuplicates(Map.of(MOBILE, 5L));
        duplicates.add(List.of(CF), new ChunkDuplicates.Created(2));
        assertEquals(Optional.of(new ChunkDuplicates.Created(2)),
                duplicates.of(DuplicateKey.of(CF.value(), null, List.of(MOBILE.value()))));
    }
}
