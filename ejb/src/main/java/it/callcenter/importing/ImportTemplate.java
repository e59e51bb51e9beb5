package it.callcenter.importing;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import it.callcenter.registry.CustomFieldView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A column mapping saved under a name, by header name (not by position), so that it applies to the next file
 * of the same kind even when its columns come in another order. A column the user chose to ignore is kept too
 * (with no field), so applying the template ignores it again instead of suggesting something for it.
 * Stored as text, one {@code header<TAB>field} per line.
 */
@Entity
@Table(name = "import_template")
@NamedQuery(name = "ImportTemplate.all", query = "SELECT t FROM ImportTemplate t ORDER BY t.name")
@NamedQuery(name = "ImportTemplate.named", query = "SELECT t FROM ImportTemplate t WHERE LOWER(t.name) = LOWER(:name)")
public class ImportTemplate {

    public static final int NAME_MAX = 80;

    @Id
    @SequenceGenerator(name = "import_template_seq", sequenceName = "import_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_template_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private String mapping;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ImportTemplate() {
    }

    /** {@code columns}: header → field name, an empty field name for a column to ignore. */
    public ImportTemplate(String name, Map<String, String> columns, String createdBy) {
        this(name, columns, createdBy, List.of());
    }

    /** As above, a column may also feed one of these custom fields ({@code customFields.<code>}). */
    public ImportTemplate(String name, Map<String, String> columns, String createdBy, List<CustomFieldView> customFields) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException(List.of(new BusinessException("templateName", "REQUIRED")));
        }
        if (trimmed.length() > NAME_MAX) {
            throw new ValidationException(List.of(new BusinessException("templateName", "TOO_LONG", NAME_MAX)));
        }
        StringBuilder text = new StringBuilder();
        columns.forEach((header, field) -> {
            String fieldName = field == null || field.isBlank() ? "" : ColumnMapping.named(field, customFields)
                    .orElseThrow(() -> new ValidationException(List.of(new BusinessException("mapping", "INVALID_VALUE", field))));
            text.append(clean(header)).append('\t').append(fieldName).append('\n');
        });
        this.name = trimmed;
        this.mapping = text.toString();
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    private static String clean(String header) {
        return header == null ? "" : header.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
    }

    /** The saved columns, in their order: header → field name ("" to ignore). */
    public Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String line : mapping.split("\n")) {
            if (!line.isEmpty()) {
                int tab = line.indexOf('\t');
                columns.put(line.substring(0, tab), line.substring(tab + 1).strip());
            }
        }
        return columns;
    }

    /**
     * The template on a new file's headers: header → field name ("" to ignore) for each header the template
     * knows, matched as written or, failing that, with case, accents and punctuation aside. Headers it does not
     * know are left out, to keep their suggestion.
     */
    public Map<String, String> applyTo(List<String> headers) {
        Map<String, String> saved = columns();
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String header : headers) {
            find(saved, header).ifPresent(field -> chosen.put(header, field));
        }
        return chosen;
    }

    private static Optional<String> find(Map<String, String> saved, String header) {
        String exact = saved.get(clean(header));
        if (exact != null) {
            return Optional.of(exact);
        }
        String key = ImportField.key(header);
        return saved.entrySet().stream().filter(e -> ImportField.key(e.getKey()).equals(key)).map(Map.Entry::getValue).findFirst();
    }

    public ImportTemplateView view() {
        return new ImportTemplateView(id == null ? 0 : id, name, createdBy, createdAt, version, columns().size());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }
}
