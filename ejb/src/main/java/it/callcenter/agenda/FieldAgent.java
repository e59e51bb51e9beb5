package it.callcenter.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A user who visits customers: appointments are booked in their calendar while they are active. */
@Entity
@Table(name = "field_agent")
public class FieldAgent {

    public static final int PHONE_MAX = 32;

    @Id
    @Column(length = 64, updatable = false)
    private String username;

    @Column(length = PHONE_MAX)
    private String phone;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FieldAgent() {
    }

    FieldAgent(String username, String phone, boolean active) {
        this.username = username;
        this.createdAt = Instant.now();
        change(phone, active);
    }

    void change(String phone, boolean active) {
        this.phone = phone;
        this.active = active;
    }

    public String getUsername() {
        return username;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
