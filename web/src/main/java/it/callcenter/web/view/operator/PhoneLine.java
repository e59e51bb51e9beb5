package it.callcenter.web.view.operator;

import it.callcenter.registry.ContactKind;

import java.io.Serializable;

/** One phone number on the compact card: its kind, the number as typed, and what the card keeps unchanged. */
public class PhoneLine implements Serializable {

    private ContactKind kind;
    private String value;
    private final String carrier;
    private final String label;

    PhoneLine(ContactKind kind, String value, String carrier, String label) {
        this.kind = kind;
        this.value = value;
        this.carrier = carrier;
        this.label = label;
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

    String carrier() {
        return carrier;
    }

    public String getLabel() {
        return label;
    }

    boolean isBlank() {
        return value == null || value.isBlank();
    }
}
