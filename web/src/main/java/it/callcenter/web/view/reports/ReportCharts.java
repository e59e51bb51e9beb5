package it.callcenter.web.view.reports;

import it.callcenter.reporting.CampaignProgress;
import it.callcenter.reporting.OutcomeFigures;
import it.callcenter.reporting.ProductivityRow;
import it.callcenter.reporting.Reports;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The report's charts for the screen, as Chart.js configurations for {@code p:chart}: the same series as the PDF's
 * charts (attempts and entries by outcome; calls, contacts, contracts and appointments by day), from the same
 * figures the report prints.
 */
final class ReportCharts {

    static final String[] COLOURS = {"#ef5350", "#5c6bc0", "#66bb6a", "#ffa726"};
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM");

    private ReportCharts() {
    }

    static String campaignProgress(CampaignProgress progress, String attempts, String entries) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        progress.outcomes().forEach(o -> labels.add(o.label()));
        return bar(labels, List.of(
                dataset(attempts, COLOURS[0], progress.outcomes(), OutcomeFigures::attempts),
                dataset(entries, COLOURS[1], progress.outcomes(), OutcomeFigures::entries)));
    }

    static String productivity(List<ProductivityRow> rows, String calls, String contacts, String contracts, String appointments) {
        List<ProductivityRow> days = Reports.days(rows);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        days.forEach(d -> labels.add(SHORT_DAY.format(d.day())));
        return bar(labels, List.of(
                dataset(calls, COLOURS[0], days, ProductivityRow::calls),
                dataset(contacts, COLOURS[1], days, ProductivityRow::contacts),
                dataset(contracts, COLOURS[2], days, ProductivityRow::contracts),
                dataset(appointments, COLOURS[3], days, ProductivityRow::appointments)));
    }

    private static <T> JsonObjectBuilder dataset(String label, String colour, List<T> rows, ToLongFunction<T> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(value.applyAsLong(r)));
        return Json.createObjectBuilder().add("label", label).add("backgroundColor", colour).add("data", data);
    }

    private static String bar(JsonArrayBuilder labels, List<JsonObjectBuilder> datasets) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        datasets.forEach(sets::add);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }
}
