package it.callcenter.messaging;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the daily automations (one row a kind, made by the migration, off until a supervisor turns it on): its
 * channel, template and the time of day from which its day's run sends; and what its last run did. A welcome greets
 * the parties created after {@code welcomeSince}, set when it is turned on, so turning it on does not greet the whole
 * registry.
 */
@Entity
@Table(name = "message_automation")
public class MessageAutomation {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AutomationKind kind;

    @Column(nullable = false)
    private boolean active;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false, length = MessageCampaign.SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = MessageTemplate.MAX_LENGTH)
    private String template;

    @Column(name = "send_at", nullable = false)
    private LocalTime sendAt;

    @Column(name = "welcome_since")
    private Instant welcomeSince;

    @Column(name = "last_run_on")
    private LocalDate lastRunOn;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Column(name = "last_result", length = 200)
    private String lastResult;

    @Version
    private long version;

    protected MessageAutomation() {
    }

    void edit(boolean newActive, Channel newChannel, Language newLanguage, String newSubject, String newTemplate,
              LocalTime newSendAt) {
        List<BusinessException> wrong = new ArrayList<>();
        if (newChannel == null) {
            wrong.add(new BusinessException("channel", "REQUIRED"));
        }
        if (newSendAt == null) {
            wrong.add(new BusinessException("sendAt", "REQUIRED"));
        }
        boolean reminder = kind == AutomationKind.APPOINTMENT_REMINDER;
        try {
            MessageTemplate parsed = MessageTemplate.parse(newTemplate, "template", reminder);
            if (newChannel == Channel.SMS && SmsText.of(MessageTexts.smsFixedText(parsed, kind.purpose(),
                    newLanguage == null ? Language.it : newLanguage)).segments() > SmsText.MAX_SEGMENTS) {
                throw new BusinessException("template", "SMS_TOO_LONG", SmsText.MAX_SEGMENTS);
            }
        } catch (BusinessException e) {
            wrong.add(e);
        }
        String cleanSubject = newSubject == null || newSubject.isBlank()
                ? (newChannel == Channel.SMS ? subject : null) : newSubject.strip();
        try {
            MessageTemplate.parse(cleanSubject, "subject", reminder);
            if (cleanSubject.length() > MessageCampaign.SUBJECT_MAX) {
                throw new BusinessException("subject", "TOO_LONG", MessageCampaign.SUBJECT_MAX);
            }
        } catch (BusinessException e) {
            wrong.add(e);
        }
        if (!wrong.isEmpty()) {
            throw new ValidationException(wrong);
        }
        if (newActive && !active) {
            welcomeSince = Instant.now();
        }
        this.active = newActive;
        this.channel = newChannel;
        this.language = newLanguage == null ? Language.it : newLanguage;
        this.subject = cleanSubject;
        this.template = newTemplate;
        this.sendAt = newSendAt;
    }

    /** Whether today's run is due at {@code now} (Italian time): on, not run today, its time reached. */
    boolean dueAt(LocalDate today, LocalTime now) {
        return active && !today.equals(lastRunOn) && !now.isBefore(sendAt);
    }

    void ran(LocalDate day, String result, Instant welcomedUpTo) {
        this.lastRunOn = day;
        this.lastRunAt = Instant.now();
        this.lastResult = result.length() > 200 ? result.substring(0, 200) : result;
        if (welcomedUpTo != null) {
            this.welcomeSince = welcomedUpTo;
        }
    }

    public AutomationKind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }

    public Channel getChannel() {
        return channel;
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

    public LocalTime getSendAt() {
        return sendAt;
    }

    public Instant getWelcomeSince() {
        return welcomeSince;
    }

    public LocalDate getLastRunOn() {
        return lastRunOn;
    }

    public Instant getLastRunAt() {
        return lastRunAt;
    }

    public String getLastResult() {
        return lastResult;
    }

    public long getVersion() {
        return version;
    }
}
