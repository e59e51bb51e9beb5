package it.callcenter.registry;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import it.callcenter.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The administrator's lists and custom fields of the registry: read by everyone, changed by an ADMIN. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RegistrySettings {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,39}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CustomFieldMemory memory;

    @PermitAll
    public List<String> activeValues(ListName list) {
        return values(list).stream().filter(ListValue::isActive).map(ListValue::getLabel).toList();
    }

    public List<ListValue> values(ListName list) {
        return em.createNamedQuery("ListValue.byList", ListValue.class).setParameter("list", list).getResultList();
    }

    public void addValue(ListName list, String label) {
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty()) {
            throw new BusinessException("label", "REQUIRED");
        }
        if (clean.length() > ListValue.LABEL_MAX) {
            throw new BusinessException("label", "TOO_LONG", ListValue.LABEL_MAX);
        }
        if (values(list).stream().anyMatch(v -> v.getLabel().equalsIgnoreCase(clean))) {
            throw new BusinessException("label", "VALUE_EXISTS", clean);
        }
        em.persist(new ListValue(list, clean, values(list).size() + 1));
    }

    public void setValueActive(long id, boolean active) {
        ListValue value = em.find(ListValue.class, id);
        if (value == null) {
            throw new NotFoundException("list value " + id);
        }
        if (active) {
            value.restore();
        } else {
            value.retire();
        }
    }

    @PermitAll
    public List<CustomFieldView> activeCustomFields() {
        return customFields().stream().filter(CustomFieldView::active).toList();
    }

    @PermitAll
    public List<CustomFieldView> customFields() {
        return em.createNamedQuery("CustomField.all", CustomField.class).getResultStream().map(CustomFieldView::of).toList();
    }

    /** {@link #customFields()} at most a second old on another server (see {@link CustomFieldMemory}): for the party card. */
    @PermitAll
    public List<CustomFieldView> customFieldsForCards() {
        return memory.fields(this::customFields);
    }

    public CustomFieldView defineCustomField(String code, String label, CustomFieldType type, CustomField.AppliesTo appliesTo,
                                             boolean required, List<String> choices) {
        String cleanCode = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(cleanCode).matches()) {
            throw new BusinessException("code", "CUSTOM_FIELD_CODE_INVALID");
        }
        if (!em.createNamedQuery("CustomField.byCode", CustomField.class).setParameter("code", cleanCode).getResultList().isEmpty()) {
            throw new BusinessException("code", "CUSTOM_FIELD_CODE_TAKEN", cleanCode);
        }
        if (type == null) {
            throw new BusinessException("type", "REQUIRED");
        }
        CustomField field = new CustomField(cleanCode, label(label), type, appliesTo == null ? CustomField.AppliesTo.BOTH : appliesTo,
                required, choices(type, choices), customFields().size() + 1);
        em.persist(field);
        em.flush();
        memory.changed();
        return CustomFieldView.of(field);
    }

    public CustomFieldView redefineCustomField(long id, long version, String label, CustomField.AppliesTo appliesTo,
                                               boolean required, List<String> choices) {
        CustomField field = current(id, version);
        memory.changed();
        field.redefine(label(label), appliesTo == null ? CustomField.AppliesTo.BOTH : appliesTo, required,
                choices(field.getType(), choices));
        em.flush();
        return CustomFieldView.of(field);
    }

    public void retireCustomField(long id, long version) {
        current(id, version).retire();
        memory.changed();
    }

    private CustomField current(long id, long version) {
        CustomField field = em.find(CustomField.class, id);
        if (field == null) {
            throw new NotFoundException("custom field " + id);
        }
        if (field.getVersion() != version) {
            throw new StaleVersionException("custom field " + id);
        }
        return field;
    }

    private static String label(String label) {
        if (label == null || label.isBlank()) {
            throw new BusinessException("label", "REQUIRED");
        }
        if (label.strip().length() > 80) {
            throw new BusinessException("label", "TOO_LONG", 80);
        }
        return label.strip();
    }

    private static List<String> choices(CustomFieldType type, List<String> choices) {
        List<String> clean = choices == null ? List.of() : choices.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        if (type == CustomFieldType.CHOICE && clean.isEmpty()) {
            throw new BusinessException("choices", "CHOICES_REQUIRED");
        }
        return type == CustomFieldType.CHOICE ? clean : List.of();
    }
}
