package it.callcenter.messaging;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
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

/**
 * The saved templates (SUPERVISOR and up): saved by name from a campaign's page (the same name replaces it), or
 * created and edited on their own screen (a name taken by another template is refused; an edit carries the version it
 * was read at, and a template changed meanwhile is refused with {@code STALE_VERSION}); listed by pages, deleted.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class MessageTemplates {

    /** A saved template as the screens and the API show it. */
    public record View(long id, String name, Channel channel, Language language, String subject, String body,
                       String updatedBy, Instant updatedAt, long version) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    public List<View> all() {
        return em.createNamedQuery("SavedTemplate.all", SavedTemplate.class).getResultStream().map(MessageTemplates::view).toList();
    }

    public long count() {
        return em.createQuery("SELECT count(t) FROM SavedTemplate t", Long.class).getSingleResult();
    }

    /** One page of the templates by name. */
    public List<View> page(int first, int max) {
        return em.createNamedQuery("SavedTemplate.all", SavedTemplate.class).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200))).getResultStream().map(MessageTemplates::view).toList();
    }

    public View find(long id) {
        return view(template(id));
    }

    /** A new template; its name must be free. */
    public View create(String name, Channel channel, Language language, String subject, String body) {
        requireFreeName(name, null);
        SavedTemplate template = new SavedTemplate(name, channel, language, subject, body, session.getCallerPrincipal().getName());
        em.persist(template);
        em.flush();
        return view(template);
    }

    /** The template as read at {@code version}, changed; its name must stay free of the others'. */
    public View edit(long id, long version, String name, Channel channel, Language language, String subject, String body) {
        SavedTemplate template = template(id);
        if (template.getVersion() != version) {
            throw new StaleVersionException("message template " + id);
        }
        requireFreeName(name, id);
        template.apply(name, channel, language, subject, body, session.getCallerPrincipal().getName());
        em.flush();
        return view(template);
    }

    private SavedTemplate template(long id) {
        SavedTemplate template = em.find(SavedTemplate.class, id);
        if (template == null) {
            throw new NotFoundException("template " + id);
        }
        return template;
    }

    private void requireFreeName(String name, Long exceptId) {
        if (name == null || name.isBlank()) {
            return;
        }
        em.createNamedQuery("SavedTemplate.byName", SavedTemplate.class).setParameter("name", name.strip()).getResultStream()
                .filter(other -> !other.getId().equals(exceptId)).findFirst().ifPresent(other -> {
                    throw new BusinessException("name", "MESSAGE_TEMPLATE_NAME_TAKEN", name.strip());
                });
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
                t.getUpdatedBy(), t.getUpdatedAt(), t.getVersion());
    }
}
