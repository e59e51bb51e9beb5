package it.callcenter.web.view.registry;

import it.callcenter.registry.ContactKind;

import java.io.Serializable;

/** One editable line of the contacts editor. */
public class ContactRow implements Serializable {

    private ContactKind kind;
    private String value;
    private String carrier;
    private boolean emailConsent;
    private String label;

    public ContactRow() {
    }

    ContactRow(ContactKind kind, String value, String carrier, boolean emailConsent, String label) {
        this(kind, value, carrier, emailConsent);
        this.label = label;
    }

    ContactRow(ContactKind kind, String value, String carrier, boolean emailConsent) {
        this.kind = kind;
        this.value = value;
        this.carrier = carrier;
        this.emailConsent = emailConsent;
    }

    public ContactKind getKind() {
        return kind;
    }

    public void setKind(ContactKind kind) {
        this.kind = kind;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public boolean isEmailConsent() {
        return emailConsent;
    }

    public void setEmailConsent(boolean emailConsent) {
        this.emailConsent = emailConsent;
    }
}
