package it.callcenter.reporting.jasper;

import it.callcenter.compliance.CallWindows;
import it.callcenter.reporting.ReportDocument;
import it.callcenter.reporting.ReportFormat;
import it.callcenter.reporting.ReportName;
import it.callcenter.reporting.ReportRenderer;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The report port on JasperReports 7: loads a template compiled at build time ({@code it/callcenter/reports/<name>.jasper}
 * of the callcenter-reports jar, once, then kept), fills it with the document's rows as a map data source, the
 * reader's bundle ({@code $R{…}}), locale (number and date patterns) and the Italian time zone, then exports it. PDF
 * with the embedded DejaVu fonts of jasperreports-fonts. XLSX by Jasper's own OOXML exporter, unpaginated so the
 * rows run on in one sheet, numbers and dates as typed cells; it writes every text as a string cell (never a formula,
 * so a customer's name starting with "=" stays text). A list among the parameters reaches the template as a data
 * source (a chart's own rows).
 */
public final class JasperRenderer implements ReportRenderer {

    static final String TEMPLATES = "/it/callcenter/reports/";
    private static final int SHEET_NAME_MAX = 31;

    private final ConcurrentMap<ReportName, JasperReport> templates = new ConcurrentHashMap<>();

    @Override
    public byte[] render(ReportDocument document, ReportFormat format) {
        JasperReport template = templates.computeIfAbsent(document.report(), JasperRenderer::load);
        Map<String, Object> parameters = new HashMap<>();
        document.parameters().forEach((name, value) -> parameters.put(name, value instanceof Collection<?> rows ? rows(rows) : value));
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, new ReaderBundle(document.labels(), document.locale()));
        parameters.put(JRParameter.REPORT_LOCALE, document.locale());
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(CallWindows.ITALY));
        parameters.put(JRParameter.IS_IGNORE_PAGINATION, format == ReportFormat.XLSX);
        try {
            JasperPrint print = JasperFillManager.fillReport(template, parameters, rows(document.rows()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (format == ReportFormat.PDF) {
                pdf(print, out, title(document));
            } else {
                xlsx(print, out, title(document));
            }
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("Report " + document.report().slug() + " could not be rendered", e);
        }
    }

    private static JasperReport load(ReportName report) {
        String resource = TEMPLATES + report.slug() + ".jasper";
        try (InputStream in = JasperRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Report template missing: " + resource);
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("Report template unreadable: " + resource, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static JRDataSource rows(Collection<?> rows) {
        return new JRMapCollectionDataSource((Collection<Map<String, ?>>) (Collection<?>) List.copyOf(rows));
    }

    private static void pdf(JasperPrint print, ByteArrayOutputStream out, String title) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setDisplayMetadataTitle(true);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    private static void xlsx(JasperPrint print, ByteArrayOutputStream out, String title) throws JRException {
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setRemoveEmptySpaceBetweenColumns(true);
        configuration.setWhitePageBackground(false);
        configuration.setSheetNames(new String[]{sheetName(title)});
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    /** The report's title in the reader's language, for the PDF's metadata and the sheet's name. */
    private static String title(ReportDocument document) {
        String key = "report." + switch (document.report()) {
            case CAMPAIGN_PROGRESS -> "campaignProgress";
            case OPERATOR_PRODUCTIVITY -> "productivity";
            case CONTRACTS -> "contracts";
            case APPOINTMENTS -> "appointments";
            case INTERVIEW_ANSWERS -> "interview";
            case HOURS_WORKED -> "hours";
            case PARTY_CARD -> "partyCard";
            case PRIVACY_FORM -> "privacy";
            case MESSAGE_CAMPAIGN -> "messageCampaign";
        } + ".title";
        try {
            return new ReaderBundle(document.labels(), document.locale()).getString(key);
        } catch (MissingResourceException e) {
            return document.report().slug();
        }
    }

    /** Excel's rules for a sheet's name: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return name.length() > SHEET_NAME_MAX ? name.substring(0, SHEET_NAME_MAX).strip() : name;
    }
}
