package it.callcenter.web.view.messages;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.campaign.CampaignService;
import it.callcenter.geography.GeographyService;
import it.callcenter.messaging.Channel;
import it.callcenter.messaging.Language;
import it.callcenter.messaging.MessageCampaignData;
import it.callcenter.messaging.MessageCampaignState;
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
import it.callcenter.registry.RegistrySettings;
import it.callcenter.web.i18n.Messages;
import it.callcenter.web.view.campaign.CriteriaForm;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A message campaign's page: its text (channel, type, language, subject, template with its placeholders, saved
 * templates), its recipients (the fill wizard's criteria) with a live preview — how many, who is left out and why, SMS
 * segments and cost — and the message on a real party; then the send, and its progress polled until it is done.
 * A new campaign is created at its first save; a sent one is read-only.
 */
@Named
@ViewScoped
public class MessageCampaignBacking implements Serializable {

    @EJB
    private MessageCampaigns campaigns;

    @EJB
    private MessageTemplates templates;

    @EJB
    private CampaignService callCampaigns;

    @EJB
    private GeographyService geography;

    @EJB
    private RegistrySettings settings;

    @EJB
    private PartyFinder finder;

    private Long id;
    private long version;
    private boolean loaded;
    private MessageViews.Campaign saved;
    private String name;
    private Channel channel = Channel.SMS;
    private Purpose purpose = Purpose.PROMOTIONS;
    private Language language = Language.it;
    private String subject;
    private String template;
    private CriteriaForm criteria;

    private MessageViews.Preview preview;
    private PartySummary sampleParty;
    private MessageViews.Sample sample;
    private MessageViews.Progress progress;
    private List<MessageTemplates.View> savedTemplates = List.of();
    private Long chosenTemplate;
    private String templateName;

    /** The view action: the campaign of {@code ?id=} (404 when there is none), or a new one. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        criteria = new CriteriaForm(geography.regions(), settings.activeCustomFields(), callCampaigns.choices());
        savedTemplates = templates.all();
        if (id == null) {
            return;
        }
        try {
            show(campaigns.find(id));
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        refreshPreview();
    }

    private void show(MessageViews.Campaign c) {
        saved = c;
        id = c.id();
        version = c.version();
        name = c.name();
        channel = c.channel();
        purpose = c.purpose();
        language = c.language();
        subject = c.subject();
        template = c.template();
        criteria.show(c.criteria(), geography);
        progress = c.state() == MessageCampaignState.DRAFT ? null : campaigns.progress(c.id());
    }

    MessageCampaignData data() {
        return new MessageCampaignData(name, channel, purpose, language, subject, template, criteria.criteria());
    }

    /** Counts again as the form is now; what cannot be counted yet (no text) shows no preview. */
    public void refreshPreview() {
        preview = null;
        try {
            if (isReadOnly()) {
                return;
            }
            preview = campaigns.previewOf(data());
            if (sampleParty != null) {
                sample = campaigns.sample(data(), sampleParty.id());
            }
        } catch (BusinessException e) {
            sample = null;
        }
    }

    /** The chosen party's message. */
    public void refreshSample() {
        sample = null;
        if (sampleParty == null) {
            return;
        }
        try {
            sample = campaigns.sample(data(), sampleParty.id());
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public List<PartySummary> completeParty(String query) {
        return finder.items(new PartySearch(query, null, null, null, null, null), 0, 15);
    }

    /** Saves the draft (a new campaign is created, and the page moves to its address). */
    public String save() {
        try {
            if (id == null) {
                long created = campaigns.create(data());
                Messages.add(null, FacesMessage.SEVERITY_INFO, "messages.campaign.saved", name.strip());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/messages/campaign?faces-redirect=true&id=" + created;
            }
            show(campaigns.edit(id, version, data()));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "messages.campaign.saved", name);
            refreshPreview();
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
        return null;
    }

    /** Saves what is on the form, then sends it. */
    public void send() {
        try {
            show(campaigns.edit(id, version, data()));
            progress = campaigns.send(id);
            show(campaigns.find(id));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "messages.campaign.sending", progress.total());
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    /** The poll's listener while the campaign sends. */
    public void poll() {
        if (id != null) {
            progress = campaigns.progress(id);
            if (progress.state() != saved.state()) {
                show(campaigns.find(id));
            }
        }
    }

    public void useTemplate() {
        savedTemplates.stream().filter(t -> t.id() == (chosenTemplate == null ? -1 : chosenTemplate)).findFirst()
                .ifPresent(t -> {
                    channel = t.channel();
                    language = t.language();
                    subject = t.subject();
                    template = t.body();
                    Messages.add(null, FacesMessage.SEVERITY_INFO, "messages.campaign.templates.loaded", t.name());
                    refreshPreview();
                });
    }

    public void saveTemplate() {
        try {
            MessageTemplates.View kept = templates.save(templateName, channel, language, subject, template);
            savedTemplates = templates.all();
            Messages.add(null, FacesMessage.SEVERITY_INFO, "messages.campaign.templates.saved", kept.name());
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    /** One SMS of this text as a real party would receive it, or the text without the placeholders' values. */
    public SmsText getLength() {
        if (channel != Channel.SMS) {
            return null;
        }
        if (sample != null && sample.body() != null) {
            return SmsText.of(sample.body());
        }
        try {
            MessageTemplate parsed = MessageTemplate.parse(template, "template", false);
            return SmsText.of(MessageTexts.smsBody(parsed, Map.of(), purpose, language));
        } catch (BusinessException e) {
            return null;
        }
    }

    public List<Placeholder> getPlaceholders() {
        return Arrays.stream(Placeholder.values()).filter(p -> !p.ofAppointment()).toList();
    }

    /** A placeholder as the user's language writes it. */
    public String token(Placeholder placeholder) {
        return placeholder.token(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<MessageTemplates.View> getTemplatesOfChannel() {
        return savedTemplates.stream().filter(t -> t.channel() == channel).toList();
    }

    public boolean isReadOnly() {
        return saved != null && saved.state() != MessageCampaignState.DRAFT;
    }

    /**
     * Whether the page keeps its progress live: while the campaign sends, and for SMS while delivery receipts are still
     * awaited (for an hour after the last submit at most: a centre may never send some).
     */
    public boolean isSending() {
        if (progress == null) {
            return false;
        }
        if (progress.state() == MessageCampaignState.SENDING) {
            return true;
        }
        return saved != null && saved.channel() == Channel.SMS && progress.sent() > 0 && saved.doneAt() != null
                && saved.doneAt().isAfter(java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public BigDecimal getSegmentPrice() {
        return preview == null ? BigDecimal.ZERO : preview.pricePerSegment();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MessageViews.Campaign getSaved() {
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

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
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

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public CriteriaForm getCriteria() {
        return criteria;
    }

    public MessageViews.Preview getPreview() {
        return preview;
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

    public MessageViews.Progress getProgress() {
        return progress;
    }

    public Long getChosenTemplate() {
        return chosenTemplate;
    }

    public void setChosenTemplate(Long chosenTemplate) {
        this.chosenTemplate = chosenTemplate;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }
}
