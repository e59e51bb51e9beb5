package it.callcenter.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reports' aggregate statements exactly as the application sends them ({@link CampaignProgressSql},
 * {@link ProductivitySql}), with plain JDBC markers, for the report benchmark's SQL timings (this class lives in the
 * reporting package for that).
 */
public final class ReportStatements {

    public record Statement(String sql, List<Object> parameters) {
    }

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d)");

    private ReportStatements() {
    }

    /** A campaign's progress over the period (the application numbers its markers ?1 … ?3, some used twice). */
    public static Statement campaignProgress(long campaign, Timestamp start, Timestamp end) {
        List<Object> values = List.of(campaign, start, end);
        List<Object> bound = new ArrayList<>();
        Matcher matcher = NUMBERED.matcher(CampaignProgressSql.SQL);
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            bound.add(values.get(Integer.parseInt(matcher.group(1)) - 1));
            matcher.appendReplacement(sql, "?");
        }
        matcher.appendTail(sql);
        return new Statement(sql.toString(), bound);
    }

    /** Operator productivity over the Italian days from … to, for all campaigns and operators or one of each. */
    public static Statement productivity(LocalDate from, LocalDate to, Long campaign, String operator) {
        Filters filters = ProductivitySql.filters(new ReportPeriod(from, to), campaign, operator, Reports.MAX_ROWS + 1);
        return new Statement(ProductivitySql.SELECT + filters, filters.values());
    }
}
