package it.callcenter.messaging;

import it.callcenter.NotFoundException;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The saved templates (SUPERVISOR and up): saved by name (the same name replaces it), listed, deleted. */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class MessageTemplates {

    /** A saved template as the screens and the API show it. */
    public record View(long id, String name, Channel channel, Language language, String subject, String body,
                       String updatedBy, Instant updatedAt) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    public List<View> all() {
        return em.createNamedQuery("SavedTemplate.all", SavedTemplate.class).getResultStream().map(MessageTemplates::view).toList();
    }

    /** Saves under {@code name}: a new template, or the one of that name replaced. */
    public View save(String name, Channel channel, Language language, String subject, String body) {
        String user = session.getCallerPrincipal().getName();
        SavedTemplate template = name == null ? null : em.createNamedQuery("SavedTemplate.byName", SavedTemplate.class)
                .setParameter("name", name.strip()).getResultStream().findFirst().orElse(null);
        if (template == null) {
            template = new SavedTemplate(name, channel, language, subject, body, user);
            em.persist(template);
        } else {
            template.apply(name, channel, language, subject, body, user);
        }
        em.flush();
        return view(template);
    }

    public void delete(long id) {
        SavedTemplate template = em.find(SavedTemplate.class, id);
        if (template == null) {
            throw new NotFoundException("template " + id);
        }
        em.remove(template);
    }

    private static View view(SavedTemplate t) {
        return new View(t.getId(), t.getName(), t.getChannel(), t.getLanguage(), t.getSubject(), t.getBody(),
                t.getUpdatedBy(), t.getUpdatedAt());
    }
}
