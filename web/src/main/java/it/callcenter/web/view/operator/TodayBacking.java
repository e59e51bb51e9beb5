package it.callcenter.web.view.operator;

import it.callcenter.BusinessException;
import it.callcenter.agenda.Activities;
import it.callcenter.agenda.ActivityView;
import it.callcenter.agenda.AppointmentBook;
import it.callcenter.agenda.AppointmentView;
import it.callcenter.compliance.CallWindows;
import it.callcenter.queue.Callbacks;
import it.callcenter.queue.DueCallback;
import it.callcenter.security.Role;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "Oggi" (operator/today.xhtml), the operators' home: the callbacks due today and the late ones (taking one opens
 * the workstation with that customer), the user's open activities, and today's appointments: those the user booked
 * or will visit, every one of the day for supervisors and above.
 */
@Named
@ViewScoped
public class TodayBacking implements Serializable {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm").withZone(CallWindows.ITALY);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(CallWindows.ITALY);

    @EJB
    private Callbacks callbacks;

    @EJB
    private Activities activities;

    @EJB
    private AppointmentBook appointments;

    private List<DueCallback> callbackList;
    private List<ActivityView> activityList;
    private List<AppointmentView> appointmentList;

    public boolean isOperator() {
        return external().isUserInRole(Role.OPERATOR_NAME);
    }

    public List<DueCallback> getCallbacks() {
        if (callbackList == null) {
            callbackList = isOperator() ? callbacks.dueToday() : List.of();
        }
        return callbackList;
    }

    /** Takes the callback and opens the workstation on it; a refusal (someone took it first) says why. */
    public void take(DueCallback callback) {
        try {
            callbacks.take(callback.entryId());
            ExternalContext external = external();
            external.redirect(external.getRequestContextPath() + "/operator/workstation.xhtml");
        } catch (BusinessException e) {
            Messages.add(e);
            callbackList = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean due(DueCallback callback) {
        return callback.due(Instant.now());
    }

    public boolean late(DueCallback callback) {
        return callback.dueAt().isBefore(today().atStartOfDay(CallWindows.ITALY).toInstant());
    }

    /** Today's callbacks by their time; earlier days' with the day. */
    public String when(DueCallback callback) {
        return late(callback) ? DAY_TIME.format(callback.dueAt()) : TIME.format(callback.dueAt());
    }

    public List<ActivityView> getActivities() {
        if (activityList == null) {
            activityList = activities.dueFor(external().getRemoteUser(), today());
        }
        return activityList;
    }

    public void complete(ActivityView activity) {
        try {
            activities.complete(activity.id(), activity.version());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "agenda.activity.completed");
        } catch (BusinessException e) {
            Messages.add(e);
        }
        activityList = null;
    }

    public boolean late(ActivityView activity) {
        return activity.dueOn().isBefore(today());
    }

    public List<AppointmentView> getAppointments() {
        if (appointmentList == null) {
            Instant from = today().atStartOfDay(CallWindows.ITALY).toInstant();
            Instant to = today().plusDays(1).atStartOfDay(CallWindows.ITALY).toInstant();
            String me = external().getRemoteUser();
            boolean all = !isOperator() || external().isUserInRole(Role.SUPERVISOR_NAME)
                    || external().isUserInRole(Role.MANAGER_NAME) || external().isUserInRole(Role.ADMIN_NAME);
            appointmentList = appointments.between(from, to, null).stream()
                    .filter(a -> all || me.equals(a.bookedBy()) || me.equals(a.agent())).toList();
        }
        return appointmentList;
    }

    public String time(AppointmentView appointment) {
        return TIME.format(appointment.start()) + "–" + TIME.format(appointment.end());
    }

    public String getToday() {
        return today().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    private static LocalDate today() {
        return LocalDate.now(CallWindows.ITALY);
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
