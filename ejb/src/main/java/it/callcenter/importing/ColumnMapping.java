package it.callcenter.importing;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import it.callcenter.registry.CustomFieldView;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column feeds which field, by column position (headers may repeat). Suggested from the headers, then
 * corrected by the user's own mapping (header → field name; an empty field name ignores the column). A field is one
 * of {@link ImportField} by its name, or one of the administrator's custom fields as {@code customFields.<code>}
 * (suggested by a header that is its label or its code). Stored in the job as text, one {@code position<TAB>field}
 * per line.
 */
public final class ColumnMapping {

    private final Map<Integer, String> names;

    private ColumnMapping(Map<Integer, String> names) {
        this.names = Collections.unmodifiableMap(names);
    }

    public static ColumnMapping suggest(List<String> headers, Map<String, String> chosen) {
        return suggest(headers, chosen, List.of());
    }

    /** As {@link #suggest(List, Map)}, with the active custom fields a column may feed. */
    public static ColumnMapping suggest(List<String> headers, Map<String, String> chosen, List<CustomFieldView> customFields) {
        Map<Integer, String> names = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            ImportField.suggest(headers.get(i)).map(Enum::name).or(() -> suggestCustom(headers.get(column), customFields))
                    .filter(f -> !names.containsValue(f)).ifPresent(f -> names.put(column, f));
        }
        if (chosen != null) {
            for (Map.Entry<String, String> entry : chosen.entrySet()) {
                int column = column(headers, entry.getKey());
                if (entry.getValue() == null || entry.getValue().isBlank()) {
                    names.remove(column);
                    continue;
                }
                String field = named(entry.getValue(), customFields).orElseThrow(() -> invalid(entry.getValue()));
                names.values().remove(field);
                names.put(column, field);
            }
        }
        return new ColumnMapping(names);
    }

    /** The field a name stands for, as this mapping writes it: an {@link ImportField}'s name or a custom field's. */
    static Optional<String> named(String name, List<CustomFieldView> customFields) {
        Optional<String> fixed = ImportField.named(name).map(Enum::name);
        if (fixed.isPresent()) {
            return fixed;
        }
        String code = customCode(name == null ? "" : name.strip());
        return code == null ? Optional.empty() : customFields.stream().filter(f -> f.code().equalsIgnoreCase(code))
                .findFirst().map(f -> ImportField.CUSTOM_PREFIX + f.code());
    }

    /** A custom field's code in a field name {@code customFields.<code>}; null for any other name. */
    static String customCode(String name) {
        return name.regionMatches(true, 0, ImportField.CUSTOM_PREFIX, 0, ImportField.CUSTOM_PREFIX.length())
                && name.length() > ImportField.CUSTOM_PREFIX.length() ? name.substring(ImportField.CUSTOM_PREFIX.length()) : null;
    }

    private static Optional<String> suggestCustom(String header, List<CustomFieldView> customFields) {
        String key = ImportField.key(header);
        return customFields.stream().filter(f -> ImportField.key(f.label()).equals(key) || ImportField.key(f.code()).equals(key))
                .findFirst().map(f -> ImportField.CUSTOM_PREFIX + f.code());
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

    /** Column → field of the columns that feed one of {@link ImportField}. */
    public Map<Integer, ImportField> fields() {
        Map<Integer, ImportField> fields = new LinkedHashMap<>();
        names.forEach((column, name) -> ImportField.named(name).ifPresent(f -> fields.put(column, f)));
        return fields;
    }

    /** Column → code of the columns that feed a custom field. */
    public Map<Integer, String> customFields() {
        Map<Integer, String> custom = new LinkedHashMap<>();
        names.forEach((column, name) -> {
            String code = customCode(name);
            if (code != null) {
                custom.put(column, code);
            }
        });
        return custom;
    }

    /** Column → field name, every mapped column. */
    public Map<Integer, String> names() {
        return names;
    }

    public Optional<String> value(List<String> values, ImportField field) {
        return fields().entrySet().stream().filter(e -> e.getValue() == field).findFirst()
                .map(e -> e.getKey() < values.size() ? values.get(e.getKey()) : null)
                .map(String::strip).filter(v -> !v.isEmpty());
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        names.forEach((column, field) -> text.append(column).append('\t').append(field).append('\n'));
        return text.toString();
    }

    public static ColumnMapping fromText(String text) {
        Map<Integer, String> names = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split("\t");
                String name = parts[1].strip();
                names.put(Integer.parseInt(parts[0]), customCode(name) != null ? name : ImportField.valueOf(name).name());
            }
        }
        return new ColumnMapping(names);
    }
}
