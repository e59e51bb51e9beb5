package it.callcenter.queue;

import it.callcenter.BusinessException;
import it.callcenter.campaign.InterviewQuestion;
import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.Map;

/**
 * A contact recorded before the mandatory interview is complete (422 {@code INTERVIEW_INCOMPLETE}): one violation a
 * required question without an answer, on the field {@code answers.<code>} and worded with the question's text, and
 * the codes together as {@code "missing":[…]} beside the errors.
 */
@ApplicationException(rollback = true)
public class InterviewIncompleteException extends BusinessException {

    public static final String CODE = "INTERVIEW_INCOMPLETE";

    private final List<String> missing;
    private final List<String> texts;

    public InterviewIncompleteException(List<InterviewQuestion> unanswered) {
        super(Kind.INVALID, "answers", CODE, String.join(", ", unanswered.stream().map(InterviewQuestion::text).toList()));
        this.missing = unanswered.stream().map(InterviewQuestion::code).toList();
        this.texts = unanswered.stream().map(InterviewQuestion::text).toList();
    }

    public List<String> missing() {
        return missing;
    }

    @Override
    public List<BusinessException> violations() {
        return java.util.stream.IntStream.range(0, missing.size())
                .mapToObj(i -> new BusinessException("answers." + missing.get(i), CODE, texts.get(i))).toList();
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("missing", missing);
    }

    @Override
    public String getMessage() {
        return CODE + " " + missing;
    }
}
