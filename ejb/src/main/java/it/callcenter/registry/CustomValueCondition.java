package it.callcenter.registry;

import java.util.List;

/**
 * The one definition of "the party's custom field {@code code} holds {@code value}" (case aside, on the
 * index {@code party_custom_value (field_id, lower(value))}), as a condition over {@code party p} with two
 * positional parameters: the archive's search and a campaign's fill both use it.
 */
public final class CustomValueCondition {

    public static final String SQL = "p.id IN (SELECT v.party_id FROM party_custom_value v JOIN custom_field f"
            + " ON f.id = v.field_id WHERE f.code = ? AND lower(v.value) = lower(?))";

    private CustomValueCondition() {
    }

    /** True when both are given: a field without a value (or a value without a field) restricts nothing. */
    public static boolean applies(String code, String value) {
        return code != null && !code.isBlank() && value != null && !value.isBlank();
    }

    /** The two parameters of {@link #SQL}, in order. */
    public static List<Object> parameters(String code, String value) {
        return List.of(code.strip(), value.strip());
    }
}
