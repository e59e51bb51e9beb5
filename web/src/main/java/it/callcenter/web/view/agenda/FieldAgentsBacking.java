package it.callcenter.web.view.agenda;

import it.callcenter.BusinessException;
import it.callcenter.agenda.FieldAgentView;
import it.callcenter.agenda.FieldAgents;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/** The administrator's field agents (admin/agents.xhtml): make a user an agent, change the phone, (de)activate. */
@Named
@ViewScoped
public class FieldAgentsBacking implements Serializable {

    @EJB
    private FieldAgents agents;

    private List<FieldAgentView> list;
    private List<String> candidates;

    private String username;
    private String phone;
    private boolean active = true;
    private Long version;

    @PostConstruct
    void load() {
        list = agents.list();
        candidates = agents.candidates();
    }

    public void startCreate() {
        username = null;
        phone = null;
        active = true;
        version = null;
    }

    public void startEdit(FieldAgentView agent) {
        username = agent.username();
        phone = agent.phone();
        active = agent.active();
        version = agent.version();
    }

    public void save() {
        try {
            FieldAgentView saved = agents.save(username, phone, active, version);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "agents.saved", saved.fullName());
            PrimeFaces.current().executeScript("PF('agentDialog').hide()");
            load();
        } catch (BusinessException e) {
            Messages.refuse(e);
            if (e.kind() != BusinessException.Kind.INVALID) {
                load();
            }
        }
    }

    public List<FieldAgentView> getList() {
        return list;
    }

    public List<String> getCandidates() {
        return candidates;
    }

    public boolean isEditing() {
        return version != null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
