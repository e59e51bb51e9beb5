package it.callcenter.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every comune in memory, answering as {@link GeographyService}'s lookups do (the name compared normalised, in the
 * province if one is given, the most populous first; the comuni of a CAP; a comune by ISTAT code), for a caller that
 * asks thousands of times, the importer: the 7,900 comuni are read in one query instead of one query per name.
 * Immutable; the comuni are reference data loaded by a migration and never change while the application runs.
 */
public final class ComuneDirectory {

    private final Map<String, List<ComuneView>> byName = new HashMap<>();
    private final Map<String, List<ComuneView>> byPostalCode = new HashMap<>();
    private final Map<String, ComuneView> byIstatCode = new HashMap<>();

    ComuneDirectory(List<Comune> comuni) {
        List<Comune> sorted = new ArrayList<>(comuni);
        sorted.sort(Comparator.comparingInt(Comune::getPopulation).reversed().thenComparing(Comune::getName));
        for (Comune comune : sorted) {
            ComuneView view = ComuneView.of(comune);
            byName.computeIfAbsent(comune.getNameSearch(), k -> new ArrayList<>()).add(view);
            comune.getPostalCodes().forEach(code -> byPostalCode.computeIfAbsent(code, k -> new ArrayList<>()).add(view));
            byIstatCode.put(comune.getIstatCode(), view);
        }
    }

    /** As {@link GeographyService#findByNameAndProvince}. */
    public List<ComuneView> byNameAndProvince(String name, String provinceAbbr) {
        List<ComuneView> named = byName.getOrDefault(SearchText.normalize(name == null ? "" : name), List.of());
        String province = provinceAbbr == null ? "" : provinceAbbr.strip().toUpperCase(Locale.ROOT);
        return province.isEmpty() ? List.copyOf(named) : named.stream().filter(c -> c.provinceAbbr().equals(province)).toList();
    }

    /** As {@link GeographyService#findByPostalCode}. */
    public List<ComuneView> byPostalCode(String postalCode) {
        return List.copyOf(byPostalCode.getOrDefault(postalCode == null ? "" : postalCode.strip(), List.of()));
    }

    /** As {@link GeographyService#findByIstatCode}. */
    public Optional<ComuneView> byIstatCode(String istatCode) {
        return Optional.ofNullable(byIstatCode.get(istatCode == null ? "" : istatCode.strip()));
    }
}
