package it.callcenter.audit;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The items of an audit entry's {@code fields} besides plain field names: {@code name=value}, for what an auditor
 * needs to know of an act that is not an edit of one record (an export's criteria and row count, a fill's criteria
 * and how many it added, an import's counts). The items are separated by commas, so a value never holds one.
 */
public final class AuditFields {

    private AuditFields() {
    }

    public static String of(String name, Object value) {
        return name + "=" + (value == null ? "" : value.toString().strip().replace(',', ' '));
    }

    /** A list of values as one item, separated by spaces. */
    public static String of(String name, Collection<?> values) {
        return of(name, values.stream().map(String::valueOf).map(String::strip).collect(Collectors.joining(" ")));
    }
}
