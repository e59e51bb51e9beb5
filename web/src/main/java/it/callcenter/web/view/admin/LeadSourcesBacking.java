package it.callcenter.web.view.admin;

import it.callcenter.BusinessException;
import it.callcenter.registry.leads.LeadSource;
import it.callcenter.registry.leads.LeadSources;
import it.callcenter.security.UserService;
import it.callcenter.web.api.LeadFormSnippet;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Lead sources (web forms feeding the registry): create, retire, and show a source's key with the HTML to
 * paste. The view keeps only the shown source's key and name, not the entity.
 */
@Named
@ViewScoped
public class LeadSourcesBacking implements Serializable {

    @EJB
    private LeadSources sources;

    @EJB
    private UserService users;

    private String name;
    private String defaultInterests;
    private String defaultOwner;
    private String shownKey;
    private String shownName;

    public List<LeadSource> getSources() {
        return sources.all();
    }

    public List<String> getOwners() {
        return users.enabledUsernames();
    }

    public void create() {
        try {
            LeadSource created = sources.define(name, defaultInterests, defaultOwner);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "leadSources.created", created.getName());
            show(created);
            name = null;
            defaultInterests = null;
            defaultOwner = null;
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public void retire(LeadSource source) {
        try {
            sources.retire(source.getId());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "leadSources.retired", source.getName());
            if (source.getKey().equals(shownKey)) {
                shownKey = null;
                shownName = null;
            }
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public void show(LeadSource source) {
        shownKey = source.getKey();
        shownName = source.getName();
    }

    public String getSnippet() {
        return shownKey == null ? null : LeadFormSnippet.html(leadsUrl(), shownKey);
    }

    private static String leadsUrl() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        int port = context.getRequestServerPort();
        boolean defaultPort = ("http".equals(context.getRequestScheme()) && port == 80)
                || ("https".equals(context.getRequestScheme()) && port == 443);
        return context.getRequestScheme() + "://" + context.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + context.getRequestContextPath() + "/api/public/leads";
    }

    public String getShownKey() {
        return shownKey;
    }

    public String getShownName() {
        return shownName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDefaultInterests() {
        return defaultInterests;
    }

    public void setDefaultInterests(String defaultInterests) {
        this.defaultInterests = defaultInterests;
    }

    public String getDefaultOwner() {
        return defaultOwner;
    }

    public void setDefaultOwner(String defaultOwner) {
        this.defaultOwner = defaultOwner;
    }
}
