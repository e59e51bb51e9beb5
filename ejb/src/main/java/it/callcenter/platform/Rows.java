package it.callcenter.platform;

import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The rows of a native query and their columns as Java values, read one way everywhere. */
public final class Rows {

    private Rows() {
    }

    /** Each result row as an array of columns (a one-column result too). */
    public static List<Object[]> of(Query query) {
        return ((List<?>) query.getResultList()).stream()
                .map(row -> row instanceof Object[] columns ? columns : new Object[]{row}).toList();
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    public static Long numberOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
