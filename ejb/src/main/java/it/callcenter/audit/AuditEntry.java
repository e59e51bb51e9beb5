package it.callcenter.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One create, update, delete, export or erasure: of what, by whom, when, and which fields it touched (names, not values). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public enum Action { CREATE, UPDATE, DELETE, EXPORT, ERASE }

    @Id
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    private Long id;

    @Column(name = "entity_type", nullable = false, length = 32)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(nullable = false, length = 8)
    private String action;

    @Column(length = 2000)
    private String fields;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false)
    private Instant at;

    protected AuditEntry() {
    }

    public AuditEntry(String entityType, long entityId, Action action, String fields, String username) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action.name();
        this.fields = fields == null || fields.length() <= 2000 ? fields : fields.substring(0, 2000);
        this.username = username;
        this.at = Instant.now();
    }

    public String getEntityType() {
        return entityType;
    }

    public long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getFields() {
        return fields;
    }

    public String getUsername() {
        return username;
    }

    public Instant getAt() {
        return at;
    }
}
