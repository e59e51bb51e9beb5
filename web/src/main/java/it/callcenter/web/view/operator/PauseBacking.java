package it.callcenter.web.view.operator;

import it.callcenter.BusinessException;
import it.callcenter.queue.OperatorPresence;
import it.callcenter.queue.PauseReason;
import it.callcenter.telephony.OperatorPause;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The operator's pause on the workstation's call bar (WEB-INF/includes/ws-call.xhtml): a reason and "Metti in pausa"
 * (the board and the PBX's queue, {@link OperatorPause}), then "Riprendi il lavoro". Nobody is dialled meanwhile.
 */
@Named
@ViewScoped
public class PauseBacking implements Serializable {

    @EJB
    private OperatorPause pauses;

    @EJB
    private OperatorPresence presence;

    @Inject
    private WorkstationBacking workstation;

    private PauseReason reason = PauseReason.BREAK;
    private boolean paused;
    private String error;

    @PostConstruct
    void init() {
        paused = presence.isPaused(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    public void pause() {
        error = null;
        try {
            pauses.pause(reason == null ? null : reason.name());
            paused = true;
        } catch (BusinessException e) {
            error = CallBarBacking.words(e);
        }
    }

    public void resume() {
        error = null;
        try {
            pauses.resume();
            paused = false;
            workstation.resumed();
        } catch (BusinessException e) {
            error = CallBarBacking.words(e);
        }
    }

    public boolean isPaused() {
        return paused;
    }

    public PauseReason getReason() {
        return reason;
    }

    public void setReason(PauseReason reason) {
        this.reason = reason;
    }

    public PauseReason[] getReasons() {
        return PauseReason.values();
    }

    public String getError() {
        return error;
    }
}
