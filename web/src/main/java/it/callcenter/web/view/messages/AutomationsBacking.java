package it.callcenter.web.view.messages;

import it.callcenter.BusinessException;
import it.callcenter.messaging.AutomationKind;
import it.callcenter.messaging.AutomationResult;
import it.callcenter.messaging.Automations;
import it.callcenter.messaging.Channel;
import it.callcenter.messaging.Language;
import it.callcenter.messaging.Placeholder;
import it.callcenter.web.i18n.Messages;
import it.callcenter.web.view.campaign.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The automatic messages, one form each (on or off, channel, language, time, subject, text), saved with its version;
 * each with its last run (when, what it did) and that run's messages counted by state; the messages of a run are
 * listed below on demand, paged in the database.
 */
@Named
@ViewScoped
public class AutomationsBacking implements Serializable {

    private static final DateTimeFormatter RAN_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

    @EJB
    private Automations automations;

    private List<AutomationForm> forms = List.of();
    private AutomationKind shownKind;
    private LocalDate shownDay;
    private PagedModel<Automations.RunMessage> runModel;

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
        private final LocalDate lastRunOn;
        private final Automations.RunCounts counts;

        AutomationForm(Automations.View v, Automations.RunCounts counts) {
            this.kind = v.kind();
            this.active = v.active();
            this.channel = v.channel();
            this.language = v.language();
            this.subject = v.subject();
            this.template = v.template();
            this.sendAt = v.sendAt();
            this.version = v.version();
            this.lastRun = v.lastRunAt() == null ? null : RAN_AT.format(v.lastRunAt()) + " – " + summary(v.lastResult());
            this.lastRunOn = v.lastRunOn();
            this.counts = counts;
        }

        public LocalDate getLastRunOn() {
            return lastRunOn;
        }

        /** The messages of the last run by state; null when it never ran. */
        public Automations.RunCounts getCounts() {
            return counts;
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
        forms = automations.all().stream().map(this::form).toList();
    }

    private AutomationForm form(Automations.View v) {
        return new AutomationForm(v, v.lastRunOn() == null ? null : automations.runCounts(v.kind(), v.lastRunOn()));
    }

    /** Lists the messages of the automation's last run below the forms. */
    public void showRun(AutomationForm form) {
        if (form.lastRunOn == null) {
            return;
        }
        shownKind = form.kind;
        shownDay = form.lastRunOn;
        AutomationKind kind = shownKind;
        LocalDate day = shownDay;
        runModel = new PagedModel<>(() -> automations.runCounts(kind, day).total(),
                (first, max) -> automations.runMessages(kind, day, first, max), row -> String.valueOf(row.id()));
    }

    public AutomationKind getShownKind() {
        return shownKind;
    }

    /** The day of the run listed, as dd/MM/yyyy. */
    public String getShownDay() {
        return shownDay == null ? null : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(shownDay);
    }

    public PagedModel<Automations.RunMessage> getRunModel() {
        return runModel;
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
            Messages.add(null, FacesMessage.SEVERITY_INFO, "messages.automations.ran", label(form.kind), summary(ran.lastResult()));
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    private void replace(Automations.View view) {
        forms = forms.stream().map(f -> f.kind == view.kind() ? form(view) : f).toList();
        if (shownKind == view.kind() && view.lastRunOn() != null) {
            forms.stream().filter(f -> f.kind == view.kind()).findFirst().ifPresent(this::showRun);
        }
    }

    /** The run's counts in the page's language; a result of another shape as it is. */
    static String summary(String result) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return AutomationResult.parse(result).map(r -> Messages.text(locale, "messages.automations.result",
                r.queued(), r.withoutAddress(), r.doNotCall(), r.withoutConsent())).orElse(result);
    }

    private static String label(AutomationKind kind) {
        return Messages.label(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "messages.automation." + kind);
    }

    /** A placeholder as the user's language writes it. */
    public String token(Placeholder placeholder) {
        return placeholder.token(FacesContext.getCurrentInstance().getViewRoot().getLocale());
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
