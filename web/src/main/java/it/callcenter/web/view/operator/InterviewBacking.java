package it.callcenter.web.view.operator;

import it.callcenter.BusinessException;
import it.callcenter.campaign.Interview;
import it.callcenter.campaign.Interviews;
import it.callcenter.queue.InterviewAnswers;
import it.callcenter.web.view.FieldErrors;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The campaign's interview on the workstation, beside the script: one field a question, filled with what the entry
 * already has. Its inputs are in the outcome's form, so an outcome sends the answers with it; "Salva risposte" keeps
 * them without an outcome. A refusal (a required answer missing, a number that is not one) is shown beside the
 * question concerned.
 */
@Named
@ViewScoped
public class InterviewBacking implements Serializable {

    static final String FORM = "desk";
    static final String ROWS = FORM + ":interviewRows:";

    @Inject
    private WorkstationBacking workstation;

    @EJB
    private Interviews interviews;

    @EJB
    private InterviewAnswers answers;

    private Long loadedFor;
    private Interview interview = Interview.NONE;
    private List<InterviewRow> rows = List.of();

    public List<InterviewRow> getRows() {
        load();
        return rows;
    }

    public boolean isShown() {
        return !getRows().isEmpty();
    }

    public boolean isMandatory() {
        load();
        return interview.isMandatory();
    }

    /** What the outcome sends: every question's answer as typed (a blank one removes an earlier answer). */
    Map<String, String> answers() {
        Map<String, String> given = new LinkedHashMap<>();
        getRows().forEach(r -> given.put(r.getQuestion().code(), r.getValue() == null ? "" : r.getValue()));
        return given;
    }

    public void save() {
        if (!workstation.isHolding()) {
            return;
        }
        try {
            Map<String, String> kept = answers.save(workstation.getEntry().entryId(), answers());
            rows.forEach(r -> r.setValue(kept.get(r.getQuestion().code())));
            Messages.add(null, FacesMessage.SEVERITY_INFO, "workstation.interview.saved");
        } catch (BusinessException e) {
            show(e);
        }
    }

    /** Shows each violation about an answer beside its question, the others on the page. */
    void show(BusinessException refusal) {
        FieldErrors.show(refusal, this::target, FORM);
    }

    private Optional<FieldErrors.Target> target(String field, Locale locale) {
        if (!field.startsWith("answers.")) {
            return Optional.empty();
        }
        String code = field.substring("answers.".length());
        for (int i = 0; i < rows.size(); i++) {
            InterviewRow row = rows.get(i);
            if (row.getQuestion().code().equals(code)) {
                return Optional.of(new FieldErrors.Target(ROWS + i + (row.isPicked() ? ":pick" : ":text"), null));
            }
        }
        return Optional.empty();
    }

    private void load() {
        if (!workstation.isHolding()) {
            loadedFor = null;
            interview = Interview.NONE;
            rows = List.of();
            return;
        }
        long entryId = workstation.getEntry().entryId();
        if (loadedFor != null && loadedFor == entryId) {
            return;
        }
        interview = interviews.of(workstation.getEntry().campaignId());
        Map<String, String> saved = interview.isEmpty() ? Map.of() : answers.of(entryId);
        rows = interview.questions().stream().map(q -> new InterviewRow(q, saved.get(q.code()))).toList();
        loadedFor = entryId;
    }
}
