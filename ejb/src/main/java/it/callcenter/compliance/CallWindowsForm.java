package it.callcenter.compliance;

import it.callcenter.BusinessException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Calling windows as API.md writes them and as a campaign stores them:
 * {@code {"windows":[{"days":["MON","TUE"],"from":"09:00","to":"20:00"}],"holidays":false}}; the day
 * {@code PRE_HOLIDAY} names the day before a national holiday; {@code holidays:false} keeps national holidays closed.
 * A window's {@code to} may be {@code 24:00}, the end of the day: "00:00" to "23:59" would leave the day's last minute
 * closed.
 */
public record CallWindowsForm(List<Window> windows, Boolean holidays) {

    private static final Jsonb JSON = JsonbBuilder.create();
    public static final String PRE_HOLIDAY = "PRE_HOLIDAY";
    public static final int MAX_WINDOWS = 20;
    /** How a window that lasts to the end of the day writes its {@code to}. */
    public static final String END_OF_DAY = "24:00";
    static final int PARSED_KEPT = 1_000;
    private static final java.util.Map<String, CallWindows> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    public record Window(List<String> days, String from, String to) {
    }

    public static CallWindowsForm of(CallWindows windows) {
        List<Window> list = windows.windows().stream().map(w -> {
            List<String> days = new ArrayList<>(w.days().stream().sorted().map(d -> d.name().substring(0, 3)).toList());
            if (w.dayBeforeHoliday()) {
                days.add(PRE_HOLIDAY);
            }
            return new Window(days, w.from().toString(), w.to().equals(LocalTime.MAX) ? END_OF_DAY : w.to().toString());
        }).toList();
        return new CallWindowsForm(list, windows.onHolidays());
    }

    /** The windows this form describes, or a refusal naming the wrong part. */
    public CallWindows toWindows() {
        if (windows == null || windows.isEmpty()) {
            throw new BusinessException("windows", "REQUIRED");
        }
        if (windows.size() > MAX_WINDOWS) {
            throw new BusinessException("windows", "TOO_MANY_VALUES", MAX_WINDOWS);
        }
        List<CallWindow> parsed = new ArrayList<>();
        for (Window window : windows) {
            if (window == null || window.days() == null) {
                throw new BusinessException("windows.days", "REQUIRED");
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            boolean preHoliday = false;
            for (String day : window.days()) {
                String code = day == null ? "" : day.strip().toUpperCase(Locale.ROOT);
                if (code.equals(PRE_HOLIDAY)) {
                    preHoliday = true;
                } else {
                    days.add(day(code));
                }
            }
            parsed.add(new CallWindow(days, preHoliday, time("windows.from", window.from()), endTime(window.to())));
        }
        return new CallWindows(parsed, Boolean.TRUE.equals(holidays));
    }

    public String toJson() {
        return JSON.toJson(this);
    }

    /**
     * The stored text's windows. Dispatch parses each assigned campaign's text at every "next customer"; the texts are
     * few (one a campaign) and the windows immutable, so each text's are kept (at most {@link #PARSED_KEPT} texts).
     */
    public static CallWindows parse(String json) {
        if (json == null || json.isBlank()) {
            return CallWindows.legalDefault();
        }
        CallWindows known = PARSED.get(json);
        if (known != null) {
            return known;
        }
        try {
            CallWindows windows = JSON.fromJson(json, CallWindowsForm.class).toWindows();
            if (PARSED.size() >= PARSED_KEPT) {
                PARSED.clear();
            }
            PARSED.put(json, windows);
            return windows;
        } catch (JsonbException e) {
            throw new IllegalStateException("Stored call windows are not readable: " + json, e);
        }
    }

    private static DayOfWeek day(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(code) && code.length() >= 3) {
                return day;
            }
        }
        throw new BusinessException("windows.days", "INVALID_VALUE");
    }

    /** A window's end: a time of the day, or {@value #END_OF_DAY} for the end of the day. */
    private static LocalTime endTime(String text) {
        return text != null && text.strip().equals(END_OF_DAY) ? LocalTime.MAX : time("windows.to", text);
    }

    private static LocalTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException(field, "REQUIRED");
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException(field, "INVALID_FORMAT");
        }
    }
}
