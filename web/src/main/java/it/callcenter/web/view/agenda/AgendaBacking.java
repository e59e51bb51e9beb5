package it.callcenter.web.view.agenda;

import it.callcenter.agenda.AppointmentBook;
import it.callcenter.agenda.AppointmentView;
import it.callcenter.agenda.FieldAgentView;
import it.callcenter.agenda.FieldAgents;
import it.callcenter.compliance.CallWindows;
import it.callcenter.registry.PartyService;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The field agents' calendar (agenda/agenda.xhtml): one agent's week, or everyone's, read from the appointments a
 * week at a time as the user moves; an agent opens on their own, anyone else on all; {@code ?agent=&date=} open it
 * on an agent and a day. An event opens the party's card; a party the user may not see shows as a
 * reserved appointment without a link.
 */
@Named
@ViewScoped
public class AgendaBacking implements Serializable {

    @EJB
    private AppointmentBook appointments;

    @EJB
    private FieldAgents agents;

    @EJB
    private PartyService parties;

    private List<FieldAgentView> agentList;
    private String agent;
    private LocalDate date;
    private LazyScheduleModel model;

    @PostConstruct
    void init() {
        agentList = agents.list().stream().filter(FieldAgentView::bookable).toList();
        String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        agent = agentList.stream().map(FieldAgentView::username).filter(me::equals).findFirst().orElse(null);
        model = new LazyScheduleModel() {
            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                load(this, start, end);
            }
        };
    }

    private void load(ScheduleModel into, LocalDateTime start, LocalDateTime end) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Map<Long, Boolean> visible = new HashMap<>();
        for (AppointmentView a : appointments.between(start.atZone(CallWindows.ITALY).toInstant(),
                end.atZone(CallWindows.ITALY).toInstant(), agent)) {
            boolean mayOpen = visible.computeIfAbsent(a.partyId(), parties::isVisible);
            String who = mayOpen ? a.partyName() : Messages.text(locale, "agenda.reserved");
            String title = agent == null ? who + " \u2013 " + a.agentName() : who;
            DefaultScheduleEvent.Builder<Long> event = DefaultScheduleEvent.<Long>builder()
                    .id(String.valueOf(a.id()))
                    .title(title)
                    .description(a.place())
                    .startDate(LocalDateTime.ofInstant(a.start(), CallWindows.ITALY))
                    .endDate(LocalDateTime.ofInstant(a.end(), CallWindows.ITALY))
                    .data(a.partyId())
                    .editable(false)
                    .styleClass("app-appointment");
            if (mayOpen) {
                event.url(external.getRequestContextPath() + "/registry/party.xhtml?id=" + a.partyId());
            }
            into.addEvent(event.build());
        }
    }

    /** The address of the chosen agent's iCal feed, for a calendar application to subscribe to. */
    public String getFeedUrl() {
        if (agent == null) {
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String port = ("http".equals(external.getRequestScheme()) && external.getRequestServerPort() == 80)
                || ("https".equals(external.getRequestScheme()) && external.getRequestServerPort() == 443)
                ? "" : ":" + external.getRequestServerPort();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + port + external.getRequestContextPath()
                + "/api/agents/" + agent + "/agenda.ics";
    }

    public List<FieldAgentView> getAgents() {
        return agentList;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent == null || agent.isBlank() ? null : agent;
    }

    /** The day the calendar opens on (its week); null: today. */
    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public ScheduleModel getModel() {
        return model;
    }

    public String getTimeZone() {
        return CallWindows.ITALY.getId();
    }
}
