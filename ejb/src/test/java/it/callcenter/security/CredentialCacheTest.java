package it.callcenter.security;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialCacheTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final CredentialCache cache = new CredentialCache(60_000, now::get);

    @Test
    void remembersTheExactCredentialForAMinute() {
        cache.put("mario", "secret-password", Set.of(Role.OPERATOR), 3);
        CredentialCache.Entry entry = cache.get("mario", "secret-password").orElseThrow();
        assertEquals(Set.of(Role.OPERATOR), entry.roles());
        assertEquals(3, entry.generation());
        assertTrue(cache.get("mario", "secret-passworD").isEmpty());
        assertTrue(cache.get("luigi", "secret-password").isEmpty());
        now.addAndGet(60_000);
        assertTrue(cache.get("mario", "secret-password").isEmpty());
    }

    @Test
    void aCredentialInUseStaysRememberedButNeverPastItsMaximumAge() {
        CredentialCache sliding = new CredentialCache(60_000, 180_000, now::get);
        sliding.put("mario", "secret-password", Set.of(Role.OPERATOR), 0);
        for (int minute = 0; minute < 2; minute++) {
            now.addAndGet(50_000);
            assertTrue(sliding.get("mario", "secret-password").isPresent(), "used within the minute: still remembered");
        }
        now.addAndGet(50_000);
        assertTrue(sliding.get("mario", "secret-password").isPresent(), "150 s after the check, used all along");
        now.addAndGet(30_001);
        assertTrue(sliding.get("mario", "secret-password").isEmpty(), "three minutes after the password was checked: again");
    }

    @Test
    void theBoundaryBetweenNameAndPasswordCannotBeMoved() {
        cache.put("mario", "secret", Set.of(Role.OPERATOR), 0);
        assertTrue(cache.get("mariose", "cret").isEmpty());
        assertTrue(cache.get("mario\0", "secret").isEmpty());
    }

    @Test
    void forgetsAUserAtOnce() {
        cache.put("mario", "one", Set.of(Role.OPERATOR), 0);
        cache.put("mario", "two", Set.of(Role.OPERATOR), 0);
        cache.put("luigi", "one", Set.of(Role.ADMIN), 0);
        cache.forget("mario");
        assertTrue(cache.get("mario", "one").isEmpty());
        assertTrue(cache.get("mario", "two").isEmpty());
        assertTrue(cache.get("luigi", "one").isPresent());
    }

    @Test
    void staysBounded() {
        for (int i = 0; i <= CredentialCache.MAX_ENTRIES; i++) {
            cache.put("user" + i, "password", Set.of(Role.OPERATOR), 0);
        }
        assertTrue(cache.size() <= CredentialCache.MAX_ENTRIES);
    }

    @Test
    void keepsNothingOfThePassword() throws Exception {
        cache.put("mario", "secret-password", Set.of(Role.OPERATOR), 0);
        var field = CredentialCache.class.getDeclaredField("entries");
        field.setAccessible(true);
        String dump = field.get(cache).toString();
        assertTrue(!dump.contains("secret-password"), dump);
    }
}
