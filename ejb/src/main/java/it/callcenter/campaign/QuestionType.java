package it.callcenter.campaign;

/** What kind of answer an interview question takes: free text, a number, yes or no, one of its choices. */
public enum QuestionType {
    TEXT, NUMBER, YES_NO, CHOICE
}
