package it.callcenter.importing;

import it.callcenter.ValidationException;
import it.callcenter.geography.ComuneView;
import it.callcenter.registry.ConsentEvidence;
import it.callcenter.registry.PartyData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The fields of issue 10 as the mapper reads them: consents with their date and source, status, rating, owners, note, custom fields. */
class RowMapperConsentsTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final RowMapper.Comuni comuni = new RowMapper.Comuni() {
        @Override
        public List<ComuneView> byName(String name, String provinceAbbr) {
            return List.of();
        }

        @Override
        public List<ComuneView> byPostalCode(String postalCode) {
            return List.of();
        }
    };

    private final List<String> headers = List.of("Cognome", "Nome", "Cellulare", "Consenso marketing", "Consenso profilazione",
            "Data consenso", "Fonte consenso", "Stato cliente", "Valutazione", "Responsabili", "Note", "Settore merceologico",
            "Cliente dal");
    private final RowMapper mapper = new RowMapper(
            ColumnMapping.suggest(headers, null, List.of(ImportFieldTest.SETTORE, ImportFieldTest.CLIENTE_DAL)), comuni,
            new RowMapper.Lists(List.of("A - Ottimo", "B - Più che buono"), List.of(ImportFieldTest.SETTORE, ImportFieldTest.CLIENTE_DAL),
                    "clienti.csv (import 4)"));

    private RowMapper.Row row(String marketing, String profiling, String date, String source) {
        return mapper.row(List.of("Rossi", "Mario", "333 1234567", marketing, profiling, date, source, "", "", "", "", "", ""));
    }

    @Test
    void theMappedConsentsAreGivenOrNotAndTheOthersUnsaid() {
        PartyData.ConsentsData consents = row("S", "n", "", "").party().consents();
        assertEquals(true, consents.marketing());
        assertEquals(false, consents.profiling());
        assertNull(consents.thirdParties(), "a consent without a column is not said");
        assertEquals(false, row("", "", "", "").party().consents().marketing(), "an empty cell is not given");
    }

    @Test
    void noConsentColumnSaysNothing() {
        RowMapper plain = new RowMapper(ColumnMapping.suggest(List.of("Cognome", "Nome"), null), comuni);
        assertNull(plain.map(List.of("Rossi", "Mario")).consents());
    }

    @Test
    void anUnknownConsentValueRefusesTheRowNamingTheColumn() {
        ValidationException e = assertThrows(ValidationException.class, () -> row("forse", "S", "", ""));
        assertEquals("consentMarketing: INVALID_CONSENT", RowMapper.reason(e).orElseThrow());
    }

    @Test
    void theConsentDateAndSourceGoWithTheFileToTheEvidence() {
        ConsentEvidence evidence = row("S", "S", "03/05/2019", " modulo web 2019 ").evidence();
        assertEquals(LocalDateTime.of(2019, 5, 3, 0, 0).atZone(ROME).toInstant(), evidence.givenAt());
        assertEquals("modulo web 2019", evidence.detail());
        assertEquals("clienti.csv (import 4)", evidence.reference());
        ConsentEvidence none = row("S", "S", "", "").evidence();
        assertNull(none.givenAt(), "no date: the time of the import");
        assertEquals("clienti.csv (import 4)", none.reference());
    }

    @Test
    void consentDatesInTheFilesForms() {
        Instant may3 = LocalDateTime.of(2019, 5, 3, 0, 0).atZone(ROME).toInstant();
        assertEquals(may3, RowMapper.moment("2019-05-03").orElseThrow());
        assertEquals(may3, RowMapper.moment("3/5/2019").orElseThrow());
        assertEquals(may3, RowMapper.moment("03.05.2019").orElseThrow());
        Instant tenPast = LocalDateTime.of(2019, 5, 3, 10, 15, 30).atZone(ROME).toInstant();
        assertEquals(tenPast, RowMapper.moment("03/05/2019 10:15:30").orElseThrow());
        assertEquals(tenPast, RowMapper.moment("2019-05-03T10:15:30").orElseThrow());
        assertEquals(tenPast.minusSeconds(30), RowMapper.moment("03/05/2019 10:15").orElseThrow());
        assertEquals(Instant.parse("2019-05-03T08:15:30Z"), RowMapper.moment("2019-05-03T08:15:30Z").orElseThrow());
        assertEquals(java.util.Optional.empty(), RowMapper.moment("31/02/2019"));
        assertEquals(java.util.Optional.empty(), RowMapper.moment("03/05/2019 25:00"));
    }

    @Test
    void aBadOrFutureConsentDateRefusesTheRow() {
        assertEquals("consentDate: INVALID_DATE", RowMapper.reason(assertThrows(ValidationException.class,
                () -> row("S", "", "31/02/2019", ""))).orElseThrow());
        assertThrows(ValidationException.class, () -> row("S", "", "01/01/2999", ""));
    }

    private PartyData other(String status, String rating, String owners, String note, String settore, String clienteDal) {
        return mapper.map(List.of("Rossi", "Mario", "333 1234567", "", "", "", "", status, rating, owners, note, settore, clienteDal));
    }

    @Test
    void statusByCodeOrItalianOrEnglishName() {
        assertEquals("FORMER_CUSTOMER", other("Ex cliente", "", "", "", "", "").status());
        assertEquals("FORMER_CUSTOMER", other("former_customer", "", "", "", "", "").status());
        assertEquals("NOT_INTERESTED", other("Not interested", "", "", "", "", "").status());
        assertEquals("CUSTOMER", other("CLIENTE", "", "", "", "", "").status());
        assertNull(other("", "", "", "", "", "").status());
        assertEquals("status: UNKNOWN_STATUS", RowMapper.reason(assertThrows(ValidationException.class,
                () -> other("Italia", "", "", "", "", ""))).orElseThrow());
    }

    @Test
    void ratingAsTheAdministratorWroteItCaseAndAccentsAside() {
        assertEquals("B - Più che buono", other("", "b - piu che buono", "", "", "", "").rating());
        assertEquals("A - Ottimo", other("", "A - OTTIMO", "", "", "", "").rating());
        assertEquals("rating: UNKNOWN_RATING", RowMapper.reason(assertThrows(ValidationException.class,
                () -> other("", "Z - Pessimo", "", "", "", ""))).orElseThrow());
    }

    @Test
    void ownersNoteAndCustomFields() {
        PartyData party = other("", "", "operator1, operator2", "Richiamare\ndopo le 18", "edilizia", "01/02/2020");
        assertEquals(List.of("operator1", "operator2"), party.owners());
        assertEquals("Richiamare\ndopo le 18", party.note());
        assertEquals(Map.of("settore", "Edilizia", "clienteDal", "2020-02-01"), party.customFields());
        assertEquals(Map.of("settore", "Fumetti"), other("", "", "", "", "Fumetti", "").customFields(),
                "a choice not in the list goes on as written, for the validator to refuse");
    }
}
