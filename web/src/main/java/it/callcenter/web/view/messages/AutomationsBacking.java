package it.callcenter.web.view.messages;

import it.callcenter.BusinessException;
import it.callcenter.messaging.AutomationKind;
import it.callcenter.messaging.Automations;
import it.callcenter.messaging.Channel;
import it.callcenter.messaging.Language;
import it.callcenter.messaging.Placeholder;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** The automatic messages, one form each (on or off, channel, language, time, subject, text), saved with its version. */
@Named
@ViewScoped
public class AutomationsBacking implements Serializable {

    private static final DateTimeFormatter RAN_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

    @EJB
    private Automations automations;

    private List<AutomationForm> forms = List.of();

    /** One automation as its form edits it. */
    public static final class AutomationForm implements Serializable {
        private final AutomationKind kind;
        private boolean active;
        private Channel channel;
        private Language language;
        private String subject;
        private String template;
        private LocalTime sendAt;
        private long version;
        private String lastRun;

        AutomationForm(Automations.View v) {
            this.kind = v.kind();
            this.active = v.active();
            this.channel = v.channel();
            this.language = v.language();
            this.subject = v.subject();
            this.template = v.template();
            this.sendAt = v.sendAt();
            this.version = v.version();
            this.lastRun = v.lastRunAt() == null ? null : RAN_AT.format(v.lastRunAt()) + " – " + v.lastResult();
        }

        public AutomationKind getKind() {
            return kind;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
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

        public String getTemplate() {
            return template;
        }

        public void setTemplate(String template) {
            this.template = template;
        }

        public LocalTime getSendAt() {
            return sendAt;
        }

        public void setSendAt(LocalTime sendAt) {
            this.sendAt = sendAt;
        }

        public String getLastRun() {
            return lastRun;
        }

        /** The placeholders this automation's text may use: the reminder also the appointment's. */
        public List<Placeholder> getPlaceholders() {
            return Arrays.stream(Placeholder.values())
                    .filter(p -> !p.ofAppointment() || kind == AutomationKind.APPOINTMENT_REMINDER).toList();
        }
    }

    @PostConstruct
    void init() {
        forms = automations.all().stream().map(AutomationForm::new).toList();
    }

    public void save(AutomationForm form) {
        try {
            Automations.View saved = automations.change(form.kind, new Automations.Change(form.active, form.channel,
                    form.language, form.subject, form.template, form.sendAt, form.version));
            replace(saved);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "messages.automations.saved", label(form.kind));
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    public void runNow(AutomationForm form) {
        try {
            Automations.View ran = automations.runNow(form.kind);
            replace(ran);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "messages.automations.ran", label(form.kind), ran.lastResult());
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    private void replace(Automations.View view) {
        forms = forms.stream().map(f -> f.kind == view.kind() ? new AutomationForm(view) : f).toList();
    }

    private static String label(AutomationKind kind) {
        return Messages.label(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "messages.automation." + kind);
    }

    /** A placeholder as the user's language writes it. */
    public String token(Placeholder placeholder) {
        boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        return "{" + (english ? placeholder.english() : placeholder.italian()) + "}";
    }

    public List<AutomationForm> getForms() {
        return forms;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }
}
