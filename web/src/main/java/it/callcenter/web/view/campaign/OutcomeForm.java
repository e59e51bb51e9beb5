package it.callcenter.web.view.campaign;

import it.callcenter.campaign.OutcomeKind;
import it.callcenter.campaign.OutcomeRules;
import it.callcenter.campaign.OutcomeView;

import java.io.Serializable;

/** An outcome as its dialog edits it: a new one (no id) or one read at {@code version}. */
public class OutcomeForm implements Serializable {

    private Long id;
    private long version;
    private String code;
    private String labelIt;
    private String labelEn;
    private OutcomeKind kind = OutcomeKind.FINAL;
    private int retryDelayMinutes;
    private boolean countsAsContact;
    private boolean countsAsSuccess;
    private String shortcut;
    private int position;
    private boolean active = true;

    static OutcomeForm of(OutcomeView o) {
        OutcomeForm form = new OutcomeForm();
        form.id = o.id();
        form.version = o.version();
        form.code = o.code();
        form.labelIt = o.labelIt();
        form.labelEn = o.labelEn();
        form.kind = o.kind();
        form.retryDelayMinutes = o.retryDelayMinutes();
        form.countsAsContact = o.countsAsContact();
        form.countsAsSuccess = o.countsAsSuccess();
        form.shortcut = o.shortcut();
        form.position = o.position();
        form.active = o.active();
        return form;
    }

    OutcomeRules rules() {
        return new OutcomeRules(labelIt, labelEn, kind, retryDelayMinutes, countsAsContact, countsAsSuccess, shortcut,
                position, active);
    }

    public boolean isNew() {
        return id == null;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabelIt() {
        return labelIt;
    }

    public void setLabelIt(String labelIt) {
        this.labelIt = labelIt;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public void setKind(OutcomeKind kind) {
        this.kind = kind;
    }

    public int getRetryDelayMinutes() {
        return retryDelayMinutes;
    }

    public void setRetryDelayMinutes(int retryDelayMinutes) {
        this.retryDelayMinutes = retryDelayMinutes;
    }

    public boolean isCountsAsContact() {
        return countsAsContact;
    }

    public void setCountsAsContact(boolean countsAsContact) {
        this.countsAsContact = countsAsContact;
    }

    public boolean isCountsAsSuccess() {
        return countsAsSuccess;
    }

    public void setCountsAsSuccess(boolean countsAsSuccess) {
        this.countsAsSuccess = countsAsSuccess;
    }

    public String getShortcut() {
        return shortcut;
    }

    public void setShortcut(String shortcut) {
        this.shortcut = shortcut;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
