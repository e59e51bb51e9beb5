package it.callcenter.web.view.agenda;

import it.callcenter.BusinessException;
import it.callcenter.agenda.AgentWorkPlan;
import it.callcenter.agenda.FieldAgentView;
import it.callcenter.agenda.FieldAgents;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An agent's zones and hours (admin/agents.xhtml, "Zone e orari"): the working days, the hours, the appointment's
 * length, the travel time, and the comuni, postal codes and provinces covered, typed as lists separated by commas.
 */
@Named
@ViewScoped
public class AgentPlanBacking implements Serializable {

    @EJB
    private FieldAgents agents;

    private String username;
    private String fullName;
    /** The days as names (a many-select hands Strings back). */
    private List<String> days = new ArrayList<>();
    private String from;
    private String to;
    private int appointmentMinutes;
    private int travelMinutes;
    private String comuni;
    private String postalCodes;
    private String provinces;

    public void start(FieldAgentView agent) {
        username = agent.username();
        fullName = agent.fullName();
        AgentWorkPlan plan = agents.workPlanOf(username);
        days = plan.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.toCollection(ArrayList::new));
        from = plan.from().toString();
        to = plan.to().toString();
        appointmentMinutes = plan.appointmentMinutes();
        travelMinutes = plan.travelMinutes();
        comuni = codes(plan, AgentWorkPlan.ZoneKind.COMUNE);
        postalCodes = codes(plan, AgentWorkPlan.ZoneKind.POSTAL_CODE);
        provinces = codes(plan, AgentWorkPlan.ZoneKind.PROVINCE);
    }

    public void save() {
        try {
            List<AgentWorkPlan.Zone> zones = new ArrayList<>();
            zones(zones, AgentWorkPlan.ZoneKind.COMUNE, comuni);
            zones(zones, AgentWorkPlan.ZoneKind.POSTAL_CODE, postalCodes);
            zones(zones, AgentWorkPlan.ZoneKind.PROVINCE, provinces);
            EnumSet<DayOfWeek> week = EnumSet.noneOf(DayOfWeek.class);
            days.forEach(d -> week.add(DayOfWeek.valueOf(d)));
            agents.saveWorkPlan(username, new AgentWorkPlan(week,
                    time("from", from), time("to", to), appointmentMinutes, travelMinutes, zones));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "agents.saved", fullName);
            PrimeFaces.current().executeScript("PF('planDialog').hide()");
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    private static LocalTime time(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException(field, "INVALID_VALUE");
        }
    }

    private static void zones(List<AgentWorkPlan.Zone> zones, AgentWorkPlan.ZoneKind kind, String text) {
        if (text != null) {
            Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).forEach(code -> zones.add(new AgentWorkPlan.Zone(kind, code)));
        }
    }

    private static String codes(AgentWorkPlan plan, AgentWorkPlan.ZoneKind kind) {
        return plan.zones().stream().filter(z -> z.kind() == kind).map(AgentWorkPlan.Zone::code).collect(Collectors.joining(", "));
    }

    public DayOfWeek[] getWeek() {
        return DayOfWeek.values();
    }

    public String getFullName() {
        return fullName;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getAppointmentMinutes() {
        return appointmentMinutes;
    }

    public void setAppointmentMinutes(int appointmentMinutes) {
        this.appointmentMinutes = appointmentMinutes;
    }

    public int getTravelMinutes() {
        return travelMinutes;
    }

    public void setTravelMinutes(int travelMinutes) {
        this.travelMinutes = travelMinutes;
    }

    public String getComuni() {
        return comuni;
    }

    public void setComuni(String comuni) {
        this.comuni = comuni;
    }

    public String getPostalCodes() {
        return postalCodes;
    }

    public void setPostalCodes(String postalCodes) {
        this.postalCodes = postalCodes;
    }

    public String getProvinces() {
        return provinces;
    }

    public void setProvinces(String provinces) {
        this.provinces = provinces;
    }
}
