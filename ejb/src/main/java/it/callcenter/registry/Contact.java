package it.callcenter.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One contact of a party. Phones are stored in E.164; {@code searchKey} is what searches and duplicate
 * checks compare (E.164 for phones, lower case for the rest).
 */
@Embeddable
public class Contact {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ContactKind kind;

    @Column(nullable = false, length = 254)
    private String value;

    @Column(name = "search_key", nullable = false, length = 254)
    private String searchKey;

    @Column(length = 40)
    private String carrier;

    @Column(name = "email_consent", nullable = false)
    private boolean emailConsent;

    @Column(length = 80)
    private String label;

    protected Contact() {
    }

    Contact(ContactKind kind, String value, String searchKey, String carrier, boolean emailConsent) {
        this(kind, value, searchKey, carrier, emailConsent, null);
    }

    Contact(ContactKind kind, String value, String searchKey, String carrier, boolean emailConsent, String label) {
        this.label = label;
        this.kind = kind;
        this.value = value;
        this.searchKey = searchKey;
        this.carrier = carrier;
        this.emailConsent = emailConsent;
    }

    public ContactKind getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }

    public String getSearchKey() {
        return searchKey;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getLabel() {
        return label;
    }

    Contact labelled(String newLabel) {
        return new Contact(kind, value, searchKey, carrier, emailConsent, newLabel);
    }

    public boolean isEmailConsent() {
        return emailConsent;
    }
}
