package it.callcenter.campaign;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The interview's rules: what each type of question keeps as an answer, and which required questions are unanswered. */
class InterviewTest {

    private static final InterviewQuestion PEOPLE = new InterviewQuestion("people", "Quante persone?", QuestionType.NUMBER, null, true);
    private static final InterviewQuestion SUPPLIER = new InterviewQuestion("supplier", "Ha un fornitore?", QuestionType.YES_NO, null, true);
    private static final InterviewQuestion WHICH = new InterviewQuestion("which", "Quale?", QuestionType.CHOICE, List.of("Enel", "Eni"), false);
    private static final InterviewQuestion NOTE = new InterviewQuestion("note", "Altro", QuestionType.TEXT, null, false);

    @Test
    void eachTypeKeepsItsAnswerInOneForm() {
        assertEquals("1.5", PEOPLE.normalise(" 1,5 "));
        assertEquals("1234", PEOPLE.normalise("1.234,00"));
        assertEquals("YES", SUPPLIER.normalise("s\u00ec"));
        assertEquals("NO", SUPPLIER.normalise("false"));
        assertEquals("Eni", WHICH.normalise("ENI"));
        assertEquals("ok", NOTE.normalise("  ok "));
        assertNull(NOTE.normalise("  "));
    }

    @Test
    void aWrongAnswerIsRefusedOnItsQuestion() {
        BusinessException number = assertThrows(BusinessException.class, () -> PEOPLE.normalise("tre"));
        assertEquals("answers.people", number.field());
        assertEquals("INTERVIEW_ANSWER_INVALID", number.code());
        assertThrows(BusinessException.class, () -> SUPPLIER.normalise("forse"));
        assertThrows(BusinessException.class, () -> WHICH.normalise("Edison"));
    }

    @Test
    void theUnansweredAreTheRequiredWithoutAnAnswerInOrder() {
        Interview interview = new Interview(List.of(PEOPLE, SUPPLIER, WHICH, NOTE), true);
        assertEquals(List.of(PEOPLE, SUPPLIER), interview.unanswered(Map.of()));
        assertEquals(List.of(SUPPLIER), interview.unanswered(Map.of("people", "3", "which", "Eni")));
        assertEquals(List.of(), interview.unanswered(Map.of("people", "3", "supplier", "NO")));
    }

    @Test
    void aQuestionIsCheckedBeforeItIsKept() {
        assertEquals("INTERVIEW_CODE_INVALID", assertThrows(BusinessException.class,
                () -> new InterviewQuestion("a b", "x", QuestionType.TEXT, null, false).checked(0)).code());
        assertEquals("INTERVIEW_CHOICES", assertThrows(BusinessException.class,
                () -> new InterviewQuestion("c", "x", QuestionType.CHOICE, List.of("solo"), false).checked(2)).code());
        InterviewQuestion kept = new InterviewQuestion(" c ", " Quale? ", QuestionType.CHOICE, List.of(" A ", "B", "", "A"), null).checked(0);
        assertEquals(new InterviewQuestion("c", "Quale?", QuestionType.CHOICE, List.of("A", "B"), false), kept);
    }
}
