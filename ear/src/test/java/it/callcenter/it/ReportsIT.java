package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reports through the API on data made as a call center makes it: a campaign filled and worked by two operators of
 * this test through "next customer" and outcomes (contracts and appointments among them). Each report's PDF is read
 * back (PDFBox) and its figures compared with the database's own aggregates; the XLSX is opened and its cells read;
 * who may print what; the parameters refused.
 */
@ExtendWith(TestServer.class)
class ReportsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final NumberFormat ITALIAN = NumberFormat.getIntegerInstance(Locale.ITALIAN);

    private static final Api admin = Api.as("admin", "demo");
    private static final Api supervisor = Api.as("supervisor", "demo");
    private static final Api manager = Api.as("manager", "demo");
    private static final String RUN = "report" + System.nanoTime() % 1_000_000_000;
    private static final String ANNA = RUN + "a";
    private static final String BRUNO = RUN + "b";

    private static long campaign;
    private static String agent;
    private static final List<Long> contractParties = new ArrayList<>();

    /** Two operators work a campaign of eight: each outcome of the default set, two contracts, two appointments. */
    @BeforeAll
    static void callCenterDay() {
        Api anna = QueueIT.operator(admin, ANNA);
        Api bruno = QueueIT.operator(admin, BRUNO);
        agent = AgendaIT.newAgent();
        campaign = QueueIT.activeCampaign(admin, supervisor, "Rapporti " + RUN, 8, "SHARED", ANNA, BRUNO);
        record(anna, "{\"outcome\":\"NO_ANSWER\"}");
        record(anna, "{\"outcome\":\"CONTRACT\",\"contract\":{\"product\":\"Luce Casa\",\"value\":1234.5,\"startDate\":\"2027-01-01\"}}");
        record(anna, "{\"outcome\":\"APPOINTMENT\",\"appointment\":{\"agent\":\"" + agent + "\",\"start\":\"" + future(3, 10)
                + "\",\"durationMinutes\":60,\"place\":\"Via Roma 1, Forl\u00ec\"}}");
        record(anna, "{\"outcome\":\"NOT_INTERESTED\",\"note\":\"Ha gi\u00e0 un fornitore\"}");
        record(bruno, "{\"outcome\":\"BUSY\"}");
        record(bruno, "{\"outcome\":\"CONTRACT\",\"contract\":{\"product\":\"Gas Citt\u00e0\",\"value\":80,\"startDate\":\"2027-02-01\"}}");
        record(bruno, "{\"outcome\":\"APPOINTMENT\",\"appointment\":{\"agent\":\"" + agent + "\",\"start\":\"" + future(3, 15)
                + "\",\"durationMinutes\":60,\"place\":\"Piazza Duomo 2\"}}");
        record(bruno, "{\"outcome\":\"WRONG_NUMBER\"}");
        contractParties.addAll(TestUsers.query("SELECT party_id FROM contract WHERE campaign_id = ? ORDER BY id", campaign).stream()
                .map(r -> ((Number) r.get(0)).longValue()).toList());
        assertEquals(2, contractParties.size());
    }

    private static void record(Api operator, String outcome) {
        HttpResponse<String> next = operator.raw("POST", "/queue/next", "application/json", "");
        assertEquals(200, next.statusCode(), next.body());
        long entry = json(next.body()).get("entryId").asLong();
        Api.Reply recorded = operator.post("/queue/entries/" + entry + "/outcome", outcome);
        assertEquals(200, recorded.status(), recorded.body());
    }

    private static String future(int days, int hour) {
        return LocalDate.now(ROME).plusDays(days).atTime(hour, 0).atZone(ROME).toInstant().toString();
    }

    @Test
    void campaignProgressPrintsTheDatabasesFigures() throws IOException {
        Api.Download pdf = manager.download("/reports/campaign-progress.pdf?campaign=" + campaign);
        assertEquals(200, pdf.status(), pdf.text());
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.disposition().matches("attachment; filename=\"campaign-progress-\\d{4}-\\d{2}-\\d{2}\\.pdf\""), pdf.disposition());
        String text = text(pdf.body());
        assertTrue(text.contains("Avanzamento campagna"), text);
        assertTrue(text.contains("Campagna: Rapporti " + RUN), text);

        List<Object> states = TestUsers.query("SELECT count(*), count(*) FILTER (WHERE state = 'OPEN'), count(*) FILTER (WHERE state = 'HELD'),"
                + " count(*) FILTER (WHERE state = 'CALLBACK'), count(*) FILTER (WHERE state = 'DONE') FROM campaign_entry WHERE campaign_id = ?",
                campaign).get(0);
        assertTrue(text.contains(figures(states)), states + "\n" + text);
        List<Object> totals = TestUsers.query("SELECT count(*), count(*) FILTER (WHERE contact), count(*) FILTER (WHERE success)"
                + " FROM entry_attempt WHERE campaign_id = ?", campaign).get(0);
        assertEquals(List.of(8L, 5L, 4L), totals, "the day as the operators made it: two contracts, two appointments, one refusal");
        assertTrue(text.contains(figures(totals) + " 62,5% 80,0%"), "contacts / attempts, successes / contacts: " + text);

        List<List<Object>> outcomes = TestUsers.query("SELECT d.label_it, (SELECT count(*) FROM campaign_entry e WHERE e.campaign_id = d.campaign_id"
                + " AND e.last_outcome = d.code), count(a.id), count(a.id) FILTER (WHERE a.contact), count(a.id) FILTER (WHERE a.success)"
                + " FROM outcome_definition d LEFT JOIN entry_attempt a ON a.campaign_id = d.campaign_id AND a.outcome = d.code"
                + " WHERE d.campaign_id = ? AND d.active GROUP BY d.label_it, d.code, d.campaign_id, d.position ORDER BY d.position", campaign);
        assertEquals(8, outcomes.size());
        for (List<Object> outcome : outcomes) {
            long attempts = ((Number) outcome.get(2)).longValue();
            String share = String.format(Locale.ITALIAN, "%.1f%%", attempts * 100.0 / 8);
            String line = outcome.get(0) + " " + outcome.get(1) + " " + attempts + " " + share + " " + outcome.get(3) + " " + outcome.get(4);
            assertTrue(text.contains(line), line + "\n" + text);
        }
        assertTrue(text.contains("Non chiamare pi\u00f9 0 0 0,0% 0 0"), "an accented outcome label: " + text);
        assertTrue(text.contains("Tentativi e schede per esito"), "the chart's heading: " + text);
    }

    @Test
    void campaignProgressAsExcelHasTheSameFiguresInItsCells() throws IOException {
        Api.Download xlsx = manager.download("/reports/campaign-progress.xlsx?campaign=" + campaign);
        assertEquals(200, xlsx.status(), xlsx.text());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.contentType());
        assertTrue(xlsx.disposition().endsWith(".xlsx\""), xlsx.disposition());
        List<List<String>> cells = cells(xlsx.body());
        List<String> contract = cells.stream().filter(r -> r.contains("Contratto")).findFirst().orElseThrow(() -> new AssertionError(cells));
        assertEquals(List.of("Contratto", "2", "2", "0.25", "2", "2"), contract.stream().filter(c -> !c.isEmpty()).toList());
    }

    @Test
    void operatorProductivityPrintsEachOperatorsTotals() throws IOException {
        String text = text(ok(manager.download("/reports/operator-productivity.pdf?campaign=" + campaign)));
        assertTrue(text.contains("Produttivit\u00e0 operatori"), text);
        for (String operator : List.of(ANNA, BRUNO)) {
            assertTrue(text.contains("Operatore " + operator + " (" + operator + ")"), text);
            List<Object> figures = TestUsers.query("SELECT count(*), coalesce(sum(extract(epoch FROM recorded_at - taken_at)), 0)::bigint,"
                    + " count(*) FILTER (WHERE contact), count(*) FILTER (WHERE outcome = 'CONTRACT'),"
                    + " count(*) FILTER (WHERE outcome = 'APPOINTMENT') FROM entry_attempt WHERE campaign_id = ? AND operator = ?",
                    campaign, operator).get(0);
            long calls = ((Number) figures.get(0)).longValue();
            long talk = ((Number) figures.get(1)).longValue();
            long contacts = ((Number) figures.get(2)).longValue();
            assertEquals(4, calls);
            String line = "Totale operatore " + calls + " " + String.format("%d:%02d:%02d", talk / 3600, talk % 3600 / 60, talk % 60) + " "
                    + contacts + " " + figures.get(3) + " " + figures.get(4) + " " + String.format(Locale.ITALIAN, "%.1f%%", contacts * 100.0 / calls);
            assertTrue(text.contains(line), line + "\n" + text);
        }
        assertTrue(text.contains("Totale 8 "), text);

        String anna = text(ok(manager.download("/reports/operator-productivity.pdf?campaign=" + campaign + "&operator=" + ANNA)))
                .replaceAll("\\s+", " ");
        assertTrue(anna.contains("Operatore: Operatore " + ANNA), anna);
        assertFalse(anna.contains(BRUNO), "one operator's report has only their figures");
    }

    @Test
    void contractsListEachContractWithTheTotal() throws IOException {
        String text = text(ok(manager.download("/reports/contracts.pdf?campaign=" + campaign)));
        assertTrue(text.contains("Contratti: 2"), text);
        for (List<Object> contract : TestUsers.query("SELECT p.display_name, c.product, c.value, c.created_by FROM contract c"
                + " JOIN party p ON p.id = c.party_id WHERE c.campaign_id = ?", campaign)) {
            assertTrue(text.contains(contract.get(0) + " " + contract.get(1) + " " + euro((BigDecimal) contract.get(2))), contract + "\n" + text);
        }
        assertTrue(text.contains("Valore totale (\u20ac) 1.314,50"), text);

        List<List<String>> cells = cells(ok(manager.download("/reports/contracts.xlsx?campaign=" + campaign)));
        assertTrue(cells.stream().anyMatch(r -> r.contains("Luce Casa") && r.contains("1234.5")), cells.toString());
        assertTrue(cells.stream().anyMatch(r -> r.contains("Gas Citt\u00e0") && r.contains("80")), cells.toString());
    }

    @Test
    void appointmentsAreListedPerFieldAgent() throws IOException {
        LocalDate today = LocalDate.now(ROME);
        String text = text(ok(manager.download("/reports/appointments.pdf?campaign=" + campaign + "&from=" + today + "&to=" + today.plusDays(7))));
        assertTrue(text.contains("Test " + agent + " (" + agent + ")"), text);
        assertTrue(text.contains("Appuntamenti: 2 (fissati 2)"), text);
        assertTrue(text.contains("Via Roma 1, Forl\u00ec"), text);
        long booked = ((Number) TestUsers.query("SELECT count(*) FROM appointment WHERE campaign_id = ? AND state = 'BOOKED'", campaign)
                .get(0).get(0)).longValue();
        assertTrue(text.contains("Totale appuntamenti: " + booked + " (fissati " + booked + ")"), text);
        assertTrue(text(ok(manager.download("/reports/appointments.pdf?campaign=" + campaign + "&from=" + today.minusDays(30) + "&to=" + today)))
                .contains("Totale appuntamenti: 0"), "none took place in the last 30 days");
    }

    @Test
    void thePartyCardAndThePrivacyFormArePrintedByWhoeverSeesTheParty() throws IOException {
        long party = contractParties.get(0);
        Api operator = Api.as("operator1", "demo");
        Api.Download card = operator.download("/reports/party-card.pdf?party=" + party);
        assertEquals(200, card.status(), card.text());
        assertEquals("attachment; filename=\"party-card-" + party + ".pdf\"", card.disposition());
        String text = text(card.body());
        String name = (String) TestUsers.query("SELECT display_name FROM party WHERE id = ?", party).get(0).get(0);
        assertTrue(text.contains(name), text);
        assertTrue(text.contains("Visibilit\u00e0"), "accented labels: " + text);
        assertTrue(text.contains("Esito: Contratto"), "the timeline: " + text);
        assertTrue(text.contains("Contratto \u00abLuce Casa\u00bb di 1.234,50 \u20ac"), text);

        String form = text(ok(operator.download("/reports/privacy-form.pdf?party=" + party))).replaceAll("\\s+", " ");
        assertTrue(form.contains("Modulo per il trattamento dei dati personali"), form);
        assertTrue(form.contains("Titolare del trattamento \u00e8"), form);
        assertTrue(form.contains("Marketing"), form);
        assertTrue(form.contains("\u2612 consenso registrato \u2610 acconsento \u2610 non acconsento"), "marketing was given: " + form);
        assertTrue(form.contains("\u2610 consenso non registrato"), "profiling was not: " + form);
        assertTrue(form.contains("Firma dell'interessato"), form);

        assertTrue(text(ok(manager.downloadIn("en", "/reports/privacy-form.pdf?party=" + party))).contains("Personal data processing form"));
        assertEquals(404, operator.download("/reports/party-card.pdf?party=999999999").status());
    }

    @Test
    void whoMayPrintWhat() {
        Api operator = Api.as("operator1", "demo");
        Api.Download refused = operator.download("/reports/campaign-progress.pdf?campaign=" + campaign);
        assertEquals(403, refused.status());
        assertEquals("REPORT_FORBIDDEN", refused.json().get("errors").get(0).get("code").asText());
        assertEquals(403, operator.download("/reports/contracts.xlsx").status());
        assertEquals(200, supervisor.download("/reports/campaign-progress.pdf?campaign=" + campaign).status(),
                "a supervisor follows a campaign's progress");
        assertEquals(403, supervisor.download("/reports/operator-productivity.pdf").status());
        assertEquals(200, admin.download("/reports/appointments.xlsx").status());
        assertEquals(401, Api.anonymous().download("/reports/contracts.pdf").status());
    }

    @Test
    void badParametersAreRefusedWithTheirReason() {
        LocalDate today = LocalDate.now(ROME);
        assertEquals(List.of("campaign:REQUIRED"), errors(manager.download("/reports/campaign-progress.pdf")));
        assertEquals(404, manager.download("/reports/campaign-progress.pdf?campaign=999999999").status());
        assertEquals(List.of("from:REPORT_PERIOD_REVERSED"), errors(manager.download("/reports/contracts.pdf?from=" + today + "&to=" + today.minusDays(1))));
        assertEquals(List.of("to:REPORT_PERIOD_TOO_LONG"), errors(manager.download("/reports/contracts.pdf?from=" + today.minusDays(400) + "&to=" + today)));
        assertEquals(List.of("from:INVALID_DATE"), errors(manager.download("/reports/contracts.pdf?from=07/12/2026")));
        assertEquals(List.of("campaign:INVALID_VALUE"), errors(manager.download("/reports/contracts.pdf?campaign=tutte")));
        assertEquals(List.of("party:REQUIRED"), errors(manager.download("/reports/privacy-form.pdf")));
        assertEquals(404, manager.download("/reports/operator-productivity.pdf?operator=nessuno.mai").status());
        assertEquals(404, manager.download("/reports/payroll.pdf").status());
        assertEquals(404, manager.download("/reports/contracts.docx").status());
        Api.Download english = manager.downloadIn("en", "/reports/contracts.pdf?from=" + today + "&to=" + today.minusDays(1));
        assertEquals("The start date comes after the end date.", english.json().get("errors").get(0).get("message").asText());
    }

    @Test
    void eachPrintIsAudited() {
        LocalDate today = LocalDate.now(ROME);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        ok(manager.download("/reports/contracts.xlsx?campaign=" + campaign + "&from=" + today.minusDays(2) + "&to=" + today));
        List<List<Object>> entries = TestUsers.query("SELECT entity_id, action, fields FROM audit_entry WHERE entity_type = 'REPORT'"
                + " AND username = 'manager' AND at >= ? ORDER BY id DESC", java.sql.Timestamp.from(before));
        assertFalse(entries.isEmpty());
        assertEquals(List.of(campaign, "EXPORT", "report=contracts,format=XLSX,campaign=" + campaign + ",from=" + today.minusDays(2)
                + ",to=" + today + ",rows=2"), entries.get(0));
    }

    // ---- helpers

    private static byte[] ok(Api.Download download) {
        assertEquals(200, download.status(), download.status() == 200 ? "" : download.text());
        return download.body();
    }

    private static List<String> errors(Api.Download download) {
        assertTrue(download.status() == 422, download.status() + " " + download.text());
        List<String> errors = new ArrayList<>();
        download.json().get("errors").forEach(e -> errors.add(e.get("field").asText() + ":" + e.get("code").asText()));
        return errors;
    }

    /** Counts as the report prints them: Italian thousands, separated by a space. */
    private static String figures(List<Object> counts) {
        return String.join(" ", counts.stream().map(c -> ITALIAN.format(((Number) c).longValue())).toList());
    }

    private static String euro(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ITALIAN);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    static String text(byte[] pdf) throws IOException {
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static List<List<String>> cells(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx)); Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<List<String>> all = new ArrayList<>();
            rows.forEach(row -> all.add(row.stream().map(c -> c == null || c.getRawValue() == null ? ""
                    : c.getRawValue().matches("-?\\d+\\.0") ? c.getRawValue().replaceFirst("\\.0$", "") : c.getRawValue()).toList()));
            return all;
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }

}
