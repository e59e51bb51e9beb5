package it.callcenter.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The signed-in user's unread notifications, and marking them read. Nobody reads another user's. */
@Stateless
@PermitAll
public class Notifications {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    public List<Notification> unread() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, message_key, argument, party_id, created_at FROM notification"
                        + " WHERE username = ?1 AND read_at IS NULL ORDER BY created_at DESC LIMIT 50")
                .setParameter(1, session.getCallerPrincipal().getName()).getResultList();
        return rows.stream().map(r -> new Notification(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                r[3] == null ? null : ((Number) r[3]).longValue(), toInstant(r[4]))).toList();
    }

    public void markAllRead() {
        em.createNativeQuery("UPDATE notification SET read_at = ?1 WHERE username = ?2 AND read_at IS NULL")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC)).setParameter(2, session.getCallerPrincipal().getName())
                .executeUpdate();
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return null;
    }
}
