package it.callcenter.messaging;

import it.callcenter.platform.Rows;
import it.callcenter.reporting.ReportDocument;
import it.callcenter.reporting.ReportFormat;
import it.callcenter.reporting.ReportName;
import it.callcenter.reporting.ReportRenderer;
import it.callcenter.reporting.ReportWording;
import it.callcenter.reporting.jasper.JasperRenderer;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of a message campaign: its messages by carrier (an e-mail campaign has one line, no carrier) in ONE
 * aggregate statement — how many, accepted by the gateway, delivered, failed, still waiting, the SMS segments and
 * their cost — with a total line. The files (XLSX now, PDF with the reports' Jasper renderer) are made from it.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class MessageReport {

    /** One line: {@code carrier} null for the total, empty for messages without one. */
    public record Line(String carrier, long messages, long sent, long delivered, long failed, long waiting, long segments,
                       BigDecimal cost) {
    }

    public record Report(MessageViews.Campaign campaign, List<Line> lines, Line total) {
    }

    private static final ReportRenderer RENDERER = new JasperRenderer();
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(it.callcenter.compliance.CallWindows.ITALY);

    @PersistenceContext
    private EntityManager em;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext session;

    @EJB
    private MessageCampaigns campaigns;

    @jakarta.inject.Inject
    private MessagingConfiguration configuration;

    public Report of(long campaignId) {
        MessageViews.Campaign campaign = campaigns.find(campaignId);
        BigDecimal price = campaign.channel() == Channel.SMS ? configuration.settings().segmentPrice() : BigDecimal.ZERO;
        List<Line> all = Rows.of(em.createNativeQuery("SELECT coalesce(carrier, ''), count(*),"
                        + " count(*) FILTER (WHERE gateway_id IS NOT NULL), count(*) FILTER (WHERE state = 'DELIVERED'),"
                        + " count(*) FILTER (WHERE state = 'FAILED'), count(*) FILTER (WHERE state IN ('QUEUED', 'SENDING')),"
                        + " coalesce(sum(segments) FILTER (WHERE gateway_id IS NOT NULL), 0), GROUPING(coalesce(carrier, ''))"
                        + " FROM message WHERE campaign_id = ? GROUP BY ROLLUP (coalesce(carrier, ''))"
                        + " ORDER BY GROUPING(coalesce(carrier, '')), count(*) DESC, 1")
                .setParameter(1, campaignId)).stream()
                .map(r -> new Line(((Number) r[7]).intValue() == 1 ? null : (String) r[0], Rows.number(r[1]),
                        Rows.number(r[2]), Rows.number(r[3]), Rows.number(r[4]), Rows.number(r[5]), Rows.number(r[6]),
                        price.multiply(BigDecimal.valueOf(Rows.number(r[6])))))
                .toList();
        Line total = all.stream().filter(l -> l.carrier() == null).findFirst()
                .orElse(new Line(null, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO));
        return new Report(campaign, all.stream().filter(l -> l.carrier() != null).toList(), total);
    }

    /** The report as a file of the reports' machinery (the Jasper template {@code message-campaign}), in the reader's words. */
    public byte[] file(long campaignId, ReportFormat format, ReportWording words) {
        Report report = of(campaignId);
        MessageViews.Campaign c = report.campaign();
        Map<String, Object> values = new HashMap<>();
        values.put("subtitle", c.name());
        values.put("details", words.text("report.messageCampaign.details", words.text("messages.channel." + c.channel()),
                words.text("messages.purpose." + c.purpose()), c.sentAt() == null ? "-" : MOMENT.format(c.sentAt())));
        values.put("printed", words.text("report.printed", MOMENT.format(Instant.now()), session.getCallerPrincipal().getName()));
        values.put("totalMessages", report.total().messages());
        values.put("totalDelivered", report.total().delivered());
        values.put("totalFailed", report.total().failed());
        values.put("totalWaiting", report.total().messages() - report.total().delivered() - report.total().failed());
        values.put("totalSegments", report.total().segments());
        values.put("totalCost", report.total().cost());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Line line : report.lines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("carrier", line.carrier().isEmpty() ? words.text("report.messageCampaign.noCarrier") : line.carrier());
            row.put("messages", line.messages());
            row.put("delivered", line.delivered());
            row.put("failed", line.failed());
            row.put("waiting", line.messages() - line.delivered() - line.failed());
            row.put("segments", line.segments());
            row.put("cost", line.cost());
            rows.add(row);
        }
        return RENDERER.render(new ReportDocument(ReportName.MESSAGE_CAMPAIGN, values, rows, words.labels(), words.locale()),
                format);
    }
}
