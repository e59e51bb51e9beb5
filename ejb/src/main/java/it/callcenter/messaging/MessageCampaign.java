package it.callcenter.messaging;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import it.callcenter.campaign.FillCriteria;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An SMS or e-mail campaign: who (criteria), what (template, subject, language), why (purpose: the consent it needs).
 * Edited while it is a draft; sent once, when its messages are written in one statement, after which only its state
 * moves. Its messages are rows written by set-based SQL, never a mapped collection.
 */
@Entity
@Table(name = "message_campaign")
@NamedQuery(name = "MessageCampaign.byName", query = "SELECT c FROM MessageCampaign c WHERE lower(c.name) = lower(:name)")
public class MessageCampaign {

    public static final int NAME_MAX = 120;
    public static final int SUBJECT_MAX = 200;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Id
    @SequenceGenerator(name = "message_campaign_seq", sequenceName = "message_campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_campaign_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language = Language.it;

    @Column(length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = MessageTemplate.MAX_LENGTH)
    private String template;

    @Column
    private String criteria;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 7)
    private MessageCampaignState state = MessageCampaignState.DRAFT;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_by", length = 64)
    private String sentBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column
    private Integer recipients;

    @Column(name = "no_address")
    private Integer noAddress;

    @Column(name = "do_not_call")
    private Integer doNotCall;

    @Column(name = "no_consent")
    private Integer noConsent;

    @Version
    private long version;

    protected MessageCampaign() {
    }

    MessageCampaign(MessageCampaignData data, String createdBy) {
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        apply(data);
    }

    void edit(MessageCampaignData data) {
        if (state != MessageCampaignState.DRAFT) {
            throw new BusinessException(null, "MESSAGE_CAMPAIGN_SENT", name);
        }
        apply(data);
    }

    /** The moment it is sent: its messages were written with these counts. */
    void sent(String user, long added, long noAddress, long doNotCall, long noConsent) {
        if (state != MessageCampaignState.DRAFT) {
            throw new BusinessException(null, "MESSAGE_CAMPAIGN_SENT", name);
        }
        this.state = added == 0 ? MessageCampaignState.DONE : MessageCampaignState.SENDING;
        this.sentBy = user;
        this.sentAt = Instant.now();
        this.doneAt = added == 0 ? sentAt : null;
        this.recipients = Math.toIntExact(added);
        this.noAddress = Math.toIntExact(noAddress);
        this.doNotCall = Math.toIntExact(doNotCall);
        this.noConsent = Math.toIntExact(noConsent);
    }

    private void apply(MessageCampaignData data) {
        if (data == null) {
            throw new BusinessException(null, "REQUIRED");
        }
        List<BusinessException> wrong = new ArrayList<>();
        String cleanName = data.name() == null ? "" : data.name().strip();
        if (cleanName.isEmpty()) {
            wrong.add(new BusinessException("name", "REQUIRED"));
        } else if (cleanName.length() > NAME_MAX) {
            wrong.add(new BusinessException("name", "TOO_LONG", NAME_MAX));
        }
        if (data.channel() == null) {
            wrong.add(new BusinessException("channel", "REQUIRED"));
        }
        if (data.purpose() == null) {
            wrong.add(new BusinessException("purpose", "REQUIRED"));
        }
        String cleanSubject = data.subject() == null || data.subject().isBlank() ? null : data.subject().strip();
        if (data.channel() == Channel.EMAIL) {
            check(wrong, () -> MessageTemplate.parse(cleanSubject, "subject", false));
            if (cleanSubject != null && cleanSubject.length() > SUBJECT_MAX) {
                wrong.add(new BusinessException("subject", "TOO_LONG", SUBJECT_MAX));
            }
        }
        Language cleanLanguage = data.language() == null ? Language.it : data.language();
        check(wrong, () -> {
            MessageTemplate parsed = MessageTemplate.parse(data.template(), "template", false);
            if (data.channel() == Channel.SMS && data.purpose() != null) {
                SmsText fixed = SmsText.of(MessageTexts.smsFixedText(parsed, data.purpose(), cleanLanguage));
                if (fixed.segments() > SmsText.MAX_SEGMENTS) {
                    throw new BusinessException("template", "SMS_TOO_LONG", SmsText.MAX_SEGMENTS);
                }
            }
        });
        if (!wrong.isEmpty()) {
            throw new ValidationException(wrong);
        }
        this.name = cleanName;
        this.channel = data.channel();
        this.purpose = data.purpose();
        this.language = cleanLanguage;
        this.subject = data.channel() == Channel.EMAIL ? cleanSubject : null;
        this.template = data.template();
        this.criteria = data.criteria() == null ? null : JSON.toJson(data.criteria());
    }

    private static void check(List<BusinessException> wrong, Runnable rule) {
        try {
            rule.run();
        } catch (BusinessException e) {
            wrong.add(e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Channel getChannel() {
        return channel;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Language getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getTemplate() {
        return template;
    }

    public MessageTemplate parsedTemplate() {
        return MessageTemplate.parse(template, "template", false);
    }

    public FillCriteria getCriteria() {
        return criteria == null ? null : JSON.fromJson(criteria, FillCriteria.class);
    }

    public MessageCampaignState getState() {
        return state;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Integer getRecipients() {
        return recipients;
    }

    public Integer getNoAddress() {
        return noAddress;
    }

    public Integer getDoNotCall() {
        return doNotCall;
    }

    public Integer getNoConsent() {
        return noConsent;
    }

    public long getVersion() {
        return version;
    }
}
