package it.callcenter.campaign;

/** In which order a campaign's waiting entries are handed out, after their priority and due time. */
public enum DispatchOrder {
    OLDEST_FIRST, NEWEST_FIRST, RANDOM;

    /** The SQL of an entry's dispatch key, over the entry's id: a fixed expression, never user input. */
    String keyOf(String idExpression) {
        return switch (this) {
            case OLDEST_FIRST -> idExpression;
            case NEWEST_FIRST -> "-" + idExpression;
            case RANDOM -> "CAST(floor(random() * 9.0e15) AS bigint)";
        };
    }
}
