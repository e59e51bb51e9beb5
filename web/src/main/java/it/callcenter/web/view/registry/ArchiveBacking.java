package it.callcenter.web.view.registry;

import it.callcenter.geography.ComuneView;
import it.callcenter.registry.ArchiveExporter;
import it.callcenter.registry.CustomFieldView;
import it.callcenter.registry.PartyFinder;
import it.callcenter.registry.RegistrySettings;
import it.callcenter.registry.PartySearch;
import it.callcenter.registry.PartySummary;
import it.callcenter.registry.PartyType;
import it.callcenter.registry.export.ExportFormat;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The archive (schedario): type switch, one search box, filters, the lazy table with its total, and the export of the
 * current search (CSV, Excel), written straight into the response by the service as it reads the rows.
 */
@Named
@ViewScoped
public class ArchiveBacking implements Serializable {

    @EJB
    private PartyFinder finder;

    private String type = "";
    private String q;
    private String province;
    private String interest;
    private ComuneView comune;
    private String customField;
    private String customValue;
    private List<CustomFieldView> customFields = List.of();
    private PartyLazyModel model;

    @EJB
    private RegistrySettings settings;

    @EJB
    private ArchiveExporter exporter;

    @PostConstruct
    void init() {
        model = new PartyLazyModel(finder, this::criteria);
        customFields = settings.activeCustomFields();
    }

    /** How many parties the search finds, worded: "3.000 anagrafiche". */
    public String getTotalText() {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "registry.archive.total",
                model.getTotal());
    }

    /** The comune as every screen writes it: "Roma (RM)". */
    public String comune(PartySummary row) {
        return ComuneView.label(row.comune(), row.provinceAbbr());
    }

    public StreamedContent getCsvExport() {
        return export(ExportFormat.CSV);
    }

    public StreamedContent getXlsxExport() {
        return export(ExportFormat.XLSX);
    }

    private StreamedContent export(ExportFormat format) {
        return DefaultStreamedContent.builder()
                .name(format.fileName(LocalDate.now(ZoneId.of("Europe/Rome"))))
                .contentType(format.contentType())
                .writer(out -> write(format, out))
                .build();
    }

    private void write(ExportFormat format, OutputStream out) {
        try {
            exporter.export(criteria(), format.name(), format.open(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PartySearch criteria() {
        return new PartySearch(q, type == null || type.isEmpty() ? null : PartyType.valueOf(type), null, province,
                comune == null ? null : comune.istatCode(), interest, customField, customValue);
    }

    public ComuneView getComune() {
        return comune;
    }

    public void setComune(ComuneView comune) {
        this.comune = comune;
    }

    public String getCustomField() {
        return customField;
    }

    public void setCustomField(String customField) {
        this.customField = customField;
    }

    public String getCustomValue() {
        return customValue;
    }

    public void setCustomValue(String customValue) {
        this.customValue = customValue;
    }

    public List<CustomFieldView> getCustomFields() {
        return customFields;
    }

    public PartyLazyModel getModel() {
        return model;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getInterest() {
        return interest;
    }

    public void setInterest(String interest) {
        this.interest = interest;
    }
}
