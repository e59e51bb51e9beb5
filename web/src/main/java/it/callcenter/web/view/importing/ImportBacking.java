package it.callcenter.web.view.importing;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import it.callcenter.importing.DuplicatePolicy;
import it.callcenter.importing.ImportField;
import it.callcenter.importing.ImportFiles;
import it.callcenter.importing.ImportPreview;
import it.callcenter.importing.ImportService;
import it.callcenter.importing.ImportTemplateView;
import it.callcenter.importing.ImportTemplates;
import it.callcenter.registry.RegistrySettings;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A new import: the upload is copied to the imports' directory as it arrives (never held in memory), then its
 * preview and suggested mapping are shown; the user corrects the mapping (or applies a template), chooses what to
 * do with duplicates and starts the job. A file uploaded but never started is deleted when the view ends.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    @EJB
    private ImportService imports;

    @EJB
    private ImportTemplates templates;

    @EJB
    private RegistrySettings settings;

    /** The active custom fields, read once per view: code → label, in the administrator's order. */
    private Map<String, String> customFields;

    private String storedPath;
    private String fileName;
    private ImportPreview preview;
    private List<ColumnChoice> columns = List.of();
    private DuplicatePolicy duplicates = DuplicatePolicy.SKIP;
    private String templateName;

    public void upload(FileUploadEvent event) {
        discard();
        Path stored;
        try (InputStream in = event.getFile().getInputStream()) {
            stored = ImportFiles.store(in);
        } catch (ImportFiles.FileTooLargeException e) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "importing.upload.tooLarge");
            return;
        } catch (IOException e) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "error.INVALID_FORMAT");
            return;
        }
        try {
            ImportPreview shown = imports.preview(stored);
            if (shown.header().isEmpty()) {
                ImportFiles.discard(stored);
                Messages.add(null, FacesMessage.SEVERITY_ERROR, "importing.upload.empty");
                return;
            }
            storedPath = stored.toString();
            fileName = event.getFile().getFileName();
            preview = shown;
            List<ColumnChoice> choices = new ArrayList<>();
            for (int i = 0; i < shown.header().size(); i++) {
                choices.add(new ColumnChoice(i, shown.header().get(i), shown.suggested().get(i)));
            }
            columns = choices;
        } catch (ValidationException e) {
            ImportFiles.discard(stored);
            e.violations().forEach(Messages::add);
        }
    }

    public void saveTemplate() {
        try {
            ImportTemplateView saved = templates.save(templateName, chosen());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "importing.template.saved", saved.name());
            templateName = null;
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public void applyTemplate(ImportTemplateView template) {
        try {
            Map<String, String> chosen = templates.apply(template.id(), headers());
            for (ColumnChoice column : columns) {
                String field = chosen.get(column.getHeader());
                if (field != null) {
                    column.setField(field);
                }
            }
            Messages.add(null, FacesMessage.SEVERITY_INFO, "importing.template.applied", template.name(), chosen.size());
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public void deleteTemplate(ImportTemplateView template) {
        try {
            templates.delete(template.id(), template.version());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "importing.template.deleted", template.name());
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public String start() {
        Set<String> seen = new HashSet<>();
        for (ColumnChoice column : columns) {
            if (!column.getField().isEmpty() && !seen.add(column.getField())) {
                Messages.add(null, FacesMessage.SEVERITY_ERROR, "importing.mapping.twice", fieldLabel(column.getField()));
                return null;
            }
        }
        try {
            long id = imports.submit(fileName, Path.of(storedPath), chosen(), duplicates);
            storedPath = null;
            return "/importing/job?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            Messages.add(e);
            return null;
        }
    }

    /** Header → field name ("" to ignore), every column. */
    private Map<String, String> chosen() {
        Map<String, String> chosen = new LinkedHashMap<>();
        columns.forEach(c -> chosen.put(c.getHeader(), c.getField()));
        return chosen;
    }

    private List<String> headers() {
        return columns.stream().map(ColumnChoice::getHeader).toList();
    }

    @PreDestroy
    void discard() {
        if (storedPath != null) {
            ImportFiles.discard(Path.of(storedPath));
            storedPath = null;
        }
    }

    /** The fields a column can feed: the party's, its consents (with their date and source), the custom fields by label. */
    public List<SelectItem> getFieldOptions() {
        List<SelectItem> options = new ArrayList<>();
        options.add(new SelectItem("", Messages.text(locale(), "importing.mapping.ignore")));
        List<SelectItem> party = new ArrayList<>();
        List<SelectItem> consents = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            boolean consent = field.consent().isPresent() || field == ImportField.consentDate || field == ImportField.consentSource;
            (consent ? consents : party).add(new SelectItem(field.name(), fieldLabel(field.name())));
        }
        options.add(group("importing.fields.party", party));
        options.add(group("importing.fields.consents", consents));
        List<SelectItem> custom = new ArrayList<>();
        customFields().forEach((code, label) -> custom.add(new SelectItem(ImportField.CUSTOM_PREFIX + code, label)));
        if (!custom.isEmpty()) {
            options.add(group("importing.fields.custom", custom));
        }
        return options;
    }

    private static SelectItemGroup group(String key, List<SelectItem> items) {
        SelectItemGroup group = new SelectItemGroup(Messages.text(locale(), key));
        group.setSelectItems(items.toArray(new SelectItem[0]));
        return group;
    }

    private Map<String, String> customFields() {
        if (customFields == null) {
            Map<String, String> labels = new LinkedHashMap<>();
            settings.activeCustomFields().forEach(f -> labels.put(f.code(), f.label()));
            customFields = labels;
        }
        return customFields;
    }

    public List<SelectItem> getDuplicateOptions() {
        List<SelectItem> options = new ArrayList<>();
        for (DuplicatePolicy policy : DuplicatePolicy.values()) {
            options.add(new SelectItem(policy, Messages.text(locale(), "importing.duplicates." + policy.name())));
        }
        return options;
    }

    public List<ImportTemplateView> getTemplates() {
        return templates.all();
    }

    public String getDelimiterLabel() {
        if (preview == null) {
            return "";
        }
        return preview.delimiter() == '\t' ? Messages.text(locale(), "importing.delimiter.tab") : String.valueOf(preview.delimiter());
    }

    private String fieldLabel(String field) {
        if (field.startsWith(ImportField.CUSTOM_PREFIX)) {
            String code = field.substring(ImportField.CUSTOM_PREFIX.length());
            return customFields().getOrDefault(code, code);
        }
        return Messages.text(locale(), "importing.field." + field);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isUploaded() {
        return preview != null && storedPath != null;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public String getFileName() {
        return fileName;
    }

    public List<ColumnChoice> getColumns() {
        return columns;
    }

    public DuplicatePolicy getDuplicates() {
        return duplicates;
    }

    public void setDuplicates(DuplicatePolicy duplicates) {
        this.duplicates = duplicates;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }
}
