package it.callcenter.web.view.operator;

import it.callcenter.BusinessException;
import it.callcenter.agenda.AppointmentDraft;
import it.callcenter.agenda.FieldAgentView;
import it.callcenter.agenda.FieldAgents;
import it.callcenter.campaign.OutcomeKind;
import it.callcenter.campaign.OutcomeView;
import it.callcenter.compliance.CallWindows;
import it.callcenter.queue.OutcomeRequest;
import it.callcenter.queue.OutcomeResult;
import it.callcenter.queue.Outcomes;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The outcome panel of the workstation: one button an outcome of the campaign's set. An outcome that needs more
 * (a callback's time, a contract, an appointment) opens its form first; any other is recorded at once, with the
 * note and the lead note typed above. A refusal (a callback in the past, an agent already booked) keeps the form
 * open and the customer held.
 */
@Named
@ViewScoped
public class OutcomePanelBacking implements Serializable {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(CallWindows.ITALY);

    @Inject
    private WorkstationBacking workstation;

    @Inject
    private CompactCardBacking card;

    @EJB
    private Outcomes outcomes;

    @EJB
    private FieldAgents agents;

    private OutcomeView chosen;
    private String note;
    private String leadNoteTo;
    private String leadNoteText;

    private LocalDate callbackDay;
    private LocalTime callbackTime;
    private OutcomeRequest.CallbackFor callbackFor = OutcomeRequest.CallbackFor.ME;

    private String product;
    private BigDecimal value;
    private LocalDate startDate;

    private String agent;
    private LocalDate appointmentDay;
    private LocalTime appointmentTime;
    private Integer durationMinutes = AppointmentDraft.DEFAULT_MINUTES;
    private String place;
    private String appointmentNotes;

    private List<FieldAgentView> agentList;

    /** What a button press does: opens the outcome's form, or records it now. */
    public void press(OutcomeView outcome) {
        if (form(outcome) == null) {
            record(outcome);
        } else {
            chosen = outcome;
            if (outcome.kind() == OutcomeKind.CALLBACK && callbackDay == null) {
                LocalDateTime inAnHour = LocalDateTime.now(CallWindows.ITALY).plusHours(1).truncatedTo(ChronoUnit.HOURS);
                callbackDay = inAnHour.toLocalDate();
                callbackTime = inAnHour.toLocalTime();
            }
        }
    }

    public void confirm() {
        if (chosen != null) {
            record(chosen);
        }
    }

    public void cancel() {
        chosen = null;
    }

    /** Which form an outcome needs before it is recorded: CALLBACK, CONTRACT, APPOINTMENT, or none (null). */
    public String form(OutcomeView outcome) {
        if (outcome.kind() == OutcomeKind.CALLBACK) {
            return "CALLBACK";
        }
        return "CONTRACT".equals(outcome.code()) || "APPOINTMENT".equals(outcome.code()) ? outcome.code() : null;
    }

    public String getForm() {
        return chosen == null ? null : form(chosen);
    }

    private void record(OutcomeView outcome) {
        if (!workstation.isHolding() || !card.saveIfChanged()) {
            return;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            OutcomeResult result = outcomes.record(workstation.getEntry().entryId(), request(outcome));
            String label = outcome.label(locale);
            String summary = result.dueAt() != null && outcome.kind() == OutcomeKind.CALLBACK
                    ? Messages.text(locale, "workstation.outcome.callback", label, SHOWN.format(result.dueAt()))
                    : Messages.text(locale, "workstation.outcome.recorded", label);
            workstation.recorded(summary);
            reset();
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    private OutcomeRequest request(OutcomeView outcome) {
        String form = form(outcome);
        Instant callbackAt = "CALLBACK".equals(form) ? at(callbackDay, callbackTime) : null;
        OutcomeRequest.ContractData contract = "CONTRACT".equals(form)
                ? new OutcomeRequest.ContractData(product, value, startDate, null) : null;
        OutcomeRequest.AppointmentData appointment = "APPOINTMENT".equals(form)
                ? new OutcomeRequest.AppointmentData(agent, at(appointmentDay, appointmentTime), durationMinutes, place,
                appointmentNotes) : null;
        OutcomeRequest.LeadNoteData lead = leadNoteTo == null || leadNoteTo.isBlank() ? null
                : new OutcomeRequest.LeadNoteData(leadNoteTo, leadNoteText);
        return new OutcomeRequest(outcome.code(), note, callbackAt, "CALLBACK".equals(form) ? callbackFor : null,
                contract, appointment, lead, null);
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day == null || time == null ? null : ZonedDateTime.of(day, time, CallWindows.ITALY).toInstant();
    }

    private void reset() {
        chosen = null;
        note = null;
        leadNoteTo = null;
        leadNoteText = null;
        callbackDay = null;
        callbackTime = null;
        callbackFor = OutcomeRequest.CallbackFor.ME;
        product = null;
        value = null;
        startDate = null;
        agent = null;
        appointmentDay = null;
        appointmentTime = null;
        durationMinutes = AppointmentDraft.DEFAULT_MINUTES;
        place = null;
        appointmentNotes = null;
    }

    /** "1 Non risponde": the label in the user's language after its key. */
    public String buttonLabel(OutcomeView outcome) {
        String label = outcome.label(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return outcome.shortcut() == null ? label : outcome.shortcut() + " " + label;
    }

    public List<FieldAgentView> getAgents() {
        if (agentList == null) {
            agentList = agents.bookable();
        }
        return agentList;
    }

    public OutcomeRequest.CallbackFor[] getCallbackChoices() {
        return OutcomeRequest.CallbackFor.values();
    }

    public OutcomeView getChosen() {
        return chosen;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getLeadNoteTo() {
        return leadNoteTo;
    }

    public void setLeadNoteTo(String leadNoteTo) {
        this.leadNoteTo = leadNoteTo;
    }

    public String getLeadNoteText() {
        return leadNoteText;
    }

    public void setLeadNoteText(String leadNoteText) {
        this.leadNoteText = leadNoteText;
    }

    public LocalDate getCallbackDay() {
        return callbackDay;
    }

    public void setCallbackDay(LocalDate callbackDay) {
        this.callbackDay = callbackDay;
    }

    public LocalTime getCallbackTime() {
        return callbackTime;
    }

    public void setCallbackTime(LocalTime callbackTime) {
        this.callbackTime = callbackTime;
    }

    public OutcomeRequest.CallbackFor getCallbackFor() {
        return callbackFor;
    }

    public void setCallbackFor(OutcomeRequest.CallbackFor callbackFor) {
        this.callbackFor = callbackFor;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public LocalDate getAppointmentDay() {
        return appointmentDay;
    }

    public void setAppointmentDay(LocalDate appointmentDay) {
        this.appointmentDay = appointmentDay;
    }

    public LocalTime getAppointmentTime() {
        return appointmentTime;
    }

    public void setAppointmentTime(LocalTime appointmentTime) {
        this.appointmentTime = appointmentTime;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAppointmentNotes() {
        return appointmentNotes;
    }

    public void setAppointmentNotes(String appointmentNotes) {
        this.appointmentNotes = appointmentNotes;
    }
}
