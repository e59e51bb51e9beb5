package it.callcenter.web.view.operator;

import it.callcenter.BusinessException;
import it.callcenter.compliance.CallWindows;
import it.callcenter.queue.OperatorRegister;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;

/** The operator's register on the workstation: on duty since when, clock in, clock out. */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(CallWindows.ITALY);

    @EJB
    private OperatorRegister register;

    private OperatorRegister.Status status;

    private OperatorRegister.Status status() {
        if (status == null) {
            status = register.mine();
        }
        return status;
    }

    public boolean isClockedIn() {
        return status().clockedIn();
    }

    public String getText() {
        return status().clockedIn()
                ? Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "register.in", TIME.format(status().since()))
                : Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "register.out");
    }

    public void clockIn() {
        clock(OperatorRegister.Action.IN, "register.clockedIn");
    }

    public void clockOut() {
        clock(OperatorRegister.Action.OUT, "register.clockedOut");
    }

    private void clock(OperatorRegister.Action action, String done) {
        try {
            status = register.clock(action);
            Messages.add(null, FacesMessage.SEVERITY_INFO, done);
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }
}
