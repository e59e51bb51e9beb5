package it.callcenter.compliance;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RpoReturnLoadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void batchesNameEachNumberOnceAndOnlyTheFirstRefusalsAreKept() throws IOException {
        StringBuilder file = new StringBuilder("numero;esito;data\n");
        for (int i = 0; i < 7; i++) {
            file.append("33312345").append(String.format("%02d", i)).append(";NO;\n");
        }
        file.append("3331234506;SI;23/11/2026\n");
        file.append("3331234506;SI;01/11/2026\n");
        for (int i = 0; i < 4; i++) {
            file.append("bad;NO;\n");
        }
        List<List<RpoAnswer>> batches = new ArrayList<>();
        RpoResult result = RpoReturnLoad.load(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
                TODAY.minusDays(1), TODAY, 3, 2, batches::add);

        assertEquals(new RpoResult(9, 2, 4, List.of(new RpoRejection(11, "RPO_NUMBER_INVALID"),
                new RpoRejection(12, "RPO_NUMBER_INVALID"))), result);
        assertEquals(List.of(3, 3, 1), batches.stream().map(List::size).toList(), "7 numbers in batches of 3");
        assertEquals(List.of(new RpoAnswer("+393331234506", TODAY, true)), batches.get(2),
                "of three answers for one number in a batch, the latest check wins, not the last line");
    }
}
