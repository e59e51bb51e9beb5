package it.callcenter.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * API credentials verified in the last minute, so that HTTP Basic does not cost a PBKDF2 hash on every call. The
 * key is an HMAC-SHA256 of user name and password under a random key of this process: neither the password nor
 * anything that could be checked against it offline is kept. An entry holds the user's roles and credential
 * generation, and is only believed while that generation is still the user's ({@link SignIns}); a change of
 * password, roles or enabled state also drops the user's entries at once ({@link #forget}). An entry lives a minute
 * after its last use (an integration calling all day hashes once, not once a minute: 200 operators' re-hashes took
 * most of two cores, BENCHMARKS.md issue 12), and never more than {@code callcenter.login.remember-max-minutes} (30)
 * after the password was last checked. Bounded; {@code callcenter.login.remember-seconds=0} turns it off.
 */
@ApplicationScoped
public class CredentialCache {

    static final int MAX_ENTRIES = 10_000;

    /** Whom a remembered credential signs in. */
    record Entry(String username, Set<Role> roles, long generation, long verifiedAt, long expiresAt) {
    }

    private final byte[] key = new byte[32];
    private final long ttlMillis;
    private final long maxAgeMillis;
    private final LongSupplier clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Mac prototype;

    public CredentialCache() {
        this(Long.getLong("callcenter.login.remember-seconds", 60) * 1000,
                Long.getLong("callcenter.login.remember-max-minutes", 30) * 60_000, System::currentTimeMillis);
    }

    CredentialCache(long ttlMillis, LongSupplier clock) {
        this(ttlMillis, 30 * 60_000L, clock);
    }

    CredentialCache(long ttlMillis, long maxAgeMillis, LongSupplier clock) {
        new SecureRandom().nextBytes(key);
        this.prototype = newMac();
        this.ttlMillis = ttlMillis;
        this.maxAgeMillis = maxAgeMillis;
        this.clock = clock;
    }

    Optional<Entry> get(String username, String password) {
        if (ttlMillis <= 0) {
            return Optional.empty();
        }
        String id = id(username, password);
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        long now = clock.getAsLong();
        if (now >= entry.expiresAt() || !entry.username().equals(username)) {
            entries.remove(id, entry);
            return Optional.empty();
        }
        long expiresAt = Math.min(now + ttlMillis, entry.verifiedAt() + maxAgeMillis);
        if (expiresAt > entry.expiresAt()) {
            entries.replace(id, entry, new Entry(entry.username(), entry.roles(), entry.generation(), entry.verifiedAt(), expiresAt));
        }
        return Optional.of(entry);
    }

    void put(String username, String password, Set<Role> roles, long generation) {
        if (ttlMillis <= 0) {
            return;
        }
        long now = clock.getAsLong();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> now >= e.expiresAt());
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(id(username, password), new Entry(username, Set.copyOf(roles), generation, now,
                Math.min(now + ttlMillis, now + maxAgeMillis)));
    }

    /** Drops every credential of the user remembered here. */
    void forget(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    int size() {
        return entries.size();
    }

    private String id(String username, String password) {
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            mac = newMac();
        }
        byte[] name = username.getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(4).putInt(name.length).array());
        mac.update(name);
        return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
