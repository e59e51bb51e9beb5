package it.callcenter.security;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = PasswordHasher.hash("correct horse battery");
        assertTrue(PasswordHasher.verify("correct horse battery", hash));
        assertFalse(PasswordHasher.verify("correct horse batterY", hash));
        assertFalse(hash.contains("correct"));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(PasswordHasher.hash("same password"), PasswordHasher.hash("same password"));
    }

    @Test
    void refusesAnUnknownFormat() {
        assertFalse(PasswordHasher.verify("demo", "demo"));
        assertFalse(PasswordHasher.verify("demo", "md5$1$a$b"));
    }

    @Test
    void hashesAtOwaspsIterationCount() {
        assertEquals(600_000, Integer.parseInt(PasswordHasher.hash("x").split("\\$")[1]));
        assertFalse(PasswordHasher.needsRehash(PasswordHasher.hash("a password")));
    }

    @Test
    void anOlderHashStillVerifiesAndAsksToBeRehashed() throws Exception {
        byte[] salt = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec("old password".toCharArray(), salt, 120_000, 256)).getEncoded();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder().withoutPadding();
        String old = "pbkdf2-sha256$120000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
        assertTrue(PasswordHasher.verify("old password", old));
        assertFalse(PasswordHasher.verify("old passwort", old));
        assertTrue(PasswordHasher.needsRehash(old));
        assertTrue(PasswordHasher.needsRehash("md5$1$a$b"));
    }

    @Test
    void noStoredHashIsRefusedAfterAsMuchWorkAsARealOne() {
        String hash = PasswordHasher.hash("some password");
        PasswordHasher.verify("warm up", hash);
        PasswordHasher.verify("warm up", null);
        long real = Long.MAX_VALUE;
        long none = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            assertFalse(PasswordHasher.verify("wrong", hash));
            real = Math.min(real, System.nanoTime() - start);
            start = System.nanoTime();
            assertFalse(PasswordHasher.verify("wrong", null));
            none = Math.min(none, System.nanoTime() - start);
        }
        assertTrue(none > real / 2 && none < real * 2, "unknown user " + none / 1e6 + " ms, wrong password " + real / 1e6 + " ms");
    }

    @Test
    void anEmptyPasswordIsHashedAndRefusedLikeAnyOther() {
        String hash = PasswordHasher.hash("");
        assertTrue(PasswordHasher.verify("", hash));
        assertFalse(PasswordHasher.verify("", PasswordHasher.hash("not empty")));
    }

    @Test
    void randomPasswordsPassThePolicy() {
        String password = PasswordHasher.randomPassword();
        assertEquals(16, password.length());
        PasswordPolicy.check("admin", password);
    }

    @Test
    void policyWantsTenCharactersWithoutTheUsername() {
        BusinessException tooShort = assertThrows(BusinessException.class, () -> PasswordPolicy.check("mario", "123456789"));
        assertEquals("PASSWORD_TOO_SHORT", tooShort.code());
        assertEquals("password", tooShort.field());
        BusinessException withName = assertThrows(BusinessException.class,
                () -> PasswordPolicy.check("mario", "Mario-2026-password"));
        assertEquals("PASSWORD_CONTAINS_USERNAME", withName.code());
        PasswordPolicy.check("mario", "1234567890");
    }
}
