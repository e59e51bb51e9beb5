package it.callcenter.reporting;

import it.callcenter.ForbiddenException;
import it.callcenter.NotFoundException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditLog;
import it.callcenter.compliance.CallWindows;
import it.callcenter.geography.ComuneView;
import it.callcenter.geography.GeographyService;
import it.callcenter.platform.Rows;
import it.callcenter.registry.CustomFieldView;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartyTimeline;
import it.callcenter.registry.PartyView;
import it.callcenter.registry.RegistrySettings;
import it.callcenter.reporting.jasper.JasperRenderer;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints the reports (one use case: {@link #print}) and hands the screens the same figures for their charts. Each
 * call checks that the caller may have that report ({@link ReportName}: 403 otherwise), validates its parameters
 * (422; an unknown campaign, operator or a party the caller may not see: 404), reads the figures with one statement,
 * renders them through the {@link ReportRenderer} port and writes an audit entry in the same transaction
 * ({@code REPORT}: which report, format, parameters, rows). A detail report longer than {@value #MAX_ROWS} rows is
 * refused (422 {@code REPORT_TOO_MANY_ROWS}): nobody reads it on paper; a shorter period does.
 */
@Stateless
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class Reports {

    public static final String AUDIT_TYPE = "REPORT";
    public static final int MAX_ROWS = 20_000;
    private static final ReportRenderer RENDERER = new JasperRenderer();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(CallWindows.ITALY);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditLog audit;

    @EJB
    private PartyService parties;

    @EJB
    private PartyTimeline timeline;

    @EJB
    private GeographyService geography;

    @EJB
    private RegistrySettings settings;

    /** The reports the caller may print, in the order a screen offers them. */
    public List<ReportName> available() {
        return List.of(ReportName.values()).stream().filter(ReportName::listed).filter(this::mayPrint).toList();
    }

    /** The users who take calls (role OPERATOR), by name: whose productivity a manager may print alone. */
    public List<OperatorChoice> operators() {
        if (!mayPrint(ReportName.OPERATOR_PRODUCTIVITY)) {
            throw new ForbiddenException(null, "REPORT_FORBIDDEN");
        }
        return Rows.of(em.createNativeQuery("SELECT u.username, coalesce(u.full_name, u.username) FROM app_user u"
                        + " WHERE EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = 'OPERATOR')"
                        + " ORDER BY 2, 1")).stream()
                .map(r -> new OperatorChoice((String) r[0], (String) r[1])).toList();
    }

    /** The report as a file in the caller's language; audited. */
    public ReportFile print(ReportName report, ReportFormat format, ReportParameters parameters, ReportWording words) {
        ReportPeriod period = allowed(report, parameters);
        ReportDocument document = switch (report) {
            case CAMPAIGN_PROGRESS -> campaignProgressDocument(parameters, period, words);
            case OPERATOR_PRODUCTIVITY -> productivityDocument(parameters, period, words);
            case CONTRACTS -> listDocument(report, ContractsSql.read(em, period, campaign(parameters), MAX_ROWS + 1),
                    parameters, period, words);
            case APPOINTMENTS -> listDocument(report, AppointmentsSql.read(em, period, campaign(parameters), MAX_ROWS + 1, words),
                    parameters, period, words);
            case INTERVIEW_ANSWERS -> interviewDocument(parameters, period, words);
            case HOURS_WORKED -> hoursWorkedDocument(parameters, period, words);
            case PARTY_CARD -> partyCardDocument(parameters.party(), words);
            case PRIVACY_FORM -> privacyFormDocument(parameters.party(), words);
            case MESSAGE_CAMPAIGN -> throw new it.callcenter.NotFoundException("report " + report.slug());
        };
        byte[] content = RENDERER.render(document, format);
        audit.record(AUDIT_TYPE, auditedId(report, parameters), AuditEntry.Action.EXPORT,
                auditFields(report, format, parameters, period, document.rows().size()), caller());
        return new ReportFile(fileName(report, format, parameters), format.contentType(), content);
    }

    /** A campaign's progress, as the screen charts it (the report's figures). */
    public CampaignProgress campaignProgress(ReportParameters parameters, java.util.Locale locale) {
        ReportPeriod period = allowed(ReportName.CAMPAIGN_PROGRESS, parameters);
        return CampaignProgressSql.read(em, parameters.campaign(), campaignName(parameters.campaign()), period, locale);
    }

    /** Operator productivity, as the screen charts it (the report's rows). */
    public List<ProductivityRow> productivity(ReportParameters parameters) {
        ReportPeriod period = allowed(ReportName.OPERATOR_PRODUCTIVITY, parameters);
        return productivityRows(parameters, period);
    }

    /** The days' totals of productivity rows, in day order: the chart's figures, on paper and on screen. */
    public static List<ProductivityRow> days(List<ProductivityRow> rows) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (ProductivityRow row : rows) {
            long[] sums = days.computeIfAbsent(row.day(), d -> new long[5]);
            sums[0] += row.calls();
            sums[1] += row.talkSeconds();
            sums[2] += row.contacts();
            sums[3] += row.contracts();
            sums[4] += row.appointments();
        }
        List<ProductivityRow> totals = new ArrayList<>();
        days.forEach((day, s) -> totals.add(new ProductivityRow(null, null, day, s[0], s[1], s[2], s[3], s[4])));
        return totals;
    }

    private ReportPeriod allowed(ReportName report, ReportParameters parameters) {
        if (!mayPrint(report)) {
            throw new ForbiddenException(null, "REPORT_FORBIDDEN");
        }
        ReportPeriod period = parameters.validate(report, LocalDate.now(CallWindows.ITALY));
        if (parameters.campaign() != null && !report.aboutParty()) {
            campaignName(parameters.campaign());
        }
        if (parameters.operator() != null && (report == ReportName.OPERATOR_PRODUCTIVITY || report == ReportName.HOURS_WORKED)) {
            operatorName(parameters.operator());
        }
        return period;
    }

    private boolean mayPrint(ReportName report) {
        return report.mayBePrintedBy(session::isCallerInRole);
    }

    private ReportDocument campaignProgressDocument(ReportParameters parameters, ReportPeriod period, ReportWording words) {
        CampaignProgress progress = CampaignProgressSql.read(em, parameters.campaign(), campaignName(parameters.campaign()),
                period, words.locale());
        Map<String, Object> values = common(parameters, period, words);
        values.put("entriesTotal", progress.entries());
        values.put("entriesOpen", progress.open());
        values.put("entriesHeld", progress.held());
        values.put("entriesCallback", progress.callback());
        values.put("entriesDone", progress.done());
        values.put("attempts", progress.attempts());
        values.put("contacts", progress.contacts());
        values.put("successes", progress.successes());
        putIfPresent(values, "contactRate", progress.contactRate());
        putIfPresent(values, "successRate", progress.successRate());
        long attempts = progress.attempts();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OutcomeFigures outcome : progress.outcomes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("outcome", outcome.label());
            row.put("entries", outcome.entries());
            row.put("attempts", outcome.attempts());
            row.put("share", CampaignProgress.ratio(outcome.attempts(), attempts));
            row.put("contacts", outcome.contacts());
            row.put("successes", outcome.successes());
            rows.add(row);
        }
        return new ReportDocument(ReportName.CAMPAIGN_PROGRESS, values, rows, words.labels(), words.locale());
    }

    private ReportDocument productivityDocument(ReportParameters parameters, ReportPeriod period, ReportWording words) {
        List<ProductivityRow> found = productivityRows(parameters, period);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProductivityRow r : found) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("operator", r.operator());
            row.put("operatorName", r.operatorName());
            row.put("day", Date.valueOf(r.day()));
            row.put("calls", r.calls());
            row.put("talkSeconds", r.talkSeconds());
            row.put("talkTime", ProductivityRow.clock(r.talkSeconds()));
            row.put("contacts", r.contacts());
            row.put("contracts", r.contracts());
            row.put("appointments", r.appointments());
            row.put("contactRate", r.contactRate());
            rows.add(row);
        }
        List<Map<String, Object>> days = new ArrayList<>();
        for (ProductivityRow d : days(found)) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("day", SHORT_DAY.format(d.day()));
            day.put("calls", d.calls());
            day.put("contacts", d.contacts());
            day.put("contracts", d.contracts());
            day.put("appointments", d.appointments());
            days.add(day);
        }
        Map<String, Object> values = common(parameters, period, words);
        values.put("days", days);
        return new ReportDocument(ReportName.OPERATOR_PRODUCTIVITY, values, rows, words.labels(), words.locale());
    }

    /** Hours worked, pauses by reason and talk time per operator and day (the operators' register). */
    private ReportDocument hoursWorkedDocument(ReportParameters parameters, ReportPeriod period, ReportWording words) {
        List<HoursWorkedSql.Row> found = HoursWorkedSql.read(em, period, parameters.operator(), MAX_ROWS + 1);
        if (found.size() > MAX_ROWS) {
            throw new TooManyRowsException(MAX_ROWS);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HoursWorkedSql.Row r : found) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("operator", r.operator());
            row.put("operatorName", r.operatorName());
            row.put("day", Date.valueOf(r.day()));
            row.put("clockedSeconds", r.clockedSeconds());
            row.put("clocked", ProductivityRow.clock(r.clockedSeconds()));
            row.put("pausedSeconds", r.pausedSeconds());
            row.put("paused", ProductivityRow.clock(r.pausedSeconds()));
            row.put("workedSeconds", r.workedSeconds());
            row.put("worked", ProductivityRow.clock(r.workedSeconds()));
            row.put("pauses", pausesText(r.pauses(), words));
            row.put("talkSeconds", r.talkSeconds());
            row.put("talkTime", ProductivityRow.clock(r.talkSeconds()));
            rows.add(row);
        }
        return new ReportDocument(ReportName.HOURS_WORKED, common(parameters, period, words, false), rows, words.labels(),
                words.locale());
    }

    /** "LUNCH=2700,BREAK=600" as the reader reads it: "Pranzo 0:45:00, Pausa 0:10:00". */
    static String pausesText(String pauses, ReportWording words) {
        if (pauses == null || pauses.isBlank()) {
            return "";
        }
        StringJoiner text = new StringJoiner(", ");
        for (String pair : pauses.split(",")) {
            int eq = pair.lastIndexOf('=');
            String reason = pair.substring(0, eq);
            String label = words.text("pause.reason." + reason);
            text.add((label.equals("pause.reason." + reason) ? reason : label) + " "
                    + ProductivityRow.clock(Long.parseLong(pair.substring(eq + 1))));
        }
        return text.toString();
    }

    private List<ProductivityRow> productivityRows(ReportParameters parameters, ReportPeriod period) {
        List<ProductivityRow> rows = ProductivitySql.read(em, period, parameters.campaign(), parameters.operator(), MAX_ROWS + 1);
        if (rows.size() > MAX_ROWS) {
            throw new TooManyRowsException(MAX_ROWS);
        }
        return rows;
    }

    private ReportDocument listDocument(ReportName report, List<Map<String, Object>> rows, ReportParameters parameters,
                                        ReportPeriod period, ReportWording words) {
        if (rows.size() > MAX_ROWS) {
            throw new TooManyRowsException(MAX_ROWS);
        }
        return new ReportDocument(report, common(parameters, period, words), rows, words.labels(), words.locale());
    }

    private ReportDocument interviewDocument(ReportParameters parameters, ReportPeriod period, ReportWording words) {
        List<Map<String, Object>> rows = InterviewAnswersSql.read(em, parameters.campaign(), period, MAX_ROWS + 1, words);
        if (rows.size() > MAX_ROWS) {
            throw new TooManyRowsException(MAX_ROWS);
        }
        Map<String, Object> values = common(parameters, period, words);
        values.put("interviewed", InterviewAnswersSql.interviewed(em, parameters.campaign(), period));
        return new ReportDocument(ReportName.INTERVIEW_ANSWERS, values, rows, words.labels(), words.locale());
    }

    private ReportDocument partyCardDocument(long partyId, ReportWording words) {
        PartyView party = parties.find(partyId);
        PartyPapers papers = papers(party, words);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("partyName", party.displayName());
        values.put("printed", printed(words));
        return new ReportDocument(ReportName.PARTY_CARD, values,
                papers.cardRows(timeline.of(partyId, PartyPapers.TIMELINE_EVENTS)), words.labels(), words.locale());
    }

    private ReportDocument privacyFormDocument(long partyId, ReportWording words) {
        PartyView party = parties.find(partyId);
        PartyPapers papers = papers(party, words);
        Map<String, Object> values = new LinkedHashMap<>();
        papers.formParameters().forEach((name, value) -> putIfPresent(values, name, value));
        values.put("printed", printed(words));
        return new ReportDocument(ReportName.PRIVACY_FORM, values, papers.formRows(), words.labels(), words.locale());
    }

    private PartyPapers papers(PartyView party, ReportWording words) {
        Map<String, String> labels = settings.customFields().stream()
                .collect(Collectors.toMap(CustomFieldView::code, CustomFieldView::label, (a, b) -> a));
        return new PartyPapers(party, words, istat -> geography.findByIstatCode(istat)
                .map(c -> ComuneView.label(c.name(), c.provinceAbbr())).orElse(istat), labels);
    }

    /** The heading every management report carries: what it covers, when and by whom it was printed. */
    private Map<String, Object> common(ReportParameters parameters, ReportPeriod period, ReportWording words) {
        return common(parameters, period, words, true);
    }

    /** The heading; {@code aboutCampaigns} false for a report that is not about campaigns (hours worked). */
    private Map<String, Object> common(ReportParameters parameters, ReportPeriod period, ReportWording words,
                                       boolean aboutCampaigns) {
        StringJoiner subtitle = new StringJoiner(" \u00b7 ");
        if (aboutCampaigns) {
            subtitle.add(parameters.campaign() == null ? words.text("report.allCampaigns")
                    : words.text("report.campaign", campaignName(parameters.campaign())));
        }
        subtitle.add(period.isWhole() ? words.text("report.period.whole")
                : words.text("report.period", DAY.format(period.from()), DAY.format(period.to())));
        if (parameters.operator() != null) {
            subtitle.add(words.text("report.operator", operatorName(parameters.operator())));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("subtitle", subtitle.toString());
        values.put("printed", printed(words));
        return values;
    }

    private String printed(ReportWording words) {
        return words.text("report.printed", MOMENT.format(Instant.now()), caller());
    }

    private String campaignName(long id) {
        return Rows.of(em.createNativeQuery("SELECT name FROM campaign WHERE id = ?1").setParameter(1, id)).stream()
                .map(r -> (String) r[0]).findFirst().orElseThrow(() -> new NotFoundException("campaign " + id));
    }

    private String operatorName(String username) {
        return Rows.of(em.createNativeQuery("SELECT full_name FROM app_user WHERE username = ?1").setParameter(1, username))
                .stream().map(r -> r[0] == null ? username : (String) r[0]).findFirst()
                .orElseThrow(() -> new NotFoundException("operator " + username));
    }

    private static Long campaign(ReportParameters parameters) {
        return parameters.campaign();
    }

    private static long auditedId(ReportName report, ReportParameters parameters) {
        Long id = report.aboutParty() ? parameters.party() : parameters.campaign();
        return id == null ? 0 : id;
    }

    static List<String> auditFields(ReportName report, ReportFormat format, ReportParameters parameters, ReportPeriod period, int rows) {
        List<String> fields = new ArrayList<>();
        fields.add("report=" + report.slug());
        fields.add("format=" + format.name());
        if (parameters.campaign() != null && !report.aboutParty()) {
            fields.add("campaign=" + parameters.campaign());
        }
        if (parameters.party() != null && report.aboutParty()) {
            fields.add("party=" + parameters.party());
        }
        if (!period.isWhole() && !report.aboutParty()) {
            fields.add("from=" + period.from());
            fields.add("to=" + period.to());
        }
        if (parameters.operator() != null && (report == ReportName.OPERATOR_PRODUCTIVITY || report == ReportName.HOURS_WORKED)) {
            fields.add("operator=" + parameters.operator().replace(",", " "));
        }
        fields.add("rows=" + rows);
        return fields;
    }

    private static String fileName(ReportName report, ReportFormat format, ReportParameters parameters) {
        String about = report.aboutParty() ? String.valueOf(parameters.party())
                : LocalDate.now(CallWindows.ITALY).toString();
        return report.slug() + "-" + about + "." + format.extension();
    }

    private static void putIfPresent(Map<String, Object> values, String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
