package it.callcenter.web.view.agenda;

import it.callcenter.BusinessException;
import it.callcenter.agenda.Activities;
import it.callcenter.agenda.ActivityDraft;
import it.callcenter.agenda.ActivityView;
import it.callcenter.agenda.LeadNotes;
import it.callcenter.compliance.CallWindows;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartyTimeline;
import it.callcenter.registry.TimelineEvent;
import it.callcenter.web.i18n.Messages;
import it.callcenter.web.i18n.TimelineTexts;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline on the party card (WEB-INF/includes/timeline.xhtml): the events newest first, twenty at a time
 * ("more" reads twenty more); the party's open activities, to add and to mark done; a lead note to a user. The
 * include hands the party's id to every call, so the bean serves whichever card it is on.
 */
@Named
@ViewScoped
public class TimelineBacking implements Serializable {

    static final int PAGE = 20;
    static final List<Integer> MONTHS = List.of(1, 3, 6, 9, 12);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(CallWindows.ITALY);
    private static final Map<TimelineEvent.Kind, String> ICONS = Map.of(
            TimelineEvent.Kind.CALL, "pi pi-phone", TimelineEvent.Kind.OUTCOME, "pi pi-flag",
            TimelineEvent.Kind.APPOINTMENT, "pi pi-calendar", TimelineEvent.Kind.CONTRACT, "pi pi-file-edit",
            TimelineEvent.Kind.ACTIVITY, "pi pi-check-square", TimelineEvent.Kind.CAMPAIGN, "pi pi-megaphone",
            TimelineEvent.Kind.CONSENT, "pi pi-shield", TimelineEvent.Kind.STATUS, "pi pi-tag",
            TimelineEvent.Kind.NOTE, "pi pi-send", TimelineEvent.Kind.MESSAGE, "pi pi-envelope");

    @EJB
    private PartyTimeline timeline;

    @EJB
    private PartyService parties;

    @EJB
    private Activities activities;

    @EJB
    private LeadNotes leadNotes;

    private Long partyId;
    private int limit = PAGE;
    private List<Row> events;
    private List<ActivityView> open;
    private final Map<Long, String> names = new HashMap<>();

    private String activityText;
    private LocalDate dueOn;
    private LocalTime dueTime;
    private Integer inMonths;
    private String assignee;
    private String noteTo;
    private String noteText;

    /** One line of the timeline as the card shows it. */
    public record Row(String at, TimelineEvent.Kind kind, String icon, String text, String by, long partyId, String of) {
    }

    public List<Row> events(Long id) {
        show(id);
        if (events == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            events = timeline.of(id, limit).stream().map(e -> new Row(SHOWN.format(e.at()), e.kind(), ICONS.get(e.kind()),
                    TimelineTexts.text(e, locale), e.by(), e.partyId(), e.partyId() == id ? null : nameOf(e.partyId()))).toList();
        }
        return events;
    }

    /** Whether "more" may find older events: the last read filled the page. */
    public boolean hasMore(Long id) {
        return events(id).size() >= limit && limit < PartyTimeline.MAX_EVENTS;
    }

    public void more() {
        limit = Math.min(limit + PAGE, PartyTimeline.MAX_EVENTS);
        events = null;
    }

    public List<ActivityView> openActivities(Long id) {
        show(id);
        if (open == null) {
            open = activities.ofParty(id).stream().filter(a -> !a.done()).toList();
        }
        return open;
    }

    public void addActivity(Long id) {
        try {
            LocalDate due = dueOn == null && inMonths != null ? LocalDate.now(CallWindows.ITALY).plusMonths(inMonths) : dueOn;
            activities.create(id, new ActivityDraft(activityText, due, dueTime, assignee));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "agenda.activity.added");
            activityText = null;
            dueOn = null;
            dueTime = null;
            inMonths = null;
            assignee = null;
            refresh();
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    public void complete(ActivityView activity) {
        try {
            activities.complete(activity.id(), activity.version());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "agenda.activity.completed");
        } catch (BusinessException e) {
            Messages.add(e);
        }
        refresh();
    }

    public void sendLeadNote(Long id) {
        try {
            leadNotes.send(id, noteTo, noteText);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "agenda.leadNote.sent", noteTo);
            noteTo = null;
            noteText = null;
            refresh();
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    /** Picking "in N months" fills the day in, so the user sees it before adding. */
    public void monthsChosen() {
        if (inMonths != null) {
            dueOn = LocalDate.now(CallWindows.ITALY).plusMonths(inMonths);
        }
    }

    public String dueText(ActivityView activity) {
        String day = activity.dueOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        return activity.dueTime() == null ? day : day + " " + activity.dueTime().format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    public boolean late(ActivityView activity) {
        return activity.dueOn().isBefore(LocalDate.now(CallWindows.ITALY));
    }

    public List<Integer> getMonths() {
        return MONTHS;
    }

    private void show(Long id) {
        if (!id.equals(partyId)) {
            partyId = id;
            limit = PAGE;
            refresh();
        }
    }

    private void refresh() {
        events = null;
        open = null;
    }

    /** The name of a representative or administrator whose event shows on the company's card. */
    private String nameOf(long id) {
        return names.computeIfAbsent(id, key -> parties.isVisible(key) ? parties.find(key).displayName() : "#" + key);
    }

    public String getActivityText() {
        return activityText;
    }

    public void setActivityText(String activityText) {
        this.activityText = activityText;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LocalTime getDueTime() {
        return dueTime;
    }

    public void setDueTime(LocalTime dueTime) {
        this.dueTime = dueTime;
    }

    public Integer getInMonths() {
        return inMonths;
    }

    public void setInMonths(Integer inMonths) {
        this.inMonths = inMonths;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getNoteTo() {
        return noteTo;
    }

    public void setNoteTo(String noteTo) {
        this.noteTo = noteTo;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }
}
