package it.callcenter.registry.leads;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A form on a web site that feeds the registry. The key is made here, random and unguessable, and never
 * changes: it is pasted into a page, so changing it would silently break that page. A retired source keeps
 * its row (the key is refused, not reused).
 */
@Entity
@Table(name = "lead_source")
@NamedQuery(name = "LeadSource.all", query = "SELECT s FROM LeadSource s ORDER BY s.active DESC, s.name")
@NamedQuery(name = "LeadSource.byKey", query = "SELECT s FROM LeadSource s WHERE s.key = :key")
public class LeadSource {

    public static final int NAME_MAX = 80;
    static final int KEY_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "lead_source_seq", sequenceName = "configuration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_source_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "key", nullable = false, length = 64, updatable = false)
    private String key;

    @Column(name = "default_interests")
    private String defaultInterests;

    @Column(name = "default_owner", length = 64)
    private String defaultOwner;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected LeadSource() {
    }

    LeadSource(String name, List<String> defaultInterests, String defaultOwner) {
        this.name = name;
        this.defaultInterests = defaultInterests.isEmpty() ? null : String.join("\n", defaultInterests);
        this.defaultOwner = defaultOwner;
        this.key = newKey();
        this.createdAt = Instant.now();
    }

    /** 32 URL-safe characters (192 random bits): safe in a query string and in an HTML attribute as they are. */
    static String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    void retire() {
        active = false;
    }

    public List<String> interests() {
        return defaultInterests == null ? List.of()
                : Arrays.stream(defaultInterests.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKey() {
        return key;
    }

    public String getDefaultInterests() {
        return defaultInterests;
    }

    public String getDefaultOwner() {
        return defaultOwner;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
