package it.callcenter.messaging;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;

/**
 * The installation's key for the unsubscribe links: 32 random bytes made by the first node that needs it and kept in
 * the database ({@code message_signing_key}), so every node and every restart signs and checks alike.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SigningKey {

    private static volatile byte[] cached;

    @PersistenceContext
    private EntityManager em;

    public byte[] key() {
        byte[] key = cached;
        if (key == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            em.createNativeQuery("INSERT INTO message_signing_key (id, key) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
                    .setParameter(1, fresh).executeUpdate();
            key = (byte[]) em.createNativeQuery("SELECT key FROM message_signing_key WHERE id = 1").getSingleResult();
            cached = key;
        }
        return key.clone();
    }
}
