package it.callcenter.web.view.campaign;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One calling window as the campaign page edits it: its days (MON … SUN, PRE_HOLIDAY) and hours ("09:00"). */
public class WindowRow implements Serializable {

    private List<String> days;
    private String from;
    private String to;

    public WindowRow(List<String> days, String from, String to) {
        this.days = new ArrayList<>(days);
        this.from = from;
        this.to = to;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days;
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
}
