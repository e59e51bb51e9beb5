package it.callcenter.web.view.campaign;

import it.callcenter.BusinessException;
import it.callcenter.campaign.Interview;
import it.callcenter.campaign.Interviews;
import it.callcenter.campaign.QuestionType;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The campaign's interview on its page (SUPERVISOR+ reach the page): the questions in order, each with its code,
 * text, type, choices and whether it is required, and the "mandatory" flag; saved whole.
 */
@Named
@ViewScoped
public class CampaignInterviewBacking implements Serializable {

    @EJB
    private Interviews interviews;

    @Inject
    private CampaignBacking campaign;

    private List<QuestionForm> questions;
    private boolean mandatory;

    private void read() {
        if (questions == null) {
            Interview interview = interviews.of(campaign.getId());
            questions = new ArrayList<>(interview.questions().stream().map(QuestionForm::of).toList());
            mandatory = interview.isMandatory();
        }
    }

    public void add() {
        read();
        QuestionForm question = new QuestionForm();
        question.setCode("q" + (questions.size() + 1));
        questions.add(question);
    }

    public void remove(QuestionForm question) {
        read();
        questions.remove(question);
    }

    public void up(QuestionForm question) {
        read();
        int at = questions.indexOf(question);
        if (at > 0) {
            questions.remove(at);
            questions.add(at - 1, question);
        }
    }

    public void save() {
        read();
        try {
            Interview saved = interviews.change(campaign.getId(),
                    new Interview(questions.stream().map(QuestionForm::question).toList(), mandatory));
            questions = new ArrayList<>(saved.questions().stream().map(QuestionForm::of).toList());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "campaign.interview.saved");
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    public QuestionType[] getTypes() {
        return QuestionType.values();
    }

    public List<QuestionForm> getQuestions() {
        read();
        return questions;
    }

    public boolean isMandatory() {
        read();
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }
}
