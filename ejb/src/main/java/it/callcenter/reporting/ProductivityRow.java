package it.callcenter.reporting;

import java.time.LocalDate;

/**
 * One operator's day (an Italian day): the calls (outcomes recorded), the talk time in seconds, and how many of the
 * calls were contacts, contracts and appointments.
 */
public record ProductivityRow(String operator, String operatorName, LocalDate day, long calls, long talkSeconds,
                              long contacts, long contracts, long appointments) {

    public Double contactRate() {
        return CampaignProgress.ratio(contacts, calls);
    }

    /** Talk time as a clock reads it: {@code 1:02:03}. */
    public static String clock(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
}
