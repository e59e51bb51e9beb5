package it.callcenter.messaging;

import it.callcenter.platform.Rows;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

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

    @PersistenceContext
    private EntityManager em;

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
}
