package it.callcenter.web.view.messages;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.messaging.Channel;
import it.callcenter.messaging.Language;
import it.callcenter.messaging.MessageCampaignData;
import it.callcenter.messaging.MessageCampaigns;
import it.callcenter.messaging.MessageTemplate;
import it.callcenter.messaging.MessageTemplates;
import it.callcenter.messaging.MessageTexts;
import it.callcenter.messaging.MessageViews;
import it.callcenter.messaging.Placeholder;
import it.callcenter.messaging.Purpose;
import it.callcenter.messaging.SmsText;
import it.callcenter.registry.PartyFinder;
import it.callcenter.registry.PartySearch;
import it.callcenter.registry.PartySummary;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A saved message template's page: name, channel, language, subject (e-mail) and text with its placeholders; the
 * SMS length in characters and segments (GSM-7 or UCS-2) as it is typed; and the message rendered on a real party
 * found by search, as a chosen type of message would send it (a marketing e-mail with its unsubscribe line, a
 * marketing SMS with its STOP line). A new template is created at its first save; an edit carries the version it was
 * read at, so a template changed meanwhile by someone else is refused with a message, not overwritten.
 */
@Named
@ViewScoped
public class MessageTemplateBacking implements Serializable {

    @EJB
    private MessageTemplates templates;

    @EJB
    private MessageCampaigns campaigns;

    @EJB
    private PartyFinder finder;

    private Long id;
    private long version;
    private boolean loaded;
    private String name;
    private Channel channel = Channel.SMS;
    private Language language = Language.it;
    private String subject;
    private String body;
    private Purpose purpose = Purpose.PROMOTIONS;
    private PartySummary sampleParty;
    private MessageViews.Sample sample;
    private MessageTemplates.View saved;

    /** The view action: the template of {@code ?id=} (404 when there is none), or a new one. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            return;
        }
        try {
            show(templates.find(id));
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    private void show(MessageTemplates.View t) {
        saved = t;
        id = t.id();
        version = t.version();
        name = t.name();
        channel = t.channel();
        language = t.language();
        subject = t.subject();
        body = t.body();
    }

    /** Creates the template (the page moves to its address) or saves the edit. */
    public String save() {
        try {
            if (id == null) {
                MessageTemplates.View created = templates.create(name, channel, language, subject, body);
                Messages.add(null, FacesMessage.SEVERITY_INFO, "messages.templates.saved", created.name());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/messages/template?faces-redirect=true&id=" + created.id();
            }
            show(templates.edit(id, version, name, channel, language, subject, body));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "messages.templates.saved", name);
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
        return null;
    }

    public String delete() {
        try {
            templates.delete(id);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "messages.templates.deleted", saved.name());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/messages/templates?faces-redirect=true";
        } catch (BusinessException e) {
            Messages.refuse(e);
            return null;
        }
    }

    /** The chosen party's message, as the text is now. */
    public void refreshSample() {
        sample = null;
        if (sampleParty == null) {
            return;
        }
        try {
            String subjectOrDash = channel == Channel.EMAIL && (subject == null || subject.isBlank()) ? "-" : subject;
            sample = campaigns.sample(new MessageCampaignData("-", channel, purpose, language, subjectOrDash, body, null),
                    sampleParty.id());
        } catch (BusinessException e) {
            sample = null;
        }
    }

    public List<PartySummary> completeParty(String query) {
        return finder.items(new PartySearch(query, null, null, null, null, null), 0, 15);
    }

    /** One SMS of this text as the chosen party would receive it, or the text without the placeholders' values. */
    public SmsText getLength() {
        if (channel != Channel.SMS) {
            return null;
        }
        if (sample != null && sample.body() != null) {
            return SmsText.of(sample.body());
        }
        try {
            MessageTemplate parsed = MessageTemplate.parse(body, "template", false);
            return SmsText.of(MessageTexts.smsBody(parsed, Map.of(), purpose, language));
        } catch (BusinessException e) {
            return null;
        }
    }

    public List<Placeholder> getPlaceholders() {
        return Arrays.asList(Placeholder.values());
    }

    /** A placeholder as the user's language writes it. */
    public String token(Placeholder placeholder) {
        return placeholder.token(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MessageTemplates.View getSaved() {
        return saved;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public PartySummary getSampleParty() {
        return sampleParty;
    }

    public void setSampleParty(PartySummary sampleParty) {
        this.sampleParty = sampleParty;
    }

    public MessageViews.Sample getSample() {
        return sample;
    }
}
