package it.callcenter.importing;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import it.callcenter.registry.CustomFieldView;
import it.callcenter.registry.RegistrySettings;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Saved column mappings: save the current one under a name, list, apply to a new file's headers, delete. */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ImportTemplates {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private RegistrySettings settings;

    public List<ImportTemplateView> all() {
        return em.createNamedQuery("ImportTemplate.all", ImportTemplate.class).getResultStream()
                .map(ImportTemplate::view).toList();
    }

    /** {@code columns}: header → field name, empty to ignore the column. A name is used once. */
    public ImportTemplateView save(String name, Map<String, String> columns) {
        ImportTemplate template = new ImportTemplate(name, columns, session.getCallerPrincipal().getName(),
                settings.activeCustomFields());
        boolean taken = !em.createNamedQuery("ImportTemplate.named", ImportTemplate.class)
                .setParameter("name", template.getName()).getResultList().isEmpty();
        if (taken) {
            throw new BusinessException("templateName", "VALUE_EXISTS", template.getName());
        }
        em.persist(template);
        em.flush();
        return template.view();
    }

    /**
     * The template's choices for these headers: header → field name ("" to ignore); unknown headers left out, and so
     * are the columns it maps to a custom field that is no longer active (they keep their suggestion).
     */
    public Map<String, String> apply(long id, List<String> headers) {
        List<CustomFieldView> active = settings.activeCustomFields();
        Map<String, String> chosen = new LinkedHashMap<>(find(id).applyTo(headers));
        chosen.values().removeIf(field -> !field.isEmpty() && ColumnMapping.named(field, active).isEmpty());
        return chosen;
    }

    public void delete(long id, long version) {
        ImportTemplate template = find(id);
        if (template.getVersion() != version) {
            throw new StaleVersionException("import template " + id);
        }
        em.remove(template);
    }

    private ImportTemplate find(long id) {
        ImportTemplate template = em.find(ImportTemplate.class, id);
        if (template == null) {
            throw new NotFoundException("import template " + id);
        }
        return template;
    }
}
