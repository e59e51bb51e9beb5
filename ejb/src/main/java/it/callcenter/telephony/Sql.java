package it.callcenter.telephony;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A native statement written with {@code :name} parameters (readable where one value appears in several places),
 * turned into numbered ones and bound; instants are bound as UTC timestamps with time zone. Values are always bound,
 * never written into the text. The SQL must not use PostgreSQL's {@code ::} casts (write {@code CAST}).
 */
final class Sql {

    private static final Pattern NAME = Pattern.compile(":([a-zA-Z][a-zA-Z0-9]*)");

    private final String text;
    private final List<String> order;
    private final Map<String, Object> values = new HashMap<>();

    private Sql(String text, List<String> order) {
        this.text = text;
        this.order = order;
    }

    static Sql of(String named) {
        List<String> order = new ArrayList<>();
        Matcher matcher = NAME.matcher(named);
        StringBuilder numbered = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            int index = order.indexOf(name);
            if (index < 0) {
                order.add(name);
                index = order.size() - 1;
            }
            matcher.appendReplacement(numbered, "?" + (index + 1));
        }
        matcher.appendTail(numbered);
        return new Sql(numbered.toString(), order);
    }

    Sql bind(String name, Object value) {
        if (!order.contains(name)) {
            throw new IllegalArgumentException("No parameter :" + name + " in " + text);
        }
        values.put(name, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
        return this;
    }

    String text() {
        return text;
    }

    Query query(EntityManager em) {
        Query query = em.createNativeQuery(text);
        for (int i = 0; i < order.size(); i++) {
            if (!values.containsKey(order.get(i))) {
                throw new IllegalStateException("Parameter :" + order.get(i) + " not bound in " + text);
            }
            query.setParameter(i + 1, values.get(order.get(i)));
        }
        return query;
    }
}
