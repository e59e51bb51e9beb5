package it.callcenter.web.view.supervisor;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Today's outcomes as a horizontal bar chart, written as the Chart.js configuration PrimeFaces 15's {@code p:chart}
 * takes (PrimeFaces 15 has no chart model classes any more). One colour a kind of outcome would need the kinds; the
 * bars share one colour and the labels say what they are.
 */
final class OutcomeChart {

    private static final List<String> COLOURS = List.of("#42a5f5", "#66bb6a", "#ffa726", "#ab47bc", "#ef5350", "#26a69a",
            "#8d6e63", "#78909c", "#d4e157", "#5c6bc0");

    private OutcomeChart() {
    }

    static String json(Map<String, Long> byOutcome, UnaryOperator<String> label, String seriesName) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, Long> e : byOutcome.entrySet()) {
            labels.add(label.apply(e.getKey()));
            data.add(e.getValue());
            colours.add(COLOURS.get(i++ % COLOURS.size()));
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", seriesName).add("data", data)
                .add("backgroundColor", colours);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options).build().toString();
    }
}
