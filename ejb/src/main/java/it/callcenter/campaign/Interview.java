package it.callcenter.campaign;

import jakarta.json.bind.annotation.JsonbTransient;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A campaign's questionnaire (API.md's body of {@code PUT /campaigns/{id}/interview}): its questions in order and
 * whether it is mandatory, i.e. whether an outcome that counts as a contact waits for every required answer.
 */
public record Interview(List<InterviewQuestion> questions, Boolean mandatory) implements Serializable {

    public static final int QUESTIONS_MAX = 100;
    public static final Interview NONE = new Interview(List.of(), false);

    public Interview {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    @JsonbTransient
    public boolean isMandatory() {
        return Boolean.TRUE.equals(mandatory);
    }

    @JsonbTransient
    public boolean isEmpty() {
        return questions.isEmpty();
    }

    /** The required questions without an answer in {@code answers} (code → kept answer), in the questionnaire's order. */
    public List<InterviewQuestion> unanswered(Map<String, String> answers) {
        return questions.stream().filter(InterviewQuestion::isRequired)
                .filter(q -> answers.get(q.code()) == null || answers.get(q.code()).isBlank()).toList();
    }

    /** The question of {@code code}, if the questionnaire has it. */
    public java.util.Optional<InterviewQuestion> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }
}
