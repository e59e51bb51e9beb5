package it.callcenter.web.view.campaign;

import it.callcenter.campaign.InterviewQuestion;
import it.callcenter.campaign.QuestionType;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** One question as the campaign page edits it: its choices as lines of one text. */
public class QuestionForm implements Serializable {

    private String code;
    private String text;
    private QuestionType type = QuestionType.TEXT;
    private String choices;
    private boolean required;

    static QuestionForm of(InterviewQuestion question) {
        QuestionForm form = new QuestionForm();
        form.code = question.code();
        form.text = question.text();
        form.type = question.type();
        form.choices = String.join("\n", question.choices());
        form.required = question.isRequired();
        return form;
    }

    InterviewQuestion question() {
        List<String> lines = choices == null ? List.of() : Arrays.stream(choices.split("\\R")).toList();
        return new InterviewQuestion(code, text, type, lines, required);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = choices;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
