package it.callcenter.web.view.operator;

import it.callcenter.campaign.InterviewQuestion;
import it.callcenter.campaign.QuestionType;

import java.io.Serializable;
import java.util.List;

/** One question of the interview on the workstation, with the answer typed or picked (as it is kept). */
public class InterviewRow implements Serializable {

    private final InterviewQuestion question;
    private String value;

    InterviewRow(InterviewQuestion question, String value) {
        this.question = question;
        this.value = value;
    }

    public InterviewQuestion getQuestion() {
        return question;
    }

    /** Answered by picking one (yes/no, a choice) rather than typing. */
    public boolean isPicked() {
        return question.type() == QuestionType.YES_NO || question.type() == QuestionType.CHOICE;
    }

    /** What may be picked: YES and NO, or the question's choices. */
    public List<String> getOptions() {
        return question.type() == QuestionType.YES_NO ? List.of("YES", "NO") : question.choices();
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
