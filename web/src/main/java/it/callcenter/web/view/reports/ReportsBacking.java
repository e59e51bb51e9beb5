package it.callcenter.web.view.reports;

import it.callcenter.BusinessException;
import it.callcenter.campaign.CampaignChoice;
import it.callcenter.campaign.CampaignService;
import it.callcenter.reporting.CampaignProgress;
import it.callcenter.reporting.OperatorChoice;
import it.callcenter.reporting.ProductivityRow;
import it.callcenter.reporting.ReportFile;
import it.callcenter.reporting.ReportFormat;
import it.callcenter.reporting.ReportName;
import it.callcenter.reporting.ReportParameters;
import it.callcenter.reporting.Reports;
import it.callcenter.web.i18n.BundleWording;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report screen (SUPERVISOR+, each sees the reports their role may print): the report and its parameters, the
 * download as PDF or Excel (the file is made before the download starts, so a refusal shows as a message on the page),
 * and for campaign progress and productivity the same figures on screen with their chart.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Reports reports;

    @EJB
    private CampaignService campaigns;

    private ReportName report;
    private Long campaign;
    private LocalDate from;
    private LocalDate to;
    private String operator;

    private List<ReportName> available;
    private List<CampaignChoice> campaignChoices;
    private List<OperatorChoice> operatorChoices;

    private CampaignProgress progress;
    private List<OperatorTotal> operatorTotals;
    private String chart;

    /** One operator's figures over the period, as the productivity report's operator totals. */
    public record OperatorTotal(String operator, String name, long calls, String talkTime, long contacts, long contracts,
                                long appointments) implements Serializable {
    }

    @PostConstruct
    void init() {
        available = reports.available().stream().filter(r -> !r.aboutParty()).toList();
        report = available.isEmpty() ? null : available.get(0);
        campaignChoices = campaigns.choices();
        operatorChoices = available.contains(ReportName.OPERATOR_PRODUCTIVITY) ? reports.operators() : List.of();
    }

    public void reportChanged() {
        clearFigures();
    }

    /** The figures of the chosen report on screen, with their chart (campaign progress and productivity). */
    public void show() {
        clearFigures();
        try {
            if (report == ReportName.CAMPAIGN_PROGRESS) {
                progress = reports.campaignProgress(parameters(), locale());
                chart = ReportCharts.campaignProgress(progress, text("report.campaignProgress.attempts"),
                        text("report.campaignProgress.entriesByOutcome"));
            } else if (report == ReportName.OPERATOR_PRODUCTIVITY) {
                List<ProductivityRow> rows = reports.productivity(parameters());
                operatorTotals = totals(rows);
                chart = ReportCharts.productivity(rows, text("report.productivity.calls"), text("report.productivity.contacts"),
                        text("report.productivity.contracts"), text("report.productivity.appointments"));
            }
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    public StreamedContent getPdf() {
        return download(ReportFormat.PDF);
    }

    public StreamedContent getXlsx() {
        return download(ReportFormat.XLSX);
    }

    private StreamedContent download(ReportFormat format) {
        try {
            ReportFile file = reports.print(report, format, parameters(), new BundleWording(locale()));
            return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                    .contentLength((long) file.content().length)
                    .stream(() -> new ByteArrayInputStream(file.content())).build();
        } catch (BusinessException e) {
            Messages.add(e);
            return null;
        }
    }

    private static List<OperatorTotal> totals(List<ProductivityRow> rows) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ProductivityRow row : rows) {
            long[] s = sums.computeIfAbsent(row.operator(), o -> new long[5]);
            names.put(row.operator(), row.operatorName());
            s[0] += row.calls();
            s[1] += row.talkSeconds();
            s[2] += row.contacts();
            s[3] += row.contracts();
            s[4] += row.appointments();
        }
        List<OperatorTotal> totals = new ArrayList<>();
        sums.forEach((operator, s) -> totals.add(new OperatorTotal(operator, names.get(operator), s[0], ProductivityRow.clock(s[1]),
                s[2], s[3], s[4])));
        return totals;
    }

    private ReportParameters parameters() {
        return new ReportParameters(campaign, from, to, report == ReportName.OPERATOR_PRODUCTIVITY ? operator : null, null);
    }

    private void clearFigures() {
        progress = null;
        operatorTotals = null;
        chart = null;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String text(String key) {
        return Messages.text(locale(), key);
    }

    public boolean isChartable() {
        return report == ReportName.CAMPAIGN_PROGRESS || report == ReportName.OPERATOR_PRODUCTIVITY;
    }

    public boolean isCampaignRequired() {
        return report == ReportName.CAMPAIGN_PROGRESS;
    }

    public boolean isProductivity() {
        return report == ReportName.OPERATOR_PRODUCTIVITY;
    }

    public List<ReportName> getAvailable() {
        return available;
    }

    public List<CampaignChoice> getCampaignChoices() {
        return campaignChoices;
    }

    public List<OperatorChoice> getOperatorChoices() {
        return operatorChoices;
    }

    public CampaignProgress getProgress() {
        return progress;
    }

    public List<OperatorTotal> getOperatorTotals() {
        return operatorTotals;
    }

    public String getChart() {
        return chart;
    }

    public ReportName getReport() {
        return report;
    }

    public void setReport(ReportName report) {
        this.report = report;
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }
}
