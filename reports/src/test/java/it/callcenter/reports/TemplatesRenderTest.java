package it.callcenter.reports;

import it.callcenter.registry.TimelineEvent;
import it.callcenter.reporting.ReportDocument;
import it.callcenter.reporting.ReportFormat;
import it.callcenter.reporting.ReportName;
import it.callcenter.reporting.ReportWording;
import it.callcenter.reporting.jasper.JasperRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each template filled by the Jasper adapter as the reporting area fills it, read back: the PDF's text (PDFBox) has the
 * words in the reader's language with their accents, numbers and dates in Italian form, the chart's figures; the
 * XLSX's cells hold the same figures as numbers.
 */
class TemplatesRenderTest {

    private static final JasperRenderer RENDERER = new JasperRenderer();

    record Words(Locale locale, ResourceBundle labels) implements ReportWording {
        @Override
        public String timeline(TimelineEvent event) {
            return event.textKey();
        }
    }

    static ReportDocument document(ReportName report, Map<String, Object> parameters, List<Map<String, Object>> rows, Locale locale) {
        return new ReportDocument(report, parameters, rows, Bundles.of(locale), locale);
    }

    @SafeVarargs
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Every PDF a test reads is also left in target/rendered-reports, for a person to look at. */
    static String pdfText(byte[] pdf) throws IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "rendered-reports");
        java.nio.file.Files.createDirectories(folder);
        String caller = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst().orElseThrow().getMethodName());
        java.nio.file.Files.write(folder.resolve(caller + "-" + Integer.toHexString(java.util.Arrays.hashCode(pdf)) + ".pdf"), pdf);
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static List<List<String>> cells(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx)); Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<List<String>> all = new ArrayList<>();
            rows.forEach(row -> all.add(row.stream().map(c -> c == null || c.getRawValue() == null ? "" : number(c.getRawValue())).toList()));
            return all;
        }
    }

    /** A numeric cell's value as a person writes it: 800.0 → 800 (text stays as it is). */
    static String number(String raw) {
        return raw.matches("-?\\d+\\.0") ? raw.substring(0, raw.length() - 2) : raw;
    }

    static Map<String, Object> campaignProgress() {
        return map("subtitle", "Campagna: Luce e gas \u00b7 Periodo: dall'inizio della campagna", "printed", "Stampato il 07/12/2026 10:00 da manager",
                "entriesTotal", 2500L, "entriesOpen", 1200L, "entriesHeld", 3L, "entriesCallback", 97L, "entriesDone", 1200L,
                "attempts", 3000L, "contacts", 1500L, "successes", 300L, "contactRate", 0.5, "successRate", 0.2);
    }

    static List<Map<String, Object>> outcomes() {
        return List.of(
                map("outcome", "Non risponde", "entries", 800L, "attempts", 1500L, "share", 0.5, "contacts", 0L, "successes", 0L),
                map("outcome", "Contratto", "entries", 250L, "attempts", 250L, "share", 250.0 / 3000, "contacts", 250L, "successes", 250L),
                map("outcome", "Non interessato", "entries", 150L, "attempts", 1250L, "share", 1250.0 / 3000, "contacts", 1250L, "successes", 50L));
    }

    @Test
    void campaignProgressPrintsItsFiguresInItalianForm() throws IOException {
        String text = pdfText(RENDERER.render(document(ReportName.CAMPAIGN_PROGRESS, campaignProgress(), outcomes(), Locale.ITALIAN), ReportFormat.PDF));
        assertTrue(text.contains("Avanzamento campagna"), text);
        assertTrue(text.contains("Periodo: dall'inizio della campagna"), text);
        assertTrue(text.contains("2.500 1.200 3 97 1.200"), text);
        assertTrue(text.contains("3.000 1.500 300 50,0% 20,0%"), text);
        assertTrue(text.contains("Non risponde 800 1.500 50,0% 0 0"), text);
        assertTrue(text.contains("Non interessato 150 1.250 41,7% 1.250 50"), text);
        assertTrue(text.contains("Totale 1.200 3.000 1.500 300"), text);
        assertTrue(text.contains("Tentativi e schede per esito"), text);
    }

    @Test
    void campaignProgressInEnglishForAnEnglishReader() throws IOException {
        Map<String, Object> parameters = campaignProgress();
        String text = pdfText(RENDERER.render(document(ReportName.CAMPAIGN_PROGRESS, parameters, outcomes(), Locale.ENGLISH), ReportFormat.PDF));
        assertTrue(text.contains("Campaign progress"), text);
        assertTrue(text.contains("2,500 1,200 3 97 1,200"), text);
    }

    @Test
    void campaignProgressAsASheetHasNumbersInItsCells() throws IOException {
        List<List<String>> cells = cells(RENDERER.render(document(ReportName.CAMPAIGN_PROGRESS, campaignProgress(), outcomes(), Locale.ITALIAN), ReportFormat.XLSX));
        List<String> flat = cells.stream().flatMap(List::stream).toList();
        assertTrue(flat.contains("Avanzamento campagna"), flat.toString());
        List<String> noAnswer = cells.stream().filter(r -> r.contains("Non risponde")).findFirst().orElseThrow();
        assertEquals(List.of("Non risponde", "800", "1500", "0.5", "0", "0"), noAnswer.stream().filter(c -> !c.isEmpty()).toList());
    }

    static List<Map<String, Object>> productivity() {
        Date monday = Date.valueOf(LocalDate.of(2026, 12, 7));
        Date tuesday = Date.valueOf(LocalDate.of(2026, 12, 8));
        return List.of(
                map("operator", "anna", "operatorName", "Anna Rossi", "day", monday, "calls", 40L, "talkSeconds", 3723L, "talkTime", "1:02:03",
                        "contacts", 20L, "contracts", 2L, "appointments", 1L, "contactRate", 0.5),
                map("operator", "anna", "operatorName", "Anna Rossi", "day", tuesday, "calls", 10L, "talkSeconds", 60L, "talkTime", "0:01:00",
                        "contacts", 5L, "contracts", 0L, "appointments", 1L, "contactRate", 0.5),
                map("operator", "nicolo", "operatorName", "Nicol\u00f2 Bianchi", "day", monday, "calls", 1200L, "talkSeconds", 7200L, "talkTime", "2:00:00",
                        "contacts", 600L, "contracts", 10L, "appointments", 0L, "contactRate", 0.5));
    }

    @Test
    void productivityPrintsEachOperatorsDaysAndTotals() throws IOException {
        List<Map<String, Object>> days = List.of(map("day", "07/12", "calls", 1240L, "contacts", 620L, "contracts", 12L, "appointments", 1L),
                map("day", "08/12", "calls", 10L, "contacts", 5L, "contracts", 0L, "appointments", 1L));
        Map<String, Object> parameters = map("subtitle", "Tutte le campagne \u00b7 Periodo: dal 01/12/2026 al 08/12/2026", "printed", "x", "days", days);
        byte[] pdf = RENDERER.render(document(ReportName.OPERATOR_PRODUCTIVITY, parameters, productivity(), Locale.ITALIAN), ReportFormat.PDF);
        String text = pdfText(pdf);
        assertTrue(text.contains("Produttivit\u00e0 operatori"), text);
        assertTrue(text.contains("Anna Rossi (anna)"), text);
        assertTrue(text.contains("lun 07/12/2026 40 1:02:03 20 2 1 50,0%"), text);
        assertTrue(text.contains("Totale operatore 50 1:03:03 25 2 2 50,0%"), text);
        assertTrue(text.contains("Nicol\u00f2 Bianchi (nicolo)"), text);
        assertTrue(text.contains("lun 07/12/2026 1.200 2:00:00 600 10 0 50,0%"), text);
        assertTrue(text.contains("Totale 1.250 3:03:03 625 12 2 50,0%"), text);

        List<List<String>> cells = cells(RENDERER.render(document(ReportName.OPERATOR_PRODUCTIVITY, parameters, productivity(), Locale.ITALIAN), ReportFormat.XLSX));
        List<String> nicolo = cells.stream().filter(r -> r.contains("1200")).findFirst().orElseThrow(() -> new AssertionError(cells));
        assertEquals(List.of("1200", "2:00:00", "600", "10", "0", "0.5"), nicolo.stream().filter(c -> !c.isEmpty()).skip(1).toList());
    }

    @Test
    void contractsPrintTheirValuesInEuroWithTheTotal() throws IOException {
        List<Map<String, Object>> rows = List.of(
                map("createdAt", Timestamp.from(Instant.parse("2026-12-07T09:30:00Z")), "party", "Citt\u00e0 Verde S.r.l.", "product", "Luce Casa",
                        "value", new BigDecimal("1234.50"), "startDate", Date.valueOf(LocalDate.of(2027, 1, 1)), "campaign", "Autunno", "createdBy", "anna"),
                map("createdAt", Timestamp.from(Instant.parse("2026-12-07T23:30:00Z")), "party", "=SUM(A1)", "product", "Gas",
                        "value", new BigDecimal("10.00"), "startDate", Date.valueOf(LocalDate.of(2027, 2, 1)), "createdBy", "bruno"));
        Map<String, Object> parameters = map("subtitle", "s", "printed", "p");
        String text = pdfText(RENDERER.render(document(ReportName.CONTRACTS, parameters, rows, Locale.ITALIAN), ReportFormat.PDF));
        assertTrue(text.contains("07/12/2026 Citt\u00e0 Verde S.r.l. Luce Casa 1.234,50 01/01/2027 Autunno anna"), text);
        assertTrue(text.contains("08/12/2026 =SUM(A1) Gas 10,00 01/02/2027 bruno"), "an evening contract is the next Italian day: " + text);
        assertTrue(text.contains("Contratti: 2"), text);
        assertTrue(text.contains("Valore totale (\u20ac) 1.244,50"), text);

        byte[] xlsx = RENDERER.render(document(ReportName.CONTRACTS, parameters, rows, Locale.ITALIAN), ReportFormat.XLSX);
        List<List<String>> cells = cells(xlsx);
        assertTrue(cells.stream().anyMatch(r -> r.contains("1234.5")), cells.toString());
        assertTrue(cells.stream().anyMatch(r -> r.contains("=SUM(A1)")), "kept as text: " + cells);
        assertTrue(!new String(xlsx, java.nio.charset.StandardCharsets.ISO_8859_1).contains("<f>"), "no formula cell");
    }

    @Test
    void appointmentsArePrintedPerFieldAgent() throws IOException {
        List<Map<String, Object>> rows = List.of(
                map("agent", "agente1", "agentName", "Mario Neri", "startsAt", Timestamp.from(Instant.parse("2026-12-09T08:00:00Z")),
                        "endsAt", Timestamp.from(Instant.parse("2026-12-09T09:00:00Z")), "party", "Rossi Anna", "place", "Via Roma 1, Forl\u00ec",
                        "state", "Fissato", "booked", true, "campaign", "Autunno", "bookedBy", "anna"),
                map("agent", "agente1", "agentName", "Mario Neri", "startsAt", Timestamp.from(Instant.parse("2026-12-10T08:00:00Z")),
                        "endsAt", Timestamp.from(Instant.parse("2026-12-10T09:00:00Z")), "party", "Verdi Luca", "place", "Piazza Duomo",
                        "state", "Annullato", "booked", false, "bookedBy", "anna"),
                map("agent", "agente2", "agentName", "Sara Blu", "startsAt", Timestamp.from(Instant.parse("2026-12-09T14:00:00Z")),
                        "endsAt", Timestamp.from(Instant.parse("2026-12-09T15:00:00Z")), "party", "Bianchi Ugo", "place", "Corso Italia 3",
                        "state", "Fissato", "booked", true, "bookedBy", "bruno"));
        String text = pdfText(RENDERER.render(document(ReportName.APPOINTMENTS, map("subtitle", "s", "printed", "p"), rows, Locale.ITALIAN), ReportFormat.PDF));
        assertTrue(text.contains("Mario Neri (agente1)"), text);
        assertTrue(text.contains("09/12/2026 09:00 10:00 Rossi Anna Via Roma 1, Forl\u00ec Fissato Autunno anna"), text);
        assertTrue(text.contains("Appuntamenti: 2 (fissati 1)"), text);
        assertTrue(text.contains("Sara Blu (agente2)"), text);
        assertTrue(text.contains("Totale appuntamenti: 3 (fissati 2)"), text);
    }

    @Test
    void thePartyCardListsItsSections() throws IOException {
        List<Map<String, Object>> rows = List.of(
                map("section", "Dati anagrafici", "label", "Cognome", "value", "Nicol\u00f2"),
                map("section", "Dati anagrafici", "label", "Inizio attivit\u00e0", "value", "01/01/2020"),
                map("section", "Recapiti", "label", "Cellulare", "value", "+39 338 123 4567"),
                map("section", "Ultimi 20 eventi", "label", "07/12/2026 10:00", "value", "Esito: Contratto \u2014 anna"));
        String text = pdfText(RENDERER.render(document(ReportName.PARTY_CARD, map("partyName", "Nicol\u00f2 Rossi", "printed", "p"), rows, Locale.ITALIAN), ReportFormat.PDF));
        assertTrue(text.contains("Scheda anagrafica"), text);
        assertTrue(text.contains("Inizio attivit\u00e0 01/01/2020"), text);
        assertTrue(text.contains("Recapiti\nCellulare +39 338 123 4567"), text);
        assertTrue(text.contains("07/12/2026 10:00 Esito: Contratto \u2014 anna"), text);
    }

    @Test
    void thePrivacyFormHasTheInformationEachConsentWithItsBoxesAndTheSignatures() throws IOException {
        List<Map<String, Object>> rows = List.of(
                map("consent", "Marketing", "purpose", "Comunicazioni commerciali", "given", true, "storedState", "consenso registrato"),
                map("consent", "Profilazione", "purpose", "Analisi delle preferenze", "given", false, "storedState", "consenso non registrato"));
        Map<String, Object> parameters = map("partyName", "Rossi Nicol\u00f2", "identifier", "RSSNCL80A01H501U", "address", "Via Roma 1, Forl\u00ec (FC)",
                "printed", "p");
        String text = pdfText(RENDERER.render(document(ReportName.PRIVACY_FORM, parameters, rows, Locale.ITALIAN), ReportFormat.PDF));
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Modulo per il trattamento dei dati personali"), text);
        assertTrue(flat.contains("Titolare del trattamento \u00e8 la societ\u00e0"), text);
        assertTrue(flat.contains("Garante per la protezione dei dati personali"), text);
        assertTrue(flat.contains("portabilit\u00e0"), text);
        assertTrue(flat.contains("Rossi Nicol\u00f2"), text);
        assertTrue(flat.contains("\u2612 consenso registrato \u2610 acconsento \u2610 non acconsento"), text);
        assertTrue(flat.contains("\u2610 consenso non registrato \u2610 acconsento \u2610 non acconsento"), text);
        assertTrue(flat.contains("Firma dell'interessato"), text);

        String english = pdfText(RENDERER.render(document(ReportName.PRIVACY_FORM, parameters, rows, Locale.ENGLISH), ReportFormat.PDF))
                .replaceAll("\\s+", " ");
        assertTrue(english.contains("Personal data processing form"), english);
        assertTrue(english.contains("I do not agree"), english);
    }

    @Test
    void emptyReportsStillPrintTheirHeadings() throws IOException {
        Map<String, Object> parameters = map("subtitle", "s", "printed", "p", "days", List.of());
        String text = pdfText(RENDERER.render(document(ReportName.OPERATOR_PRODUCTIVITY, parameters, List.of(), Locale.ITALIAN), ReportFormat.PDF));
        assertTrue(text.contains("Produttivit\u00e0 operatori"), text);
        assertTrue(text.contains("Totale 0 0:00:00 0 0 0"), text);
    }

    static String lines(String text) {
        return text.lines().collect(Collectors.joining("\n"));
    }
}
