package it.callcenter.geography;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The comuni, for the autocomplete of the forms and the API, and for the other areas (registry, importing).
 * Reference data anyone may read, so no role is required here: the screens and the API decide who calls.
 * Every lookup is one indexed query (a comune by ISTAT code, the party card's, is kept in {@link ComuneMemory}); input that cannot match (a CAP that is not five digits) answers empty
 * without asking the database.
 */
@Stateless
@PermitAll
public class GeographyService {

    public static final int MAX_SUGGESTIONS = 50;

    private static final Pattern ISTAT_CODE = Pattern.compile("\\d{6}");
    private static final Pattern CADASTRAL_CODE = Pattern.compile("[A-Z]\\d{3}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ComuneMemory memory;

    /** The comuni whose name starts with the query, accents and case aside, the most populous first. */
    public List<ComuneView> suggest(String query, int limit) {
        String prefix = SearchText.normalize(query);
        if (prefix.isEmpty()) {
            return List.of();
        }
        return views(em.createNamedQuery("Comune.suggest", Comune.class)
                .setParameter("prefix", prefix + "%")
                .setMaxResults(Math.max(1, Math.min(limit, MAX_SUGGESTIONS)))
                .getResultList());
    }

    /** The twenty regions' names, in alphabetical order, as the comuni table spells them. */
    public List<String> regions() {
        return em.createQuery("SELECT DISTINCT c.regionName FROM Comune c ORDER BY c.regionName", String.class)
                .getResultList();
    }

    public Optional<ComuneView> findByIstatCode(String istatCode) {
        String code = istatCode == null ? "" : istatCode.strip();
        if (!ISTAT_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return memory.byIstatCode(code, c -> Optional.ofNullable(em.find(Comune.class, c)).map(ComuneView::of));
    }

    /** The comune of a codice catastale (the birth place in a codice fiscale), e.g. {@code H501} for Roma. */
    public Optional<ComuneView> findByCadastralCode(String cadastralCode) {
        String code = cadastralCode == null ? "" : cadastralCode.strip().toUpperCase(Locale.ROOT);
        if (!CADASTRAL_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Comune.findByCadastralCode", Comune.class).setParameter("code", code)
                .setMaxResults(1).getResultStream().findFirst().map(ComuneView::of);
    }

    /** The comuni a CAP belongs to: one, or several where comuni share it (00010 serves eleven around Rome). */
    public List<ComuneView> findByPostalCode(String postalCode) {
        String code = postalCode == null ? "" : postalCode.strip();
        if (!POSTAL_CODE.matcher(code).matches()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> istatCodes = em.createNativeQuery(
                        "SELECT istat_code FROM comune WHERE postal_codes @> ARRAY[CAST(?1 AS varchar)]")
                .setParameter(1, code)
                .getResultList();
        if (istatCodes.isEmpty()) {
            return List.of();
        }
        return views(em.createNamedQuery("Comune.findByIstatCodes", Comune.class)
                .setParameter("codes", istatCodes)
                .getResultList());
    }

    /**
     * The comuni with this name, compared normalised ("Forli'" finds Forlì), in the province if one is given.
     * A list, because a few names exist in two provinces (Samone TO and TN, Castro BG and LE).
     */
    public List<ComuneView> findByNameAndProvince(String name, String provinceAbbr) {
        String normalized = SearchText.normalize(name);
        if (normalized.isEmpty()) {
            return List.of();
        }
        String province = provinceAbbr == null ? "" : provinceAbbr.strip().toUpperCase(Locale.ROOT);
        var query = province.isEmpty()
                ? em.createNamedQuery("Comune.findByName", Comune.class)
                : em.createNamedQuery("Comune.findByNameAndProvince", Comune.class).setParameter("provinceAbbr", province);
        return views(query.setParameter("name", normalized).getResultList());
    }

    /** Every comune in memory, for a caller that looks up thousands (the importer): one query. */
    public ComuneDirectory directory() {
        return new ComuneDirectory(em.createQuery("SELECT c FROM Comune c", Comune.class).getResultList());
    }

    private static List<ComuneView> views(List<Comune> comuni) {
        return comuni.stream().map(ComuneView::of).toList();
    }
}
