package it.callcenter.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person who signs in. The password is kept only as its hash. The credential generation moves whenever the
 * password, the roles or the enabled state change: what was signed in with an older one (a screen session, a
 * remembered API credential) is no longer accepted.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "UserAccount.findByUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.signIn",
        query = "SELECT DISTINCT u FROM UserAccount u LEFT JOIN FETCH u.roles WHERE u.username = :username")
@NamedQuery(name = "UserAccount.findAll", query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(name = "UserAccount.credentialGeneration",
        query = "SELECT u.credentialGeneration FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.rehash", query = "UPDATE UserAccount u SET u.passwordHash = :newHash"
        + " WHERE u.username = :username AND u.passwordHash = :oldHash")
@NamedQuery(name = "UserAccount.countEnabledWithRole",
        query = "SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :role AND u.enabled = true")
public class UserAccount {

    public static final int USERNAME_MAX = 64;
    public static final int FULL_NAME_MAX = 120;
    public static final int EXTENSION_MAX = 32;

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, updatable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false, length = 5)
    private String locale = "it";

    @Column(length = EXTENSION_MAX)
    private String extension;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "credential_generation", nullable = false)
    private long credentialGeneration;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
        this.roles.addAll(roles);
    }

    /** New roles; a change signs the user out, so that no session keeps the roles it had. */
    public void assignRoles(Set<Role> newRoles) {
        if (roles.equals(newRoles)) {
            return;
        }
        roles.clear();
        roles.addAll(newRoles);
        endSessions();
    }

    public void rename(String newFullName) {
        this.fullName = newFullName;
    }

    /** A new password: whoever signed in with the old one is signed out. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        endSessions();
    }

    public void disable() {
        if (enabled) {
            this.enabled = false;
            endSessions();
        }
    }

    public void enable() {
        if (!enabled) {
            this.enabled = true;
            endSessions();
        }
    }

    private void endSessions() {
        credentialGeneration++;
    }

    public void useLocale(Locale newLocale) {
        this.locale = newLocale.getLanguage();
    }

    public void assignExtension(String newExtension) {
        this.extension = newExtension;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLocale() {
        return locale;
    }

    public String getExtension() {
        return extension;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public long getCredentialGeneration() {
        return credentialGeneration;
    }

    public long getVersion() {
        return version;
    }
}
