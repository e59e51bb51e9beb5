package it.callcenter.messaging;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
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

/** A template kept by name for the next campaigns: channel, language, subject (e-mail) and text, checked as a campaign's. */
@Entity
@Table(name = "message_template")
@NamedQuery(name = "SavedTemplate.all", query = "SELECT t FROM SavedTemplate t ORDER BY t.name")
@NamedQuery(name = "SavedTemplate.byName", query = "SELECT t FROM SavedTemplate t WHERE lower(t.name) = lower(:name)")
public class SavedTemplate {

    @Id
    @SequenceGenerator(name = "message_template_seq", sequenceName = "message_campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_template_seq")
    private Long id;

    @Column(nullable = false, length = MessageCampaign.NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(length = MessageCampaign.SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = MessageTemplate.MAX_LENGTH)
    private String body;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SavedTemplate() {
    }

    SavedTemplate(String name, Channel channel, Language language, String subject, String body, String user) {
        apply(name, channel, language, subject, body, user);
    }

    void apply(String newName, Channel newChannel, Language newLanguage, String newSubject, String newBody, String user) {
        List<BusinessException> wrong = new ArrayList<>();
        String cleanName = newName == null ? "" : newName.strip();
        if (cleanName.isEmpty()) {
            wrong.add(new BusinessException("name", "REQUIRED"));
        } else if (cleanName.length() > MessageCampaign.NAME_MAX) {
            wrong.add(new BusinessException("name", "TOO_LONG", MessageCampaign.NAME_MAX));
        }
        if (newChannel == null) {
            wrong.add(new BusinessException("channel", "REQUIRED"));
        }
        String cleanSubject = newSubject == null || newSubject.isBlank() ? null : newSubject.strip();
        try {
            MessageTemplate.parse(newBody, "template", false);
            if (newChannel == Channel.EMAIL) {
                MessageTemplate.parse(cleanSubject, "subject", false);
            }
        } catch (BusinessException e) {
            wrong.add(e);
        }
        if (!wrong.isEmpty()) {
            throw new ValidationException(wrong);
        }
        this.name = cleanName;
        this.channel = newChannel;
        this.language = newLanguage == null ? Language.it : newLanguage;
        this.subject = newChannel == Channel.EMAIL ? cleanSubject : null;
        this.body = newBody;
        this.updatedBy = user;
        this.updatedAt = Instant.now();
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

    public Language getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
