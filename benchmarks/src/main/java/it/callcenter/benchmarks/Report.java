package it.callcenter.benchmarks;

import java.io.PrintStream;
import java.util.List;

/**
 * The results table: per scenario p50/p95/p99/max in milliseconds, p95 as a multiple of the baseline's p95
 * (a primary-key read in the same run, so the ratios travel between machines better than the milliseconds),
 * the goal and whether it is met, how many parties matched, and for searches the split between the count
 * and the page statement. Not a measurement itself.
 */
final class Report {

    private final PrintStream out;
    private final List<ScenarioRunner.Result> results;
    private final double baselineP95;

    Report(PrintStream out, List<ScenarioRunner.Result> results) {
        this.out = out;
        this.results = results;
        this.baselineP95 = results.stream().filter(r -> r.scenario().kind() == Scenario.Kind.BY_ID).findFirst()
                .orElseThrow().total().percentile(95);
    }

    boolean missed(ScenarioRunner.Result result) {
        double goal = result.scenario().goalMs();
        return !Double.isNaN(goal) && result.total().percentile(95) >= goal;
    }

    void table() {
        out.printf("%nResults (ms; a search = count + page as PartyFinder runs them; ratio = p95 / baseline p95)%n");
        out.printf("%-3s %-60s %5s %8s %8s %8s %8s %9s %6s %-6s %s%n", "id", "scenario", "n", "p50", "p95", "p99",
                "max", "p95/base", "goal", "met", "matches p50 / p95 / max");
        for (ScenarioRunner.Result r : results) {
            Scenario s = r.scenario();
            boolean hasGoal = !Double.isNaN(s.goalMs());
            out.printf("%-3s %-60s %5s %8.2f %8.2f %8.2f %8.2f %8.1fx %6s %-6s %d / %d / %d%n", s.id(), s.title(),
                    r.total().size() + (r.stoppedEarly() ? "*" : ""), r.total().percentile(50), r.total().percentile(95), r.total().percentile(99),
                    r.total().max(), r.total().percentile(95) / baselineP95,
                    hasGoal ? "<" + (int) s.goalMs() : "-", hasGoal ? (missed(r) ? "NO" : "yes") : "-",
                    r.matchesPercentile(50), r.matchesPercentile(95), r.matchesPercentile(100));
        }
        if (results.stream().anyMatch(ScenarioRunner.Result::stoppedEarly)) {
            out.printf("* stopped after %d s of timing: too far off its goal to be worth a thousand queries%n",
                    ScenarioRunner.BUDGET_NANOS / 1_000_000_000L);
        }
        out.printf("%nSearches split (ms): count statement and page statement, and the plans PostgreSQL used%n");
        out.printf("%-3s %9s %9s %9s %9s   %s%n", "id", "count p50", "count p95", "page p50", "page p95", "plans");
        for (ScenarioRunner.Result r : results) {
            out.printf("%-3s %9.2f %9.2f %9.2f %9.2f   %s%n", r.scenario().id(), r.count().percentile(50),
                    r.count().percentile(95), r.page().percentile(50), r.page().percentile(95), r.plans());
        }
    }
}
