package it.callcenter.messaging;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.OptionalLong;

/**
 * The token of an e-mail's unsubscribe link: the message's id and an HMAC-SHA256 of it under the installation's key
 * (cut to 128 bits), both base64url. Whoever holds the e-mail can use it, nobody can make one for another message;
 * it needs no login and no state of its own.
 */
public final class UnsubscribeToken {

    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private UnsubscribeToken() {
    }

    public static String of(long messageId, byte[] key) {
        byte[] id = ByteBuffer.allocate(Long.BYTES).putLong(messageId).array();
        return ENCODER.encodeToString(id) + "." + ENCODER.encodeToString(mac(messageId, key));
    }

    /** The message id a genuine token names; empty for anything else. */
    public static OptionalLong verify(String token, byte[] key) {
        if (token == null || token.length() > 100) {
            return OptionalLong.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return OptionalLong.empty();
        }
        try {
            byte[] id = DECODER.decode(token.substring(0, dot));
            byte[] given = DECODER.decode(token.substring(dot + 1));
            if (id.length != Long.BYTES) {
                return OptionalLong.empty();
            }
            long messageId = ByteBuffer.wrap(id).getLong();
            return MessageDigest.isEqual(given, mac(messageId, key)) ? OptionalLong.of(messageId) : OptionalLong.empty();
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }

    private static byte[] mac(long messageId, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(("unsubscribe:" + messageId).getBytes(StandardCharsets.US_ASCII)), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
