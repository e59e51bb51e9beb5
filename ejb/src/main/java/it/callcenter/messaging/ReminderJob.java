package it.callcenter.messaging;

import it.callcenter.platform.BackgroundJob;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/** Once a minute, runs the appointment reminder automation's day when it is due ({@link AutomationRuns#runIfDue}). */
@Stateless
public class ReminderJob implements BackgroundJob {

    @EJB
    private AutomationRuns runs;

    @Override
    public String name() {
        return "messaging.appointment-reminder";
    }

    @Override
    public int intervalSeconds() {
        return 60;
    }

    @Override
    public String run() {
        return runs.runIfDue(AutomationKind.APPOINTMENT_REMINDER);
    }
}
