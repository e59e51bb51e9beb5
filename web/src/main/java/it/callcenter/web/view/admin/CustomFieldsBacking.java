package it.callcenter.web.view.admin;

import it.callcenter.BusinessException;
import it.callcenter.registry.CustomField;
import it.callcenter.registry.CustomFieldType;
import it.callcenter.registry.CustomFieldView;
import it.callcenter.registry.RegistrySettings;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Custom fields of the registry: define (text, number, date, choice), change, retire. */
@Named
@ViewScoped
public class CustomFieldsBacking implements Serializable {

    @EJB
    private RegistrySettings settings;

    private Long id;
    private long version;
    private String code;
    private String label;
    private CustomFieldType type = CustomFieldType.TEXT;
    private CustomField.AppliesTo appliesTo = CustomField.AppliesTo.BOTH;
    private boolean required;
    private String choices;

    public List<CustomFieldView> getFields() {
        return settings.customFields();
    }

    public void startCreate() {
        id = null;
        code = null;
        label = null;
        type = CustomFieldType.TEXT;
        appliesTo = CustomField.AppliesTo.BOTH;
        required = false;
        choices = null;
    }

    public void startEdit(CustomFieldView field) {
        id = field.id();
        version = field.version();
        code = field.code();
        label = field.label();
        type = field.type();
        appliesTo = field.appliesTo();
        required = field.required();
        choices = String.join("\n", field.choices());
    }

    public void save() {
        List<String> choiceList = choices == null || !isChoiceType() ? List.of() : Arrays.asList(choices.split("\\R"));
        try {
            if (id == null) {
                settings.defineCustomField(code, label, type, appliesTo, required, choiceList);
            } else {
                settings.redefineCustomField(id, version, label, appliesTo, required, choiceList);
            }
            Messages.add(null, FacesMessage.SEVERITY_INFO, "customFields.saved", label.strip());
            PrimeFaces.current().executeScript("PF('fieldDialog').hide()");
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    public void retire(CustomFieldView field) {
        try {
            settings.retireCustomField(field.id(), field.version());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "customFields.retired", field.label());
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public CustomFieldType[] getTypes() {
        return CustomFieldType.values();
    }

    public CustomField.AppliesTo[] getTargets() {
        return CustomField.AppliesTo.values();
    }

    /** The choices are asked for only when the field is a choice. */
    public boolean isChoiceType() {
        return type == CustomFieldType.CHOICE;
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public CustomFieldType getType() {
        return type;
    }

    public void setType(CustomFieldType type) {
        this.type = type;
    }

    public CustomField.AppliesTo getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(CustomField.AppliesTo appliesTo) {
        this.appliesTo = appliesTo;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = choices;
    }
}
