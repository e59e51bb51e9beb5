package it.callcenter.pbx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One message of the Asterisk Manager Interface: {@code Key: Value} lines in order, a key possibly repeated (an
 * Originate may carry several {@code Variable} lines), ended on the wire by a blank line. Keys are matched without
 * regard to case, as Asterisk does; their spelling is kept for writing.
 */
public final class AmiMessage {

    private final List<Map.Entry<String, String>> fields = new ArrayList<>();

    public static AmiMessage event(String name) {
        return new AmiMessage().add("Event", name);
    }

    public static AmiMessage response(String response, String actionId) {
        AmiMessage message = new AmiMessage().add("Response", response);
        return actionId == null ? message : message.add("ActionID", actionId);
    }

    /** Adds a line; a null value leaves the line out (Asterisk omits what it does not know). */
    public AmiMessage add(String key, Object value) {
        if (value != null) {
            fields.add(Map.entry(key, String.valueOf(value)));
        }
        return this;
    }

    public AmiMessage addAll(AmiMessage other) {
        fields.addAll(other.fields);
        return this;
    }

    /** The first value of the key, or null. */
    public String get(String key) {
        return all(key).stream().findFirst().orElse(null);
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(get(key));
    }

    /** Every value of a repeated key, in order. */
    public List<String> all(String key) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> field : fields) {
            if (field.getKey().equalsIgnoreCase(key)) {
                values.add(field.getValue());
            }
        }
        return values;
    }

    public boolean has(String key) {
        return get(key) != null;
    }

    /** The event's name, or null for a response or an action. */
    public String eventName() {
        return get("Event");
    }

    /** The action's name in lower case (AMI action names are case-insensitive), or null. */
    public String actionName() {
        String action = get("Action");
        return action == null ? null : action.toLowerCase(Locale.ROOT);
    }

    public List<Map.Entry<String, String>> fields() {
        return List.copyOf(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The message as Asterisk writes it: CRLF after each line and a blank line at the end. */
    public String toWire() {
        StringBuilder wire = new StringBuilder(32 * fields.size() + 2);
        for (Map.Entry<String, String> field : fields) {
            wire.append(field.getKey()).append(": ").append(field.getValue()).append("\r\n");
        }
        return wire.append("\r\n").toString();
    }

    @Override
    public String toString() {
        return toWire().replace("\r\n", " | ");
    }
}
