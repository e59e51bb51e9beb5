package it.callcenter.web.view.admin;

import it.callcenter.BusinessException;
import it.callcenter.StaleVersionException;
import it.callcenter.security.NewUser;
import it.callcenter.security.Role;
import it.callcenter.security.UserChange;
import it.callcenter.security.UserService;
import it.callcenter.security.UserView;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Administration of users: list, create, edit roles, disable or enable, reset the password. A change of roles,
 * enabled state or password ends the user's sessions (the service moves the user's credential generation).
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    @EJB
    private UserService users;

    private List<UserView> list;

    private String username;
    private String fullName;
    private String password;
    private String extension;
    private Role[] roles = {};
    private long version;
    private boolean editing;
    private String newPassword;

    @PostConstruct
    void load() {
        list = users.list();
    }

    public void startCreate() {
        editing = false;
        username = null;
        fullName = null;
        password = null;
        extension = null;
        roles = new Role[] {Role.OPERATOR};
    }

    public void startEdit(UserView user) {
        editing = true;
        username = user.username();
        fullName = user.fullName();
        extension = user.extension();
        roles = user.roles().toArray(Role[]::new);
        version = user.version();
    }

    public void save() {
        try {
            if (editing) {
                users.update(username, version, new UserChange(fullName, roleSet(), null, extension));
                Messages.add(null, FacesMessage.SEVERITY_INFO, "users.saved", username);
            } else {
                users.create(new NewUser(username, fullName, password, roleSet(), extension));
                Messages.add(null, FacesMessage.SEVERITY_INFO, "users.created", username);
            }
            password = null;
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
            load();
        } catch (BusinessException e) {
            Messages.refuse(e);
            if (e instanceof StaleVersionException) {
                load();
            }
        }
    }

    public void toggleEnabled(UserView user) {
        try {
            users.setEnabled(user.username(), user.version(), !user.enabled());
            Messages.add(null, FacesMessage.SEVERITY_INFO, user.enabled() ? "users.wasDisabled" : "users.wasEnabled", user.username());
        } catch (BusinessException e) {
            Messages.add(e);
        }
        load();
    }

    public void resetPassword(UserView user) {
        newPassword = users.resetPassword(user.username());
        username = user.username();
        load();
        PrimeFaces.current().executeScript("PF('passwordDialog').show()");
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    private Set<Role> roleSet() {
        return roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles));
    }

    public List<UserView> getList() {
        return list;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    public Role[] getRoles() {
        return roles.clone();
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles.clone();
    }

    public boolean isEditing() {
        return editing;
    }

    public String getNewPassword() {
        return newPassword;
    }
}
