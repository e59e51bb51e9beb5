package it.callcenter.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.List;

/**
 * A field the administrator adds to the card of persons, companies or both: text, number, date or a choice,
 * optionally required. Its values live in party_custom_value, keyed by the field's id.
 */
@Entity
@Table(name = "custom_field")
@NamedQuery(name = "CustomField.all", query = "SELECT f FROM CustomField f ORDER BY f.position, f.label")
@NamedQuery(name = "CustomField.byCode", query = "SELECT f FROM CustomField f WHERE f.code = :code")
public class CustomField {

    public enum AppliesTo { PERSON, COMPANY, BOTH }

    @Id
    @SequenceGenerator(name = "custom_field_seq", sequenceName = "configuration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_field_seq")
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 80)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private CustomFieldType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", nullable = false, length = 8)
    private AppliesTo appliesTo;

    @Column(nullable = false)
    private boolean required;

    @Column(length = 2000)
    private String choices;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected CustomField() {
    }

    public CustomField(String code, String label, CustomFieldType type, AppliesTo appliesTo, boolean required,
                       List<String> choices, int position) {
        this.code = code;
        this.position = position;
        this.type = type;
        redefine(label, appliesTo, required, choices);
    }

    public void redefine(String newLabel, AppliesTo newAppliesTo, boolean newRequired, List<String> newChoices) {
        this.label = newLabel;
        this.appliesTo = newAppliesTo;
        this.required = newRequired;
        this.choices = newChoices == null || newChoices.isEmpty() ? null : String.join("\n", newChoices);
    }

    public void retire() {
        active = false;
    }

    public boolean appliesTo(PartyType partyType) {
        return appliesTo == AppliesTo.BOTH || appliesTo.name().equals(partyType.name());
    }

    public List<String> choiceList() {
        return choices == null ? List.of() : Arrays.stream(choices.split("\n")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public CustomFieldType getType() {
        return type;
    }

    public AppliesTo getAppliesTo() {
        return appliesTo;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isActive() {
        return active;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }
}
