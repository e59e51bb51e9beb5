package it.callcenter.web.view.campaign;

import it.callcenter.BusinessException;
import it.callcenter.campaign.CampaignChoice;
import it.callcenter.campaign.CampaignExporter;
import it.callcenter.campaign.EntryState;
import it.callcenter.campaign.PromiseRule;
import it.callcenter.campaign.PromiseRules;
import it.callcenter.registry.export.ExportFormat;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The campaign's rule for the contact promise on its page (another campaign, after how many months), and the export of
 * its entries with the interview's answers (CSV, Excel).
 */
@Named
@ViewScoped
public class CampaignPromiseBacking implements Serializable {

    @EJB
    private PromiseRules rules;

    @EJB
    private CampaignExporter exporter;

    @Inject
    private CampaignBacking campaign;

    private Long targetCampaignId;
    private Integer months;
    private List<CampaignChoice> targets;
    private boolean read;

    private void read() {
        if (!read) {
            PromiseRule rule = rules.of(campaign.getId());
            targetCampaignId = rule.targetCampaignId();
            months = rule.months();
            read = true;
        }
    }

    public void save() {
        try {
            PromiseRule saved = rules.change(campaign.getId(),
                    targetCampaignId == null ? PromiseRule.NONE : new PromiseRule(targetCampaignId, months));
            targetCampaignId = saved.targetCampaignId();
            months = saved.months();
            Messages.add(null, FacesMessage.SEVERITY_INFO, "campaign.promise.saved");
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    public List<CampaignChoice> getTargets() {
        if (targets == null) {
            targets = rules.targets().stream().filter(c -> c.id() != campaign.getId()).toList();
        }
        return targets;
    }

    public StreamedContent getCsvExport() {
        return export(ExportFormat.CSV);
    }

    public StreamedContent getXlsxExport() {
        return export(ExportFormat.XLSX);
    }

    private StreamedContent export(ExportFormat format) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        long id = campaign.getId();
        return DefaultStreamedContent.builder()
                .name("campagna-" + id + "-" + LocalDate.now(it.callcenter.compliance.CallWindows.ITALY) + "."
                        + format.name().toLowerCase(Locale.ROOT))
                .contentType(format.contentType())
                .writer(out -> write(id, format, locale, out))
                .build();
    }

    private void write(long id, ExportFormat format, Locale locale, OutputStream out) {
        List<String> headers = CampaignExporter.COLUMNS.stream().map(c -> Messages.text(locale, "campaign.export." + c)).toList();
        Map<String, String> states = new java.util.HashMap<>(Arrays.stream(EntryState.values())
                .collect(Collectors.toMap(Enum::name, s -> Messages.text(locale, "campaign.entryState." + s.name()))));
        states.put("YES", Messages.text(locale, "workstation.interview.YES"));
        states.put("NO", Messages.text(locale, "workstation.interview.NO"));
        try {
            exporter.export(id, headers, states, format.name(), format.open(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Long getTargetCampaignId() {
        read();
        return targetCampaignId;
    }

    public void setTargetCampaignId(Long targetCampaignId) {
        this.targetCampaignId = targetCampaignId;
    }

    public Integer getMonths() {
        read();
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }
}
