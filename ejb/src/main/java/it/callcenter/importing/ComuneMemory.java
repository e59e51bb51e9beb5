package it.callcenter.importing;

import it.callcenter.geography.ComuneView;
import it.callcenter.geography.GeographyService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The geography answers an import asks on every chunk (the same comuni by name, CAP and ISTAT code, a few thousand
 * of them), remembered for the life of the application: the comuni are reference data loaded by a migration and
 * never changed while it runs. Still asked of {@link GeographyService}, so the matching rules stay there; at most
 * {@value #MAX_ENTRIES} answers per kind are kept, so a file full of misspelt names cannot fill the heap.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ComuneMemory {

    static final int MAX_ENTRIES = 20_000;

    @EJB
    private GeographyService geography;

    private final Map<String, List<ComuneView>> byName = new ConcurrentHashMap<>();
    private final Map<String, List<ComuneView>> byPostalCode = new ConcurrentHashMap<>();
    private final Map<String, Optional<ComuneView>> byIstatCode = new ConcurrentHashMap<>();

    public List<ComuneView> byName(String name, String provinceAbbr) {
        return remembered(byName, name + "|" + (provinceAbbr == null ? "" : provinceAbbr),
                k -> geography.findByNameAndProvince(name, provinceAbbr));
    }

    public List<ComuneView> byPostalCode(String postalCode) {
        return remembered(byPostalCode, postalCode, geography::findByPostalCode);
    }

    public Optional<ComuneView> byIstatCode(String istatCode) {
        return remembered(byIstatCode, istatCode == null ? "" : istatCode, geography::findByIstatCode);
    }

    private static <T> T remembered(Map<String, T> memory, String key, Function<String, T> ask) {
        T known = memory.get(key);
        if (known != null) {
            return known;
        }
        T answer = ask.apply(key);
        if (memory.size() < MAX_ENTRIES) {
            memory.put(key, answer);
        }
        return answer;
    }
}
