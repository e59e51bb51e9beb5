package it.callcenter.importing;

import it.callcenter.geography.ComuneView;
import it.callcenter.registry.CustomFieldView;
import it.callcenter.registry.DuplicateKey;
import it.callcenter.registry.PartyValidator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A chunk checked before its transaction: the accepted records in order, the refused ones with the registry's reasons. */
class ChunkCheckerTest {

    private static final ComuneView ROMA = new ComuneView("058091", "Roma", "RM", "Roma", "Lazio", List.of("00118", "00184"), "H501");

    private final PartyValidator validator = new PartyValidator(new PartyValidator.Lookups() {
        @Override
        public boolean comuneExists(String istatCode) {
            return istatCode.equals(ROMA.istatCode());
        }

        @Override
        public Optional<String> cadastralCode(String istatCode) {
            return Optional.of(ROMA.cadastralCode());
        }

        @Override
        public Optional<List<String>> postalCodes(String istatCode) {
            return Optional.of(ROMA.postalCodes());
        }

        @Override
        public boolean userExists(String username) {
            return false;
        }

        @Override
        public List<String> ratings() {
            return List.of();
        }

        @Override
        public List<String> contactLabels() {
            return List.of();
        }

        @Override
        public List<CustomFieldView> customFields() {
            return List.of();
        }
    });

    private final RowMapper.Comuni comuni = new RowMapper.Comuni() {
        @Override
        public List<ComuneView> byName(String name, String provinceAbbr) {
            return name.equalsIgnoreCase("roma") ? List.of(ROMA) : List.of();
        }

        @Override
        public List<ComuneView> byPostalCode(String postalCode) {
            return ROMA.postalCodes().contains(postalCode) ? List.of(ROMA) : List.of();
        }
    };

    private final List<String> header = List.of("Cognome", "Nome", "Codice fiscale", "Cellulare", "Comune");
    private final ChunkChecker checker = checker(DuplicatePolicy.SKIP);

    private ChunkChecker checker(DuplicatePolicy policy) {
        return new ChunkChecker(ColumnMapping.suggest(header, null), header.size(), comuni, validator, "supervisor", policy, 1);
    }

    private static CsvPort.SourceRecord record(long line, String... values) {
        return new CsvPort.SourceRecord(line, List.of(values));
    }

    @Test
    void acceptsWhatTheRegistryAcceptsAndGivesEachRefusalItsReason() {
        String code = "RSSMRA85T10A562S";
        String wrongCheck = "RSSMRA85T10A562T";
        List<CsvPort.SourceRecord> records = List.of(
                record(2, "Rossi", "Mario", code, "333 1234567", "Roma"),
                record(3, "Bianchi", "Anna", "", "333 7654321"),
                record(4, "Verdi", "Luigi", wrongCheck, "333 1111111", "Roma"),
                record(5, "Neri", "Paola", "", "", "Roma"),
                record(6, "Gialli", "Carla", "", "3332222222", "Atlantide"),
                record(7, "Blu", "Ugo", "", "+39 333 3333333", "ROMA"));

        CheckedChunk chunk = checker.check(2000, records, false);

        assertEquals(2000, chunk.position());
        assertEquals(6, chunk.size());
        assertEquals(List.of(2L, 7L), chunk.accepted().stream().map(a -> a.record().line()).toList());
        assertEquals(List.of(new DuplicateKey(DuplicateKey.FISCAL_CODE, code), new DuplicateKey(DuplicateKey.MOBILE, "+393331234567")),
                chunk.accepted().get(0).party().duplicateKeys());
        assertEquals("058091", chunk.accepted().get(1).data().address().comuneIstat());
        assertEquals(List.of(3L, 4L, 5L, 6L), chunk.rejected().stream().map(r -> r.record().line()).toList());
        assertEquals("COLUMN_COUNT", chunk.rejected().get(0).reason());
        assertTrue(chunk.rejected().get(1).reason().startsWith("fiscalCode: "), chunk.rejected().get(1).reason());
        assertEquals("contacts: MOBILE_REQUIRED", chunk.rejected().get(2).reason());
        assertTrue(chunk.rejected().get(3).reason().contains("UNKNOWN_COMUNE"), chunk.rejected().get(3).reason());
    }

    @Test
    void defersTheRecordsThatShareAKeyWithThePreviousChunkOrWithARecordDeferredBefore() {
        checker.check(0, List.of(
                record(2, "Rossi", "Mario", "RSSMRA85T10A562S", "333 1000001", "Roma"),
                record(3, "Bianchi", "Anna", "", "333 1000002", "Roma")), false);

        CheckedChunk second = checker.check(2, List.of(
                record(4, "Verdi", "Luigi", "", "333 1000003", "Roma"),
                record(5, "Rossi", "Mario", "RSSMRA85T10A562S", "333 1000009", "Roma"),
                record(6, "Neri", "Paola", "", "+39 333 1000009", "Roma"),
                record(7, "Bianchi", "Anna", "", "3331000002", "Roma"),
                record(8, "Gialli", "Carla", "", "333 1000004", "Roma")), false);
        assertEquals(List.of(4L, 8L), second.accepted().stream().map(a -> a.record().line()).toList());
        assertEquals(List.of(5L, 6L, 7L), second.deferred().stream().map(a -> a.record().line()).toList(),
                "same codice fiscale, same mobile as a deferred record, same mobile as the chunk before");

        CheckedChunk third = checker.check(7, List.of(
                record(9, "Rosso", "Marco", "", "333 1000001", "Roma"),
                record(10, "Gialli", "Carla", "", "333 1000004", "Roma")), true);
        assertEquals(List.of(9L), third.accepted().stream().map(a -> a.record().line()).toList(),
                "only the chunk just before may be uncommitted");
        assertEquals(List.of(10L), third.deferred().stream().map(a -> a.record().line()).toList());
    }

    @Test
    void withTwoChunksBeforeInFlightTheirKeysAreDeferredBoth() {
        ChunkChecker wide = new ChunkChecker(ColumnMapping.suggest(header, null), header.size(), comuni, validator, "supervisor",
                DuplicatePolicy.SKIP, 2);
        wide.check(0, List.of(record(2, "Rossi", "Mario", "", "333 1000001", "Roma")), false);
        wide.check(1, List.of(record(3, "Bianchi", "Anna", "", "333 1000002", "Roma")), false);
        CheckedChunk third = wide.check(2, List.of(
                record(4, "Rossi", "Mario", "", "333 1000001", "Roma"),
                record(5, "Bianchi", "Anna", "", "333 1000002", "Roma")), false);
        assertEquals(List.of(4L, 5L), third.deferred().stream().map(a -> a.record().line()).toList());
        assertEquals(List.of(), wide.check(3, List.of(record(6, "Verdi", "Luigi", "", "333 1000003", "Roma")), false).deferred());
        CheckedChunk fifth = wide.check(4, List.of(record(7, "Rossi", "Mario", "", "333 1000001", "Roma")), false);
        assertEquals(List.of(7L), fifth.deferred().stream().map(a -> a.record().line()).toList(), "the third chunk had it too");
        CheckedChunk sixth = wide.check(5, List.of(record(8, "Bianchi", "Anna", "", "333 1000002", "Roma")), true);
        assertEquals(List.of(8L), sixth.accepted().stream().map(a -> a.record().line()).toList(),
                "the chunks that had it are committed by now");
    }

    @Test
    void whenEveryRecordCreatesAPartyNothingIsDeferred() {
        ChunkChecker creating = checker(DuplicatePolicy.CREATE);
        creating.check(0, List.of(record(2, "Rossi", "Mario", "RSSMRA85T10A562S", "333 1000001", "Roma")), false);
        CheckedChunk next = creating.check(1, List.of(record(3, "Rossi", "Mario", "RSSMRA85T10A562S", "333 1000001", "Roma")), true);
        assertEquals(1, next.accepted().size());
        assertEquals(List.of(), next.deferred());
    }

    @Test
    void anEmptyLastChunkOnlyEndsTheFile() {
        CheckedChunk chunk = checker.check(6000, List.of(), true);
        assertEquals(0, chunk.size());
        assertTrue(chunk.last());
        assertEquals(List.of(), chunk.accepted());
        assertEquals(List.of(), chunk.rejected());
    }
}
