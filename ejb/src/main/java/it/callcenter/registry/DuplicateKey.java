package it.callcenter.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One value by which the registry recognises a duplicate party: its codice fiscale, partita IVA or a mobile, all
 * canonical (upper case, digits, E.164). {@link #of} lists a party's keys in the order the rule looks at them.
 */
public record DuplicateKey(String field, String value) {

    public static final String FISCAL_CODE = "fiscalCode";
    public static final String VAT_NUMBER = "vatNumber";
    public static final String MOBILE = "mobile";

    /** The keys of a party, the codice fiscale first, then the partita IVA, then the mobiles in their order. */
    public static List<DuplicateKey> of(String fiscalCode, String vatNumber, List<String> mobiles) {
        List<DuplicateKey> keys = new ArrayList<>();
        if (fiscalCode != null) {
            keys.add(new DuplicateKey(FISCAL_CODE, fiscalCode));
        }
        if (vatNumber != null) {
            keys.add(new DuplicateKey(VAT_NUMBER, vatNumber));
        }
        mobiles.forEach(m -> keys.add(new DuplicateKey(MOBILE, m)));
        return List.copyOf(keys);
    }

    /** The first of a party's keys, in the rule's order, for which {@code found} knows another party. */
    public static <T> Optional<T> first(List<DuplicateKey> keys, Function<DuplicateKey, T> found) {
        for (DuplicateKey key : keys) {
            T match = found.apply(key);
            if (match != null) {
                return Optional.of(match);
            }
        }
        return Optional.empty();
    }
}
