package it.callcenter.importing;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column feeds which field, by column position (headers may repeat). Suggested from the headers, then
 * corrected by the user's own mapping (header → field name; an empty field name ignores the column). Stored in
 * the job as text, one {@code position<TAB>field} per line.
 */
public final class ColumnMapping {

    private final Map<Integer, ImportField> fields;

    private ColumnMapping(Map<Integer, ImportField> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    public static ColumnMapping suggest(List<String> headers, Map<String, String> chosen) {
        Map<Integer, ImportField> fields = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            ImportField.suggest(headers.get(i)).filter(f -> !fields.containsValue(f)).ifPresent(f -> fields.put(column, f));
        }
        if (chosen != null) {
            for (Map.Entry<String, String> entry : chosen.entrySet()) {
                int column = column(headers, entry.getKey());
                if (entry.getValue() == null || entry.getValue().isBlank()) {
                    fields.remove(column);
                    continue;
                }
                ImportField field = ImportField.named(entry.getValue())
                        .orElseThrow(() -> invalid(entry.getValue()));
                fields.values().remove(field);
                fields.put(column, field);
            }
        }
        return new ColumnMapping(fields);
    }

    private static int column(List<String> headers, String name) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equals(name == null ? null : name.strip())) {
                return i;
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            if (ImportField.key(headers.get(i)).equals(ImportField.key(name))) {
                return i;
            }
        }
        throw invalid(name);
    }

    private static ValidationException invalid(String value) {
        return new ValidationException(List.of(new BusinessException("mapping", "INVALID_VALUE", String.valueOf(value))));
    }

    public Map<Integer, ImportField> fields() {
        return fields;
    }

    public Optional<String> value(List<String> values, ImportField field) {
        return fields.entrySet().stream().filter(e -> e.getValue() == field).findFirst()
                .map(e -> e.getKey() < values.size() ? values.get(e.getKey()) : null)
                .map(String::strip).filter(v -> !v.isEmpty());
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        fields.forEach((column, field) -> text.append(column).append('\t').append(field.name()).append('\n'));
        return text.toString();
    }

    public static ColumnMapping fromText(String text) {
        Map<Integer, ImportField> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split("\t");
                fields.put(Integer.parseInt(parts[0]), ImportField.valueOf(parts[1].strip()));
            }
        }
        return new ColumnMapping(fields);
    }
}
