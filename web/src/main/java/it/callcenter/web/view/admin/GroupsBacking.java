package it.callcenter.web.view.admin;

import it.callcenter.BusinessException;
import it.callcenter.security.GroupView;
import it.callcenter.security.OperatorGroups;
import it.callcenter.security.UserView;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The administrator's operator groups: create, rename and choose members, delete; stale edits are refused. */
@Named
@ViewScoped
public class GroupsBacking implements Serializable {

    @EJB
    private OperatorGroups groups;

    private List<GroupView> list;
    private List<UserView> operators;

    private Long id;
    private String name;
    private String[] members = {};
    private long version;

    @PostConstruct
    void load() {
        list = groups.list();
        operators = groups.activeOperators();
    }

    public void startCreate() {
        id = null;
        name = null;
        members = new String[0];
    }

    public void startEdit(GroupView group) {
        id = group.id();
        name = group.name();
        members = group.members().toArray(String[]::new);
        version = group.version();
    }

    public void save() {
        try {
            if (id == null) {
                groups.create(name, List.of(members));
                Messages.add(null, FacesMessage.SEVERITY_INFO, "groups.created", name.strip());
            } else {
                groups.update(id, version, name, List.of(members));
                Messages.add(null, FacesMessage.SEVERITY_INFO, "groups.saved", name.strip());
            }
            PrimeFaces.current().executeScript("PF('groupDialog').hide()");
            load();
        } catch (BusinessException e) {
            Messages.refuse(e);
            if (e.kind() != BusinessException.Kind.INVALID) {
                load();
            }
        }
    }

    public void delete(GroupView group) {
        try {
            groups.delete(group.id(), group.version());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "groups.deleted", group.name());
        } catch (BusinessException e) {
            Messages.add(e);
        }
        load();
    }

    /** The members as people read them: full names where the user is still an active operator. */
    public String membersOf(GroupView group) {
        Map<String, String> names = operators.stream().collect(Collectors.toMap(UserView::username, UserView::fullName));
        return group.members().stream().map(m -> names.getOrDefault(m, m)).collect(Collectors.joining(", "));
    }

    public List<GroupView> getList() {
        return list;
    }

    public List<UserView> getOperators() {
        return operators;
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String[] getMembers() {
        return members.clone();
    }

    public void setMembers(String[] members) {
        this.members = members == null ? new String[0] : members.clone();
    }
}
