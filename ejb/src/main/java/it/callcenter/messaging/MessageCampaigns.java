package it.callcenter.messaging;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.StaleVersionException;
import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditFields;
import it.callcenter.audit.AuditLog;
import it.callcenter.campaign.FillCriteria;
import it.callcenter.compliance.CallWindows;
import it.callcenter.platform.Rows;
import it.callcenter.registry.PartyService;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The message campaigns' use cases, one transaction each (SUPERVISOR and up). The preview and the send run the
 * statements of {@link RecipientSql} in the database: the preview counts who would be reached and why the others are
 * not, with the SMS segments they add up to; the send writes one queued message a recipient in ONE
 * {@code INSERT … SELECT} and marks the campaign SENDING (the senders take it from there). Audited
 * ({@value #AUDIT_TYPE}): created, edited, sent with its criteria and counts.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class MessageCampaigns {

    public static final String AUDIT_TYPE = "MESSAGE_CAMPAIGN";
    static final int MAX_PAGE = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditLog audit;

    @EJB
    private PartyService parties;

    @EJB
    private Outbox outbox;

    @Inject
    private MessagingConfiguration configuration;

    @Inject
    private MessageWriter writer;

    public long create(MessageCampaignData data) {
        checkCriteria(data);
        MessageCampaign campaign = new MessageCampaign(data, caller());
        requireFreeName(campaign.getName(), null);
        em.persist(campaign);
        em.flush();
        audit.record(AUDIT_TYPE, campaign.getId(), AuditEntry.Action.CREATE, List.of(AuditFields.of("name", campaign.getName()),
                AuditFields.of("channel", campaign.getChannel()), AuditFields.of("purpose", campaign.getPurpose())), caller());
        return campaign.getId();
    }

    /** Replaces a draft's fields, refused if someone saved it since {@code version} was read or once it is sent. */
    public MessageViews.Campaign edit(long id, long version, MessageCampaignData data) {
        MessageCampaign campaign = campaign(id);
        if (campaign.getVersion() != version) {
            throw new StaleVersionException("message campaign " + id);
        }
        checkCriteria(data);
        if (data != null && data.name() != null) {
            requireFreeName(data.name().strip(), id);
        }
        campaign.edit(data);
        em.flush();
        audit.record(AUDIT_TYPE, id, AuditEntry.Action.UPDATE, List.of("name", "template", "criteria"), caller());
        return view(campaign);
    }

    public MessageViews.Campaign find(long id) {
        return view(campaign(id));
    }

    public MessageViews.Progress progress(long id) {
        return progress(campaign(id).getState(), outbox.countByState(id));
    }

    public long count() {
        return em.createQuery("SELECT count(c) FROM MessageCampaign c", Long.class).getSingleResult();
    }

    /** A page of campaigns, newest first, each with its messages counted by state in the same statement. */
    public List<MessageViews.Summary> list(int first, int max) {
        List<MessageViews.Summary> page = new ArrayList<>();
        for (Object[] r : Rows.of(em.createNativeQuery("SELECT c.id, c.name, c.channel, c.purpose, c.created_at, c.created_by,"
                        + " c.sent_at, c.state, count(m.id), count(m.id) FILTER (WHERE m.state IN ('QUEUED', 'SENDING')),"
                        + " count(m.id) FILTER (WHERE m.state = 'SENT'), count(m.id) FILTER (WHERE m.state = 'DELIVERED'),"
                        + " count(m.id) FILTER (WHERE m.state = 'FAILED')"
                        + " FROM (SELECT * FROM message_campaign ORDER BY id DESC LIMIT ? OFFSET ?) c"
                        + " LEFT JOIN message m ON m.campaign_id = c.id GROUP BY c.id, c.name, c.channel, c.purpose,"
                        + " c.created_at, c.created_by, c.sent_at, c.state ORDER BY c.id DESC")
                .setParameter(1, Math.max(1, Math.min(max, MAX_PAGE))).setParameter(2, Math.max(0, first)))) {
            page.add(new MessageViews.Summary(Rows.number(r[0]), (String) r[1], Channel.valueOf((String) r[2]),
                    Purpose.valueOf((String) r[3]), Rows.instant(r[4]), (String) r[5], Rows.instant(r[6]),
                    new MessageViews.Progress(MessageCampaignState.valueOf((String) r[7]), Rows.number(r[8]),
                            Rows.number(r[9]), Rows.number(r[10]), Rows.number(r[11]), Rows.number(r[12]))));
        }
        return page;
    }

    /** Who the campaign would reach if it were sent now, why the others would not, what the SMS would cost. */
    public MessageViews.Preview preview(long id) {
        MessageCampaign campaign = campaign(id);
        return preview(campaign.getChannel(), campaign.getPurpose(), campaign.getLanguage(), campaign.parsedTemplate(),
                campaign.getCriteria());
    }

    /** The same for a campaign still being written (the screen's live preview): checked as a save would check it. */
    public MessageViews.Preview previewOf(MessageCampaignData data) {
        checkCriteria(data);
        MessageCampaign unsaved = new MessageCampaign(unsaved(data, true), caller());
        return preview(unsaved.getChannel(), unsaved.getPurpose(), unsaved.getLanguage(), unsaved.parsedTemplate(),
                data.criteria());
    }

    /** What one real party (one the caller may see) would receive: the template rendered on it. */
    public MessageViews.Sample sample(MessageCampaignData data, long partyId) {
        MessageCampaign unsaved = new MessageCampaign(unsaved(data, false), caller());
        if (!parties.isVisible(partyId)) {
            throw new NotFoundException("party " + partyId);
        }
        boolean sms = unsaved.getChannel() == Channel.SMS;
        Object[] r = Rows.of(em.createNativeQuery("SELECT p.first_name, p.last_name, p.company_name, p.display_name,"
                + " (SELECT " + (sms ? "c.search_key" : "c.value") + " FROM party_contact c WHERE c.party_id = p.id AND c.kind = ?"
                + " ORDER BY c.email_consent DESC, c.position LIMIT 1) FROM party p WHERE p.id = ?")
                .setParameter(1, sms ? "MOBILE" : "EMAIL").setParameter(2, partyId)).get(0);
        Map<Placeholder, String> values = MessageWriter.values((String) r[0], (String) r[1], (String) r[2], (String) r[3]);
        MessageTemplate template = unsaved.parsedTemplate();
        if (sms) {
            SmsText text = SmsText.of(MessageTexts.smsBody(template, values, unsaved.getPurpose(), unsaved.getLanguage()));
            return new MessageViews.Sample(partyId, (String) r[3], (String) r[4], null, text.text(), text.encoding(),
                    text.units(), text.segments());
        }
        String link = unsaved.getPurpose().marketing() ? writer.unsubscribeUrl(0).replaceAll("token=.*", "token=…") : null;
        String body = MessageTexts.mailBody(template, values, unsaved.getPurpose(), unsaved.getLanguage(), link);
        String subject = MessageTemplate.parse(unsaved.getSubject(), "subject", false).render(values);
        return new MessageViews.Sample(partyId, (String) r[3], (String) r[4], subject, body, null, body.length(), 0);
    }

    /**
     * Sends the draft: its messages are written now, one a recipient the preview would count, in one statement
     * that also counts who is left out; the campaign is SENDING until none waits (DONE at once when nobody is reached).
     */
    public MessageViews.Progress send(long id) {
        MessageCampaign campaign = campaign(id);
        if (campaign.getState() != MessageCampaignState.DRAFT) {
            throw new BusinessException(null, "MESSAGE_CAMPAIGN_SENT", campaign.getName());
        }
        FillCriteria criteria = campaign.getCriteria();
        if (criteria != null) {
            criteria.check(LocalDate.now(CallWindows.ITALY));
        }
        RecipientSql sql = RecipientSql.of(campaign.getChannel(), campaign.getPurpose(), criteria);
        Object[] counts = (Object[]) bind(em.createNativeQuery(sql.fill()),
                sql.fillParameters(id, campaign.getChannel(), campaign.getPurpose())).getSingleResult();
        long added = Rows.number(counts[0]);
        campaign.sent(caller(), added, Rows.number(counts[1]), Rows.number(counts[2]), Rows.number(counts[3]));
        em.flush();
        List<String> fields = new ArrayList<>(List.of("send"));
        fields.addAll(criteria == null ? List.of() : criteria.auditFields());
        fields.add(AuditFields.of("added", added));
        audit.record(AUDIT_TYPE, id, AuditEntry.Action.UPDATE, fields, caller());
        return progress(campaign.getState(), outbox.countByState(id));
    }

    private MessageViews.Preview preview(Channel channel, Purpose purpose, Language language, MessageTemplate template,
                                         FillCriteria criteria) {
        RecipientSql sql = RecipientSql.of(channel, purpose, criteria);
        Map<Placeholder, Integer> occurrences = channel == Channel.SMS ? template.occurrences() : Map.of();
        long noAddress = 0;
        long doNotCall = 0;
        long noConsent = 0;
        List<SegmentCount.LengthGroup> groups = new ArrayList<>();
        for (Object[] r : Rows.of(bind(em.createNativeQuery(sql.preview(occurrences)), sql.previewParameters(occurrences)))) {
            String reason = (String) r[0];
            long n = Rows.number(r[4]);
            if (reason == null) {
                groups.add(new SegmentCount.LengthGroup(Rows.number(r[1]), Rows.number(r[2]), Boolean.TRUE.equals(r[3]), n));
            } else if (reason.equals("NO_ADDRESS")) {
                noAddress += n;
            } else if (reason.equals("DNC")) {
                doNotCall += n;
            } else {
                noConsent += n;
            }
        }
        SegmentCount segments = SegmentCount.of(MessageTexts.smsFixedText(template, purpose, language), groups);
        BigDecimal price = channel == Channel.SMS ? configuration.settings().segmentPrice() : BigDecimal.ZERO;
        long billed = channel == Channel.SMS ? segments.segments() : 0;
        return new MessageViews.Preview(segments.messages(), billed, new MessageViews.Excluded(noConsent, doNotCall, noAddress),
                price, price.multiply(BigDecimal.valueOf(billed)));
    }

    private static MessageViews.Progress progress(MessageCampaignState state, Map<MessageState, Long> counts) {
        long queued = counts.getOrDefault(MessageState.QUEUED, 0L) + counts.getOrDefault(MessageState.SENDING, 0L);
        long sent = counts.getOrDefault(MessageState.SENT, 0L);
        long delivered = counts.getOrDefault(MessageState.DELIVERED, 0L);
        long failed = counts.getOrDefault(MessageState.FAILED, 0L);
        return new MessageViews.Progress(state, queued + sent + delivered + failed, queued, sent, delivered, failed);
    }

    /**
     * A campaign being written, for its preview or its sample: counted before it has a name (and, for the count, before
     * an e-mail has its subject), as a supervisor writes the text first.
     */
    private static MessageCampaignData unsaved(MessageCampaignData data, boolean subjectToo) {
        if (data == null) {
            return null;
        }
        String name = data.name() == null || data.name().isBlank() ? "-" : data.name();
        String subject = subjectToo && (data.subject() == null || data.subject().isBlank()) ? "-" : data.subject();
        return new MessageCampaignData(name, data.channel(), data.purpose(), data.language(), subject, data.template(),
                data.criteria());
    }

    private static void checkCriteria(MessageCampaignData data) {
        if (data != null && data.criteria() != null) {
            data.criteria().check(LocalDate.now(CallWindows.ITALY));
        }
    }

    private MessageViews.Campaign view(MessageCampaign c) {
        MessageViews.Excluded excluded = c.getRecipients() == null ? null
                : new MessageViews.Excluded(c.getNoConsent(), c.getDoNotCall(), c.getNoAddress());
        return new MessageViews.Campaign(c.getId(), c.getName(), c.getChannel(), c.getPurpose(), c.getLanguage(),
                c.getSubject(), c.getTemplate(), c.getCriteria(), c.getState(), c.getCreatedBy(), c.getCreatedAt(),
                c.getSentBy(), c.getSentAt(), c.getDoneAt(), c.getRecipients(), excluded, c.getVersion());
    }

    private void requireFreeName(String name, Long exceptId) {
        em.createNamedQuery("MessageCampaign.byName", MessageCampaign.class).setParameter("name", name).getResultStream()
                .filter(other -> !other.getId().equals(exceptId)).findFirst().ifPresent(other -> {
                    throw new BusinessException("name", "MESSAGE_CAMPAIGN_NAME_TAKEN", name);
                });
    }

    private MessageCampaign campaign(long id) {
        MessageCampaign campaign = em.find(MessageCampaign.class, id);
        if (campaign == null) {
            throw new NotFoundException("message campaign " + id);
        }
        return campaign;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
