package it.callcenter.geography;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The comuni already asked for by ISTAT code, kept in this server's memory: they are reference data loaded by the
 * migrations (V3) and never changed by the application, so no server of a cluster needs to hear of a change; a new
 * release of the list arrives as a migration, with a restart. Issue 12: every party card named its comune with a
 * round trip. At most the ~8,000 comuni are kept (a few MB); codes that name no comune are not kept.
 */
@ApplicationScoped
public class ComuneMemory {

    private final Map<String, ComuneView> byIstatCode = new ConcurrentHashMap<>();

    /**
     * The comune of this ISTAT code if this server has read it already (nothing read here): a party card names its
     * comune without a call through {@link GeographyService}'s bean, which costs more than the look-up itself.
     */
    public Optional<ComuneView> known(String istatCode) {
        return istatCode == null ? Optional.empty() : Optional.ofNullable(byIstatCode.get(istatCode));
    }

    Optional<ComuneView> byIstatCode(String code, Function<String, Optional<ComuneView>> database) {
        Optional<ComuneView> known = known(code);
        if (known.isPresent()) {
            return known;
        }
        Optional<ComuneView> read = database.apply(code);
        read.ifPresent(c -> byIstatCode.put(code, c));
        return read;
    }
}
