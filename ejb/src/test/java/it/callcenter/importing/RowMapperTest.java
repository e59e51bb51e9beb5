package it.callcenter.importing;

import it.callcenter.ValidationException;
import it.callcenter.geography.ComuneView;
import it.callcenter.registry.ContactKind;
import it.callcenter.registry.PartyData;
import it.callcenter.registry.PartyType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowMapperTest {

    private static final ComuneView SAMONE_TO = new ComuneView("001234", "Samone", "TO", "Torino", "Piemonte", List.of("10080"), "H753");
    private static final ComuneView SAMONE_TN = new ComuneView("022165", "Samone", "TN", "Trento", "Trentino", List.of("38059"), "H754");

    private final RowMapper.Comuni comuni = new RowMapper.Comuni() {
        @Override
        public List<ComuneView> byName(String name, String provinceAbbr) {
            if (!name.equalsIgnoreCase("samone")) {
                return List.of();
            }
            return provinceAbbr == null ? List.of(SAMONE_TO, SAMONE_TN) : provinceAbbr.equals("TN") ? List.of(SAMONE_TN) : List.of(SAMONE_TO);
        }

        @Override
        public List<ComuneView> byPostalCode(String postalCode) {
            return postalCode.equals("38059") ? List.of(SAMONE_TN) : List.of();
        }
    };

    private final List<String> headers = List.of("Cognome", "Nome", "Ragione sociale", "Cellulare", "Comune", "Provincia", "CAP",
            "Data di nascita", "Interessi");
    private final RowMapper mapper = new RowMapper(ColumnMapping.suggest(headers, null), comuni);

    @Test
    void aPersonWithAnAmbiguousComuneResolvedByItsProvinceOrCap() {
        PartyData byProvince = mapper.map(List.of("Rossi", "Mario", "", "333 1234567", "Samone", "TN", "", "01/02/1980", "Sport, Viaggi"));
        assertEquals(PartyType.PERSON, byProvince.type());
        assertEquals("022165", byProvince.address().comuneIstat());
        assertEquals(LocalDate.of(1980, 2, 1), byProvince.birthDate());
        assertEquals(List.of("Sport", "Viaggi"), byProvince.interests());
        assertEquals(ContactKind.MOBILE, byProvince.contacts().get(0).kind());
        assertEquals("022165", mapper.map(List.of("Rossi", "Mario", "", "3", "samone", "", "38059", "1980-02-01", "")).address().comuneIstat());
        assertEquals("022165", mapper.map(List.of("Rossi", "Mario", "", "3", "", "", "38059", "", "")).address().comuneIstat());
    }

    @Test
    void refusesUnknownOrAmbiguousComuniAndBadDates() {
        ValidationException ambiguous = assertThrows(ValidationException.class,
                () -> mapper.map(List.of("Rossi", "Mario", "", "3", "Samone", "", "", "", "")));
        assertEquals("AMBIGUOUS_COMUNE", ambiguous.violations().get(0).code());
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> mapper.map(List.of("Rossi", "Mario", "", "3", "Atlantide", "", "", "31/02/1980", "")));
        assertEquals("address.comune: UNKNOWN_COMUNE; birthDate: INVALID_DATE", RowMapper.reason(unknown).orElseThrow());
    }

    @Test
    void onlyACompanyNameMakesACompany() {
        PartyData company = mapper.map(List.of("", "", "Acme srl", "", "", "", "", "", ""));
        assertEquals(PartyType.COMPANY, company.type());
        assertEquals("Acme srl", company.companyName());
        assertNull(company.lastName());
        assertTrue(company.contacts().isEmpty());
    }
}
