package it.callcenter.agenda;

import java.time.LocalDate;
import java.time.LocalTime;

/** An activity as it is asked for: what to do, by which day (and maybe at what time), by whom (null: the caller). */
public record ActivityDraft(String text, LocalDate dueOn, LocalTime dueTime, String assignee) {

    /** "Richiamare fra 9 mesi": due that many months after {@code today}, at no set time. */
    public static ActivityDraft inMonths(String text, int months, String assignee, LocalDate today) {
        return new ActivityDraft(text, today.plusMonths(months), null, assignee);
    }
}
