package it.callcenter.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A sign-in that was refused: the name tried, the user it names (if any), from where, by which door, and why. Never the password. */
@Entity
@Table(name = "sign_in_refusal")
public class RefusedSignIn {

    static final int USERNAME_MAX = 64;

    @Id
    @SequenceGenerator(name = "sign_in_refusal_seq", sequenceName = "sign_in_refusal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_refusal_seq")
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = 64)
    private String address;

    @Column(nullable = false, length = 8)
    private String door;

    @Column(nullable = false, length = 16)
    private String reason;

    protected RefusedSignIn() {
    }

    RefusedSignIn(String username, Long userId, String address, String door, String reason) {
        this.at = Instant.now();
        this.username = cut(username, USERNAME_MAX);
        this.userId = userId;
        this.address = cut(address, 64);
        this.door = door;
        this.reason = reason;
    }

    private static String cut(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public Long getUserId() {
        return userId;
    }

    public String getAddress() {
        return address;
    }

    public String getDoor() {
        return door;
    }

    public String getReason() {
        return reason;
    }
}
