package it.callcenter.geography;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ComuneDirectoryTest {

    private final ComuneDirectory directory = new ComuneDirectory(List.of(
            comune("001258", "Samone", "TO", "10010", 1600),
            comune("022165", "Samone", "TN", "38059", 550),
            comune("040012", "Forl\u00ec", "FC", "47121 47122", 117_000)));

    @Test
    void byNameNormalisedInTheProvinceIfGivenTheMostPopulousFirst() {
        assertEquals(List.of("001258", "022165"), codes(directory.byNameAndProvince(" SAMONE ", null)));
        assertEquals(List.of("022165"), codes(directory.byNameAndProvince("samone", "tn")));
        assertEquals(List.of("040012"), codes(directory.byNameAndProvince("Forli'", "")));
        assertEquals(List.of(), codes(directory.byNameAndProvince("Atlantide", null)));
        assertEquals(List.of(), codes(directory.byNameAndProvince("", null)));
    }

    @Test
    void byPostalCodeAndIstatCode() {
        assertEquals(List.of("040012"), codes(directory.byPostalCode("47122 ")));
        assertEquals(List.of(), codes(directory.byPostalCode("4712")));
        assertEquals("Forl\u00ec", directory.byIstatCode("040012").map(ComuneView::name).orElseThrow());
        assertEquals(Optional.empty(), directory.byIstatCode(null));
    }

    private static List<String> codes(List<ComuneView> comuni) {
        return comuni.stream().map(ComuneView::istatCode).toList();
    }

    private static Comune comune(String istat, String name, String province, String postalCodes, int population) {
        Comune comune = new Comune();
        set(comune, "istatCode", istat);
        set(comune, "name", name);
        set(comune, "nameSearch", SearchText.normalize(name));
        set(comune, "provinceAbbr", province);
        set(comune, "provinceName", province);
        set(comune, "regionName", "-");
        set(comune, "cadastralCode", "A000");
        set(comune, "postalCodesText", postalCodes);
        set(comune, "population", population);
        return comune;
    }

    private static void set(Comune comune, String field, Object value) {
        try {
            Field f = Comune.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(comune, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
