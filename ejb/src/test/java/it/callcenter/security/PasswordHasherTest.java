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
