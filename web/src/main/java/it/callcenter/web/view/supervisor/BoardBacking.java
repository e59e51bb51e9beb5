package it.callcenter.web.view.supervisor;

import it.callcenter.campaign.ActiveCampaigns;
import it.callcenter.campaign.CampaignProgress;
import it.callcenter.campaign.OutcomeSets;
import it.callcenter.campaign.OutcomeView;
import it.callcenter.queue.BoardRow;
import it.callcenter.queue.OperatorPresence;
import it.callcenter.queue.OperatorState;
import it.callcenter.queue.OutcomesToday;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The supervisor's live board (supervisor/board.xhtml): each operator's state and since when, the active campaigns'
 * progress, today's outcomes as a chart. Read again whenever the board's websocket says something changed
 * ({@link BoardPush}); nothing is polled.
 */
@Named
@ViewScoped
public class BoardBacking implements Serializable {

    @EJB
    private OperatorPresence presence;

    @EJB
    private ActiveCampaigns campaigns;

    @EJB
    private OutcomesToday outcomesToday;

    @EJB
    private OutcomeSets outcomeSets;

    private List<BoardRow> operators;
    private List<CampaignProgress> progress;
    private Map<String, Long> outcomes;
    private Map<String, String> labels;

    @PostConstruct
    void init() {
        refresh();
    }

    /** What the websocket's message asks for: everything read again. */
    public void refresh() {
        operators = presence.board();
        progress = campaigns.progress();
        outcomes = outcomesToday.byOutcome();
    }

    public List<BoardRow> getOperators() {
        return operators;
    }

    /** How many operators are in each state, in the order of the states. */
    public Map<OperatorState, Long> getCounts() {
        Map<OperatorState, Long> counts = new EnumMap<>(OperatorState.class);
        for (OperatorState state : OperatorState.values()) {
            counts.put(state, 0L);
        }
        operators.forEach(o -> counts.merge(o.state(), 1L, Long::sum));
        return counts;
    }

    public List<Map.Entry<OperatorState, Long>> getCountList() {
        return List.copyOf(getCounts().entrySet());
    }

    /** "da 12 min": how long the operator has been in the state; nothing for someone never seen. */
    public String since(BoardRow row) {
        return row.since() == null ? "" : SinceText.of(Duration.between(row.since(), Instant.now()), locale());
    }

    public long sinceMillis(BoardRow row) {
        return row.since() == null ? 0 : row.since().toEpochMilli();
    }

    public long getServerNowMillis() {
        return System.currentTimeMillis();
    }

    public List<CampaignProgress> getProgress() {
        return progress;
    }

    public Map<String, Long> getOutcomes() {
        return outcomes;
    }

    public long getOutcomesTotal() {
        return outcomes.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<Map.Entry<String, Long>> getOutcomeList() {
        return List.copyOf(outcomes.entrySet());
    }

    /** The chart of today's outcomes (Chart.js configuration, as p:chart takes it), labels in the user's language. */
    public String getChart() {
        return OutcomeChart.json(outcomes, this::label, Messages.text(locale(), "board.outcomes.count"));
    }

    public String label(String code) {
        if (labels == null) {
            labels = outcomeSets.defaults().stream().collect(Collectors.toMap(OutcomeView::code, o -> o.label(locale()),
                    (a, b) -> a));
        }
        return labels.getOrDefault(code, code);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
