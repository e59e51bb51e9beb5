package it.callcenter.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The archive export ({@code /parties/export.csv}, {@code .xlsx}): the file Italian Excel expects, values that
 * would be formulas neutralised, for supervisors and up only, each export audited with its row count. Every party
 * here carries an interest of its own, so the export of that interest holds exactly them.
 */
@ExtendWith(TestServer.class)
class ExportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "Export" + System.nanoTime();
    private static final String HYPERLINK = "=HYPERLINK(\"http://x\")";

    private final Api operator1 = Api.as("operator1", "demo");
    private final Api operator2 = Api.as("operator2", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");
    private static String mobile;

    @BeforeAll
    static void createParties() {
        Api operator1 = Api.as("operator1", "demo");
        ObjectNode company = JSON.createObjectNode().put("type", "COMPANY").put("companyName", HYPERLINK)
                .put("vatNumber", newVatNumber());
        company.putObject("address").put("street", "@SUM(A1)").put("comuneIstat", "058091").put("postalCode", "00184");
        company.putArray("interests").add(MARKER);
        created(operator1.post("/parties", company.toString()));

        mobile = PartiesIT.newMobile();
        ObjectNode person = PartiesIT.person("Mario", "Esportato", mobile);
        person.with("address").put("street", "=1+2");
        person.putArray("interests").add(MARKER).add("-2");
        created(operator1.post("/parties", person.toString()));

        ObjectNode hidden = PartiesIT.person("Nascosto", "Riservatissimo", PartiesIT.newMobile()).put("visibility", "OWNERS");
        hidden.putArray("owners").add("operator2");
        hidden.putArray("interests").add(MARKER);
        created(Api.as("operator2", "demo").post("/parties", hidden.toString()));
    }

    /** A valid partita IVA no other test uses: 7 digits of the clock, office 058, the check digit. */
    private static String newVatNumber() {
        String first = String.format("%07d", System.nanoTime() % 10_000_000) + "058";
        int sum = 0;
        for (int i = 0; i < first.length(); i++) {
            int digit = first.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : (digit * 2 > 9 ? digit * 2 - 9 : digit * 2);
        }
        return first + (10 - sum % 10) % 10;
    }

    private static void created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
    }

    private static String query() {
        return "?interest=" + URLEncoder.encode(MARKER, StandardCharsets.UTF_8);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Rome")).toString();
    }

    @Test
    void csvIsUtf8WithBomSemicolonsAndNeutralisedFormulas() {
        Api.Download csv = supervisor.download("/parties/export.csv" + query());
        assertEquals(200, csv.status(), csv.text());
        assertEquals("text/csv;charset=utf-8", csv.contentType().replace(" ", "").toLowerCase());
        assertEquals("attachment; filename=\"anagrafiche-" + today() + ".csv\"", csv.disposition());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv.body(), 3));

        String text = csv.text().substring(1);
        String[] lines = text.split("\r\n");
        assertTrue(lines[0].startsWith("Tipo;Nominativo;Cognome;Nome;Ragione sociale;Codice fiscale;Partita IVA;"), lines[0]);
        assertTrue(lines[0].endsWith(";Consenso marketing;Creato il"), lines[0]);
        assertEquals(4, lines.length, "the header and the three parties: a supervisor sees every party");
        assertTrue(text.contains(";\"'=HYPERLINK(\"\"http://x\"\")\";"), text);
        assertTrue(text.contains(";'@SUM(A1);00184;Roma;RM;Lazio;"), text);
        assertTrue(text.contains("Persona fisica;Esportato Mario;Esportato;Mario;;;;'=1+2;20121;Milano;MI;Lombardia;'+39"
                + mobile.replace(" ", "") + ";"), text);
        assertTrue(text.contains(";Nuovo;'-2, " + MARKER + ";S\u00ec;"), text);
        assertTrue(text.contains("Riservatissimo Nascosto"), "an OWNERS-only party of operator2");
    }

    @Test
    void xlsxIsAWorkbookWithoutFormulas() throws IOException {
        Api.Download xlsx = supervisor.download("/parties/export.xlsx" + query());
        assertEquals(200, xlsx.status(), xlsx.text());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.contentType());
        assertEquals("attachment; filename=\"anagrafiche-" + today() + ".xlsx\"", xlsx.disposition());

        String xml = sheet(xlsx.body());
        assertFalse(xml.contains("<f>") || xml.contains("<f "), "a formula element");
        String sheet = xml.replace("&apos;", "'").replace("&quot;", "\"").replace("&amp;", "&");
        assertTrue(sheet.contains("<t>'" + HYPERLINK + "</t>"));
        assertTrue(sheet.contains("<t>'@SUM(A1)</t>"));
        assertTrue(sheet.contains("<t>'=1+2</t>"));
        assertTrue(sheet.contains("<t>'+39" + mobile.replace(" ", "") + "</t>"));
        assertTrue(sheet.contains("<t>Ragione sociale</t>"));
    }

    @Test
    void operatorsMayNotExport() {
        for (Api operator : new Api[] {operator1, operator2}) {
            for (String format : new String[] {"csv", "xlsx"}) {
                Api.Download refused = operator.download("/parties/export." + format + query());
                assertEquals(403, refused.status(), refused.text());
                assertEquals("FORBIDDEN", refused.json().get("errors").get(0).get("code").asText(), refused.text());
            }
        }
        assertEquals(200, Api.as("manager", "demo").download("/parties/export.csv" + query()).status());
        assertEquals(200, Api.as("admin", "demo").download("/parties/export.csv" + query()).status());
    }

    @Test
    void theSearchParametersOfPartiesApply() {
        String companies = supervisor.download("/parties/export.csv" + query() + "&type=COMPANY").text();
        assertEquals(2, companies.split("\r\n").length, companies);
        String milano = supervisor.download("/parties/export.csv" + query() + "&province=MI&q=esportato").text();
        assertTrue(milano.contains("Esportato Mario"), milano);
        assertEquals(2, milano.split("\r\n").length, milano);
    }

    @Test
    void withoutCredentialsIs401() {
        assertEquals(401, Api.anonymous().download("/parties/export.csv").status());
        assertEquals(401, Api.anonymous().download("/parties/export.xlsx").status());
    }

    @Test
    void anExportIsAuditedWithTheCriteriaOnlyAndTheRowsWritten() throws SQLException {
        supervisor.download("/parties/export.csv" + query() + "&q=esportato");
        assertEquals("EXPORT 0 format=CSV,q,interest=" + MARKER + ",rows=1", lastExportBy("supervisor"));
        assertEquals(200, supervisor.download("/parties/export.xlsx" + query()).status());
        assertEquals("EXPORT 0 format=XLSX,interest=" + MARKER + ",rows=3", lastExportBy("supervisor"));
    }

    private static String lastExportBy(String username) throws SQLException {
        try (Connection db = DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
             ResultSet rs = db.createStatement().executeQuery("SELECT action || ' ' || entity_id || ' ' || fields FROM audit_entry"
                     + " WHERE entity_type = 'PARTY_EXPORT' AND username = '" + username + "' ORDER BY id DESC LIMIT 1")) {
            assertTrue(rs.next(), "no audit entry");
            return rs.getString(1);
        }
    }

    private static String sheet(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
            assertTrue(entry != null, "no sheet1.xml");
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
