package it.callcenter.campaign;

import it.callcenter.BusinessException;
import jakarta.json.bind.annotation.JsonbTransient;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One question of a campaign's interview (API.md's {@code {"code","text","type","choices","required"}}). It knows
 * what a valid answer is and how one is kept: a number as plain digits with a dot ("1,5" typed in Italy is 1.5), yes
 * or no as {@code YES}/{@code NO} (sì, si, no, true, false, 1, 0 are understood), a choice exactly as one of its
 * choices (case aside), a text stripped.
 */
public record InterviewQuestion(String code, String text, QuestionType type, List<String> choices, Boolean required)
        implements Serializable {

    public static final int CODE_MAX = 32;
    public static final int TEXT_MAX = 500;
    public static final int CHOICE_MAX = 100;
    public static final int CHOICES_MAX = 50;
    public static final int ANSWER_MAX = 2000;
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1," + CODE_MAX + "}");
    private static final Set<String> YES = Set.of("YES", "Y", "SI", "SÌ", "S", "TRUE", "1");
    private static final Set<String> NO = Set.of("NO", "N", "FALSE", "0");

    public InterviewQuestion {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    @JsonbTransient
    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }

    /** The question as it is kept, or refused naming the field ({@code questions[3].text}). */
    InterviewQuestion checked(int index) {
        String field = "questions[" + index + "]";
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new BusinessException(field + ".code", "INTERVIEW_CODE_INVALID", code);
        }
        if (text == null || text.isBlank()) {
            throw new BusinessException(field + ".text", "REQUIRED");
        }
        if (text.strip().length() > TEXT_MAX) {
            throw new BusinessException(field + ".text", "TOO_LONG", TEXT_MAX);
        }
        if (type == null) {
            throw new BusinessException(field + ".type", "REQUIRED");
        }
        List<String> kept = choices.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        if (type == QuestionType.CHOICE) {
            if (kept.size() < 2 || kept.size() > CHOICES_MAX) {
                throw new BusinessException(field + ".choices", "INTERVIEW_CHOICES", CHOICES_MAX);
            }
            if (kept.stream().anyMatch(c -> c.length() > CHOICE_MAX)) {
                throw new BusinessException(field + ".choices", "TOO_LONG", CHOICE_MAX);
            }
        } else {
            kept = List.of();
        }
        return new InterviewQuestion(code.strip(), text.strip(), type, kept, isRequired());
    }

    /** The answer as it is kept; null when blank (no answer); refused with {@code INTERVIEW_ANSWER_INVALID}. */
    public String normalise(String answer) {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        String given = answer.strip();
        return switch (type) {
            case TEXT -> {
                if (given.length() > ANSWER_MAX) {
                    throw new BusinessException("answers." + code, "TOO_LONG", ANSWER_MAX);
                }
                yield given;
            }
            case NUMBER -> number(given);
            case YES_NO -> {
                String upper = given.toUpperCase(Locale.ROOT);
                if (YES.contains(upper)) {
                    yield "YES";
                }
                if (NO.contains(upper)) {
                    yield "NO";
                }
                throw invalid();
            }
            case CHOICE -> choices.stream().filter(c -> c.equalsIgnoreCase(given)).findFirst().orElseThrow(this::invalid);
        };
    }

    private String number(String given) {
        String plain = given.replace(" ", "");
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(plain).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private BusinessException invalid() {
        return new BusinessException("answers." + code, "INTERVIEW_ANSWER_INVALID", text);
    }
}
