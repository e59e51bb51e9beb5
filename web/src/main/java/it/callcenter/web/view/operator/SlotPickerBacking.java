package it.callcenter.web.view.operator;

import it.callcenter.BusinessException;
import it.callcenter.agenda.AgentSlots;
import it.callcenter.agenda.SlotProposals;
import it.callcenter.compliance.CallWindows;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The slot proposal on the workstation's appointment form: the agents whose zone covers the customer's comune and
 * their free slots in the next days; picking one fills the form's agent, day, time and length.
 */
@Named
@ViewScoped
public class SlotPickerBacking implements Serializable {

    /** Slots shown per agent on the form. */
    static final int SHOWN = 12;
    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("EEE dd/MM HH:mm");

    @EJB
    private SlotProposals proposals;

    @Inject
    private WorkstationBacking workstation;

    @Inject
    private OutcomePanelBacking panel;

    private Long readFor;
    private List<AgentSlots> agents = List.of();
    private int days = SlotProposals.DEFAULT_DAYS;
    private String picked;

    public List<AgentSlots> getAgents() {
        Long party = workstation.getPartyId();
        if (party != null && !Objects.equals(party, readFor)) {
            read(party);
        }
        return agents;
    }

    private void read(long party) {
        readFor = party;
        picked = null;
        try {
            agents = proposals.forParty(party, days);
        } catch (BusinessException e) {
            agents = List.of();
            Messages.add(e);
        }
    }

    public void reload() {
        if (workstation.getPartyId() != null) {
            read(workstation.getPartyId());
        }
    }

    /** The first slots of an agent, as many as the form shows. */
    public List<AgentSlots.FreeSlot> shown(AgentSlots agent) {
        return agent.slots().size() > SHOWN ? agent.slots().subList(0, SHOWN) : agent.slots();
    }

    public String label(AgentSlots.FreeSlot slot) {
        return SLOT.withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(slot.start().atZone(CallWindows.ITALY));
    }

    public void pick(AgentSlots agent, AgentSlots.FreeSlot slot) {
        ZonedDateTime start = slot.start().atZone(CallWindows.ITALY);
        panel.setAgent(agent.agent());
        panel.setAppointmentDay(start.toLocalDate());
        panel.setAppointmentTime(start.toLocalTime().truncatedTo(ChronoUnit.MINUTES));
        panel.setDurationMinutes((int) ChronoUnit.MINUTES.between(slot.start(), slot.end()));
        picked = Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "workstation.slots.picked",
                agent.fullName(), label(slot));
        Messages.add(null, FacesMessage.SEVERITY_INFO, "workstation.slots.picked", agent.fullName(), label(slot));
    }

    public String getPicked() {
        return picked;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = Math.max(1, Math.min(days, SlotProposals.MAX_DAYS));
    }
}
