package it.callcenter.registry;

import java.io.Serializable;
import java.util.List;

/** A custom field's definition as screens and validation read it. */
public record CustomFieldView(long id, String code, String label, CustomFieldType type, CustomField.AppliesTo appliesTo,
                              boolean required, List<String> choices, boolean active, long version) implements Serializable {

    static CustomFieldView of(CustomField field) {
        return new CustomFieldView(field.getId(), field.getCode(), field.getLabel(), field.getType(), field.getAppliesTo(),
                field.isRequired(), field.choiceList(), field.isActive(), field.getVersion());
    }

    public boolean appliesTo(PartyType partyType) {
        return appliesTo == CustomField.AppliesTo.BOTH || appliesTo.name().equals(partyType.name());
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getType() {
        return type.name();
    }

    public boolean isRequired() {
        return required;
    }

    public List<String> getChoices() {
        return choices;
    }
}
