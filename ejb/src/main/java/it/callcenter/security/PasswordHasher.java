package it.callcenter.security;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * PBKDF2-HMAC-SHA256 with a random 16-byte salt, at OWASP's current iteration count. Stored as
 * {@code pbkdf2-sha256$iterations$salt$hash}, so a hash made with fewer iterations still verifies and is replaced
 * at the next sign-in ({@link #needsRehash}). A password checked against no stored hash (an unknown user) costs the
 * same as one checked against a real hash, so the time of a refusal does not tell whether the user exists.
 */
public final class PasswordHasher {

    /** OWASP's Password Storage Cheat Sheet for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    /** A hash of nothing anyone knows, with the current cost: what an unknown user's password is checked against. */
    private static final String DUMMY = PREFIX + "$" + ITERATIONS + "$" + B64.encodeToString(randomBytes(16)) + "$"
            + B64.encodeToString(randomBytes(KEY_BITS / 8));

    private PasswordHasher() {
    }

    public static String hash(String password) {
        byte[] salt = randomBytes(16);
        return PREFIX + "$" + ITERATIONS + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(derive(password, salt, ITERATIONS));
    }

    /**
     * Whether the password matches the stored hash. With no stored hash, or one this class cannot read, the
     * password is checked against a dummy hash of the current cost and refused.
     */
    public static boolean verify(String password, String stored) {
        String[] parts = stored == null ? null : stored.split("\\$");
        boolean readable = parts != null && parts.length == 4 && PREFIX.equals(parts[0]);
        String[] checked = readable ? parts : DUMMY.split("\\$");
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(checked[3]);
        byte[] actual = derive(password, b64.decode(checked[2]), Integer.parseInt(checked[1]));
        return readable && MessageDigest.isEqual(expected, actual);
    }

    /** Whether a stored hash is weaker than what {@link #hash} makes today (fewer iterations, or another format). */
    public static boolean needsRehash(String stored) {
        String[] parts = stored.split("\\$");
        return parts.length != 4 || !PREFIX.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
    }

    /** A password for a reset or a first install: 16 characters that are easy to read out. */
    public static String randomPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
            try {
                return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
