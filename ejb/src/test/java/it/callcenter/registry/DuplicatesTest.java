package it.callcenter.registry;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DuplicatesTest {

    @Test
    void keysInTheRulesOrder() {
        assertEquals(List.of(new DuplicateKey("fiscalCode", "C"), new DuplicateKey("vatNumber", "V"),
                        new DuplicateKey("mobile", "+391"), new DuplicateKey("mobile", "+392")),
                DuplicateKey.of("C", "V", List.of("+391", "+392")));
        assertEquals(List.of(new DuplicateKey("mobile", "+391")), DuplicateKey.of(null, null, List.of("+391")));
    }

    @Test
    void theFirstKeyWithAMatchDecides() {
        List<DuplicateKey> keys = DuplicateKey.of("C", null, List.of("+391", "+392"));
        Map<DuplicateKey, Long> found = Map.of(new DuplicateKey("mobile", "+392"), 9L, new DuplicateKey("mobile", "+391"), 12L);
        assertEquals(Optional.of(12L), DuplicateKey.first(keys, found::get));
        assertEquals(Optional.empty(), DuplicateKey.first(keys, k -> null));
    }

    @Test
    void oneArrayLiteralPerFieldQuotedAndWithoutRepeats() {
        List<DuplicateKey> keys = List.of(new DuplicateKey("mobile", "+391"), new DuplicateKey("fiscalCode", "A\"B"),
                new DuplicateKey("mobile", "+391"), new DuplicateKey("mobile", "+392"));
        assertEquals("{\"+391\",\"+392\"}", Duplicates.arrayLiteral(keys, "mobile"));
        assertEquals("{\"A\\\"B\"}", Duplicates.arrayLiteral(keys, "fiscalCode"));
        assertEquals("{}", Duplicates.arrayLiteral(keys, "vatNumber"));
    }

    @Test
    void aBatchInsertBindsEachColumnAsOneArray() {
        BatchRows.Insert insert = new BatchRows.Insert("party_owner");
        insert.column("party_id", "bigint", List.of(1L, 2L), id -> id);
        insert.column("username", "varchar", List.of("a", "b"), u -> u);
        assertEquals("INSERT INTO party_owner (party_id, username) SELECT * FROM unnest(CAST(? AS bigint[]),"
                + " CAST(? AS varchar[]))", insert.sql());
    }
}
