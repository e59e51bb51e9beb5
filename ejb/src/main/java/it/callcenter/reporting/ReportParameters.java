package it.callcenter.reporting;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a report is asked for: the campaign, the period (days, both included), the operator, the party. Which are
 * needed depends on the report: a campaign's progress needs its campaign, the party's papers their party. Without
 * a period a campaign's progress covers the campaign's whole life and the other reports the last
 * {@value #DEFAULT_DAYS} days up to today; with only {@code from} or only {@code to} the period is the
 * {@value #DEFAULT_DAYS} days from or up to that day. A period runs forwards and spans at most {@value #MAX_DAYS} days.
 */
public record ReportParameters(Long campaign, LocalDate from, LocalDate to, String operator, Long party) {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    public ReportParameters {
        operator = operator == null || operator.isBlank() ? null : operator.strip();
    }

    /** Checks what this report needs (everything wrong at once) and answers the period it covers. */
    public ReportPeriod validate(ReportName report, LocalDate today) {
        List<BusinessException> wrong = new ArrayList<>();
        if (report == ReportName.CAMPAIGN_PROGRESS && campaign == null) {
            wrong.add(new BusinessException("campaign", "REQUIRED"));
        }
        if (report.aboutParty() && party == null) {
            wrong.add(new BusinessException("party", "REQUIRED"));
        }
        ReportPeriod period = period(report, today);
        if (period.from() != null && period.from().isAfter(period.to())) {
            wrong.add(new BusinessException("from", "REPORT_PERIOD_REVERSED"));
        } else if (period.from() != null && ChronoUnit.DAYS.between(period.from(), period.to()) + 1 > MAX_DAYS) {
            wrong.add(new BusinessException("to", "REPORT_PERIOD_TOO_LONG", MAX_DAYS));
        }
        if (wrong.size() == 1) {
            throw wrong.get(0);
        }
        if (!wrong.isEmpty()) {
            throw new ValidationException(wrong);
        }
        return period;
    }

    private ReportPeriod period(ReportName report, LocalDate today) {
        if (from == null && to == null) {
            return report == ReportName.CAMPAIGN_PROGRESS || report.aboutParty() ? ReportPeriod.whole()
                    : new ReportPeriod(today.minusDays(DEFAULT_DAYS - 1L), today);
        }
        if (to == null) {
            return new ReportPeriod(from, from.plusDays(DEFAULT_DAYS - 1L));
        }
        return new ReportPeriod(from == null ? to.minusDays(DEFAULT_DAYS - 1L) : from, to);
    }
}
