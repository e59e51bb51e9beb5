package it.callcenter.web.view.admin;

import it.callcenter.BusinessException;
import it.callcenter.registry.ListName;
import it.callcenter.registry.ListValue;
import it.callcenter.registry.RegistrySettings;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The administrator's lists (carriers, contact labels, company roles, ratings): add, retire, restore. */
@Named
@ViewScoped
public class ListsBacking implements Serializable {

    @EJB
    private RegistrySettings settings;

    private ListName list = ListName.CARRIER;
    private String newLabel;

    public List<ListValue> getValues() {
        return settings.values(list);
    }

    public void add() {
        try {
            settings.addValue(list, newLabel);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "lists.added", newLabel.strip());
            newLabel = null;
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public void toggle(ListValue value) {
        try {
            settings.setValueActive(value.getId(), !value.isActive());
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public ListName[] getLists() {
        return ListName.values();
    }

    public ListName getList() {
        return list;
    }

    public void setList(ListName list) {
        this.list = list == null ? ListName.CARRIER : list;
    }

    public String getNewLabel() {
        return newLabel;
    }

    public void setNewLabel(String newLabel) {
        this.newLabel = newLabel;
    }
}
