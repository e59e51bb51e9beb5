package it.callcenter.web.view.registry;

import it.callcenter.BusinessException;
import it.callcenter.registry.ListName;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartySummary;
import it.callcenter.registry.RegistrySettings;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The roles of a saved company's administrators: each chosen role is saved at once, like the photo. */
@Named
@ViewScoped
public class CompanyAdministratorsBacking implements Serializable {

    @EJB
    private PartyService parties;

    @EJB
    private RegistrySettings settings;

    @Inject
    private PartyCardBacking card;

    private Map<Long, String> roles;
    private List<String> companyRoles;

    public void assignRole(PartySummary administrator) {
        try {
            card.getForm().setVersion(parties.assignAdministratorRole(card.getId(), card.getForm().getVersion(),
                    administrator.id(), getRoles().get(administrator.id())));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "registry.administratorRole.saved", administrator.displayName());
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    /** Each saved administrator's role, by the administrator's id. */
    public Map<Long, String> getRoles() {
        if (roles == null) {
            roles = new HashMap<>(card.isEditing() && !card.isPerson() ? parties.administratorRoles(card.getId()) : Map.of());
        }
        return roles;
    }

    public List<String> getCompanyRoles() {
        if (companyRoles == null) {
            companyRoles = settings.activeValues(ListName.COMPANY_ROLE);
        }
        return companyRoles;
    }
}
