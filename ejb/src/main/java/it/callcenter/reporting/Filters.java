package it.callcenter.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE of a report's statement as it is built: fixed SQL text with a {@code ?} per value, the values bound in
 * order; a filter the user left out adds nothing (no "? IS NULL OR" that would blind the planner).
 */
final class Filters {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    /** Adds a condition ({@code " AND a.campaign_id = ?"}) when its value is given. */
    Filters and(String condition, Object value) {
        if (value != null) {
            sql.append(condition);
            values.add(value);
        }
        return this;
    }

    /** Adds SQL text with values that are always there (the period, the limit). */
    Filters always(String text, Object... parameters) {
        sql.append(text);
        values.addAll(List.of(parameters));
        return this;
    }

    Query query(EntityManager em, String before) {
        Query query = em.createNativeQuery(before + sql);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    /** The values in the order of their markers (the benchmark binds them as the application does). */
    List<Object> values() {
        return List.copyOf(values);
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
