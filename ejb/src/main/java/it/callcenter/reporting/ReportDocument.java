package it.callcenter.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A report ready to render: which template, its parameters, its rows (each a map of the template's field names to
 * values: aggregates, so a few hundred or thousand at most) and the reader's labels and language. A parameter may
 * itself be a list of rows (a chart's own data set, say): the renderer hands it to the template as rows.
 */
public record ReportDocument(ReportName report, Map<String, Object> parameters, List<Map<String, Object>> rows,
                             ResourceBundle labels, Locale locale) {

    public ReportDocument {
        parameters = Map.copyOf(parameters);
        rows = List.copyOf(rows);
    }
}
