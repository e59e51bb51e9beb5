package it.callcenter.web.view.supervisor;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The board's words and chart: how long an operator has been in a state, today's outcomes as Chart.js takes them. */
class BoardTextsTest {

    @Test
    void sinceIsSaidInMinutesThenHours() {
        assertEquals("da meno di un minuto", SinceText.of(Duration.ofSeconds(40), Locale.ITALIAN));
        assertEquals("da 12 min", SinceText.of(Duration.ofMinutes(12).plusSeconds(59), Locale.ITALIAN));
        assertEquals("da 2 h 05", SinceText.of(Duration.ofMinutes(125), Locale.ITALIAN));
        assertEquals("for 1 h 00", SinceText.of(Duration.ofMinutes(60), Locale.ENGLISH));
        assertEquals("da meno di un minuto", SinceText.of(Duration.ofSeconds(-3), Locale.ITALIAN), "a clock a little ahead");
    }

    @Test
    void theChartIsABarPerOutcomeWithItsLabel() {
        Map<String, Long> today = new LinkedHashMap<>();
        today.put("NO_ANSWER", 12L);
        today.put("CONTRACT", 3L);
        String json = OutcomeChart.json(today, code -> code.equals("NO_ANSWER") ? "Non risponde" : "Contratto", "Esiti");
        assertTrue(json.startsWith("{\"type\":\"bar\""), json);
        assertTrue(json.contains("\"labels\":[\"Non risponde\",\"Contratto\"]"), json);
        assertTrue(json.contains("\"data\":[12,3]"), json);
        assertTrue(json.contains("\"indexAxis\":\"y\""), json);
    }
}
