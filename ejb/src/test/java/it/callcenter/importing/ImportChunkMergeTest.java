package it.callcenter.importing;

import it.callcenter.registry.ContactKind;
import it.callcenter.registry.PartyData;
import it.callcenter.registry.PartyType;
import it.callcenter.registry.PartyView;
import it.callcenter.registry.Visibility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What an UPDATE of a duplicate keeps of the party and takes from the file, for the fields of issue 10. */
class ImportChunkMergeTest {

    private static PartyView old() {
        Map<String, Boolean> consents = new LinkedHashMap<>();
        consents.put("marketing", true);
        consents.put("thirdParties", true);
        consents.put("profiling", false);
        consents.put("birthday", false);
        consents.put("welcome", true);
        consents.put("promotions", false);
        return new PartyView(5, PartyType.PERSON, "Rossi Anna", "Anna", "Rossi", null, null, null, null, null, null, null,
                null, List.of(new PartyView.ContactView(ContactKind.MOBILE, "+393331234567", null, false, null)), List.of(),
                consents, null, null, false, List.of(), 0, List.of("operator1"), Visibility.ALL, "CONTACTED", "B - Buono",
                Map.of("settore", "Commercio", "zona", "Nord"), "vecchia nota", Instant.EPOCH, "operator1", Instant.EPOCH, 3);
    }

    private static PartyData file(PartyData.ConsentsData consents, String status, String rating, List<String> owners,
                                  Map<String, String> custom, String note) {
        return new PartyData(PartyType.PERSON, "Anna", "Rossi", null, null, null, null, null, null, null,
                new PartyData.AddressData(null, null, null), List.of(), List.of(), consents, null, null, owners, null, status,
                null, rating, custom, note);
    }

    @Test
    void theFilesConsentsReplaceThoseItSaysAndKeepTheOthers() {
        PartyData merged = ImportChunk.merge(old(), file(new PartyData.ConsentsData(false, null, true, null, null, null),
                null, null, List.of(), Map.of(), null));
        assertEquals(new PartyData.ConsentsData(false, true, true, false, true, false), merged.consents());
        assertEquals(new PartyData.ConsentsData(true, true, false, false, true, false),
                ImportChunk.merge(old(), file(null, null, null, List.of(), Map.of(), null)).consents(), "no consent column");
    }

    @Test
    void statusRatingNoteReplaceOwnersAddCustomFieldsMerge() {
        PartyData merged = ImportChunk.merge(old(), file(null, "CUSTOMER", "A - Ottimo", List.of("operator2"),
                Map.of("settore", "Edilizia"), "nuova nota"));
        assertEquals("CUSTOMER", merged.status());
        assertEquals("A - Ottimo", merged.rating());
        assertEquals("nuova nota", merged.note());
        assertEquals(List.of("operator1", "operator2"), merged.owners());
        assertEquals(Map.of("settore", "Edilizia", "zona", "Nord"), merged.customFields());
        assertEquals(3L, merged.version());

        PartyData silent = ImportChunk.merge(old(), file(null, null, null, List.of(), Map.of(), null));
        assertEquals("CONTACTED", silent.status());
        assertEquals("B - Buono", silent.rating());
        assertEquals("vecchia nota", silent.note());
        assertEquals(List.of("operator1"), silent.owners());
    }
}
