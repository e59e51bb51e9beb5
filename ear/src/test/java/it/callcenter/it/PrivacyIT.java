package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A party's privacy rights and its photo through {@code /parties/{id}/export}, {@code /erasure} and {@code /photo}. */
@ExtendWith(TestServer.class)
class PrivacyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Random RANDOM = new Random();

    private final Api operator1 = Api.as("operator1", "demo");
    private final Api operator2 = Api.as("operator2", "demo");
    private final Api supervisor = Api.as("supervisor", "demo");

    @Test
    void theExportHoldsTheConsentHistoryAndTheAuditAndNothingOfOtherParties() {
        String mobile = PartiesIT.newMobile();
        long id = create(operator1, PartiesIT.person("Paola", "Esportata", mobile));
        ObjectNode changed = PartiesIT.person("Paola", "Esportata", mobile).put("version", version(operator1, id));
        changed.putObject("consents").put("marketing", false).put("profiling", true);
        assertEquals(200, operator1.put("/parties/" + id, changed.toString()).status());
        String otherMobile = PartiesIT.newMobile();
        create(operator1, PartiesIT.person("Ottavio", "Estraneo", otherMobile));

        Api.Download download = operator1.download("/parties/" + id + "/export");
        assertEquals(200, download.status(), download.text());
        assertTrue(download.contentType().startsWith("application/json"), download.contentType());
        assertEquals("attachment; filename=\"party-" + id + ".json\"", download.disposition());
        JsonNode export = download.json();
        assertEquals(id, export.get("party").get("id").asLong());
        assertEquals("Esportata", export.get("party").get("lastName").asText());
        assertEquals("operator1", export.get("exportedBy").asText());
        assertEquals(List.of("marketing=true", "marketing=false", "profiling=true"), consentHistory(export));
        assertEquals("API", export.get("consentHistory").get(0).get("source").asText());
        assertEquals("NEW", export.get("statusHistory").get(0).get("toStatus").asText());
        assertEquals(List.of("CREATE", "UPDATE"), actions(export));
        assertEquals("operator1", export.get("audit").get(1).get("username").asText());
        assertTrue(export.get("audit").get(1).get("fields").toString().contains("consents"), export.toString());

        String text = download.text();
        assertFalse(text.contains("Estraneo") || text.contains("Ottavio"), "another party's name is in the export");
        assertFalse(text.contains(otherMobile.replace(" ", "")), "another party's mobile is in the export");

        assertEquals(List.of("CREATE", "UPDATE", "EXPORT"), actions(operator1.download("/parties/" + id + "/export").json()),
                "the export is itself audited");
    }

    @Test
    void anOperatorCannotExportAnotherOperatorsOwnersOnlyParty() {
        ObjectNode party = PartiesIT.person("Riservata", "Esportazione", PartiesIT.newMobile()).put("visibility", "OWNERS");
        party.putArray("owners").add("operator1");
        long id = create(operator1, party);

        Api.Download refused = operator2.download("/parties/" + id + "/export");
        assertEquals(404, refused.status());
        assertEquals("NOT_FOUND", refused.json().get("errors").get(0).get("code").asText());
        assertEquals(200, operator1.download("/parties/" + id + "/export").status());
        assertEquals(200, supervisor.download("/parties/" + id + "/export").status());
    }

    @Test
    void erasureLeavesNoRowAboutThePartyButKeepsTheInterestAndTheCompany() throws Exception {
        String interest = "Privacy " + System.nanoTime();
        String mobile = PartiesIT.newMobile();
        ObjectNode person = PartiesIT.person("Ernesto", "Cancellato", mobile);
        person.putArray("interests").add(interest);
        person.putArray("owners").add("operator1");
        long id = create(supervisor, person);
        assertEquals(200, supervisor.putBytes("/parties/" + id + "/photo?version=" + version(supervisor, id),
                png(300, 300), "image/png").status());
        ObjectNode company = JSON.createObjectNode().put("type", "COMPANY").put("companyName", "Rappresentata Srl")
                .put("vatNumber", vatNumber()).put("legalRepresentativeId", id);
        company.putArray("administratorIds").add(id);
        long companyId = create(supervisor, company);
        long companyVersion = version(supervisor, companyId);
        assertEquals(1, (int) rowsAbout(id).getOrDefault("notification.party_id", 0), "the new owner was notified");

        long version = version(supervisor, id);
        assertEquals(403, operator1.post("/parties/" + id + "/erasure?version=" + version, "").status());
        assertEquals(409, supervisor.post("/parties/" + id + "/erasure?version=" + (version - 1), "").status());
        Api.Reply erased = supervisor.post("/parties/" + id + "/erasure?version=" + version, "");
        assertEquals(204, erased.status(), erased.body());

        assertEquals(404, supervisor.get("/parties/" + id).status());
        assertEquals(Map.of(), rowsAbout(id), "rows left about the erased party");
        assertEquals(1, count("SELECT count(*) FROM interest WHERE name = ?", interest));
        JsonNode left = supervisor.get("/parties/" + companyId).json();
        assertTrue(left.get("legalRepresentativeId").isNull());
        assertEquals(0, left.get("administratorIds").size());
        assertTrue(left.get("version").asLong() > companyVersion);

        List<String> audit = auditOf(id);
        assertEquals("ERASE", audit.get(audit.size() - 1).split(":")[0], audit.toString());
        String digits = mobile.replace(" ", "");
        assertTrue(audit.stream().noneMatch(e -> e.contains("Cancellato") || e.contains(digits.substring(3))), audit.toString());
    }

    @Test
    void erasureWithoutVersionIs422() {
        long id = create(supervisor, PartiesIT.person("Senza", "Versione", PartiesIT.newMobile()));
        Api.Reply reply = supervisor.post("/parties/" + id + "/erasure", "");
        assertEquals(422, reply.status(), reply.body());
        assertEquals("version", reply.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void aLargePngIsStoredScaledToFitAndMovesThePartysVersion() throws IOException {
        long id = create(operator1, PartiesIT.person("Fotografata", "Larga", PartiesIT.newMobile()));
        long version = version(operator1, id);
        Api.Reply saved = operator1.putBytes("/parties/" + id + "/photo?version=" + version, png(2000, 1000), "image/png");
        assertEquals(200, saved.status(), saved.body());
        long newVersion = saved.json().get("version").asLong();
        assertTrue(newVersion > version);
        assertEquals(newVersion, version(operator1, id));

        Api.Download photo = operator1.download("/parties/" + id + "/photo");
        assertEquals(200, photo.status());
        assertTrue(List.of("image/png", "image/jpeg").contains(photo.contentType()), photo.contentType());
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertEquals(200, stored.getWidth());
        assertEquals(100, stored.getHeight());

        assertEquals(409, operator1.putBytes("/parties/" + id + "/photo?version=" + version, png(10, 10), "image/png").status());
        Api.Reply jpeg = operator1.putBytes("/parties/" + id + "/photo?version=" + newVersion, jpeg(600, 900), "image/jpeg");
        assertEquals(200, jpeg.status(), jpeg.body());
        Api.Download replaced = operator1.download("/parties/" + id + "/photo");
        assertEquals("image/jpeg", replaced.contentType());
        assertEquals(300, ImageIO.read(new ByteArrayInputStream(replaced.body())).getHeight());
    }

    @Test
    void tooLargeOrNotAnImageIs422WithTheReasonInItalian() {
        long id = create(operator1, PartiesIT.person("Rifiutata", "Foto", PartiesIT.newMobile()));
        long version = version(operator1, id);
        byte[] big = new byte[1_200_000];
        RANDOM.nextBytes(big);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, big, 0, 8);

        Api.Reply tooLarge = operator1.putBytes("/parties/" + id + "/photo?version=" + version, big, "image/png");
        assertEquals(422, tooLarge.status(), tooLarge.body());
        JsonNode error = tooLarge.json().get("errors").get(0);
        assertEquals("photo", error.get("field").asText());
        assertEquals("PHOTO_TOO_LARGE", error.get("code").asText());
        assertEquals("La foto può pesare al massimo 1 MB.", error.get("message").asText());

        byte[] text = "Questa non è una foto.\n".getBytes(StandardCharsets.UTF_8);
        for (String declared : List.of("image/png", "application/octet-stream")) {
            Api.Reply notAnImage = operator1.putBytes("/parties/" + id + "/photo?version=" + version, text, declared);
            assertEquals(422, notAnImage.status(), notAnImage.body());
            assertEquals("PHOTO_NOT_AN_IMAGE", notAnImage.json().get("errors").get(0).get("code").asText());
        }
        Api.Reply declaredText = operator1.putBytes("/parties/" + id + "/photo?version=" + version, text, "text/plain");
        assertEquals(415, declaredText.status(), "not even declared as an image: " + declaredText.body());
        assertEquals(version, version(operator1, id), "a refused photo changes nothing");
        assertEquals(404, operator1.download("/parties/" + id + "/photo").status());
    }

    @Test
    void thePhotoCanBeRemovedAndIsNotShownToWhoMayNotSeeTheParty() throws IOException {
        ObjectNode party = PartiesIT.person("Riservata", "Fotografia", PartiesIT.newMobile()).put("visibility", "OWNERS");
        party.putArray("owners").add("operator1");
        long id = create(operator1, party);
        long version = operator1.putBytes("/parties/" + id + "/photo?version=" + version(operator1, id), png(50, 50), "image/png")
                .json().get("version").asLong();

        assertEquals(404, operator2.download("/parties/" + id + "/photo").status());
        assertEquals(404, operator2.putBytes("/parties/" + id + "/photo?version=" + version, png(50, 50), "image/png").status());
        assertEquals(404, operator2.delete("/parties/" + id + "/photo?version=" + version).status());

        assertEquals(204, operator1.delete("/parties/" + id + "/photo?version=" + version).status());
        assertEquals(404, operator1.download("/parties/" + id + "/photo").status());
        assertTrue(version(operator1, id) > version);
    }

    private static long create(Api api, ObjectNode party) {
        Api.Reply created = api.post("/parties?allowDuplicate=true", party.toString());
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asLong();
    }

    private static long version(Api api, long id) {
        return api.get("/parties/" + id).json().get("version").asLong();
    }

    private static List<String> consentHistory(JsonNode export) {
        List<String> changes = new ArrayList<>();
        export.get("consentHistory").forEach(c -> changes.add(c.get("consent").asText() + "=" + c.get("granted").asBoolean()));
        return changes;
    }

    private static List<String> actions(JsonNode export) {
        List<String> actions = new ArrayList<>();
        export.get("audit").forEach(a -> actions.add(a.get("action").asText()));
        return actions;
    }

    /** Rows that still point at the party, per table.column: every party_id or person_id column, and the party table. */
    private static Map<String, Integer> rowsAbout(long id) throws SQLException {
        Map<String, Integer> found = new TreeMap<>();
        try (Connection db = database();
             ResultSet columns = db.createStatement().executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                     + " WHERE table_schema = 'public' AND (column_name IN ('party_id', 'person_id', 'legal_representative_id')"
                     + " OR (table_name = 'party' AND column_name = 'id'))")) {
            while (columns.next()) {
                String table = columns.getString(1);
                String column = columns.getString(2);
                try (PreparedStatement rows = db.prepareStatement("SELECT count(*) FROM " + table + " WHERE " + column + " = ?")) {
                    rows.setLong(1, id);
                    try (ResultSet rs = rows.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) > 0) {
                            found.put(table + "." + column, rs.getInt(1));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> auditOf(long id) throws SQLException {
        List<String> entries = new ArrayList<>();
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement("SELECT action, fields, username FROM audit_entry"
                     + " WHERE entity_type = 'PARTY' AND entity_id = ? ORDER BY at, id")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    entries.add(rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getString(3));
                }
            }
        }
        return entries;
    }

    private static int count(String sql, String parameter) throws SQLException {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
    }

    /** A valid partita IVA nobody else uses: 7 random digits, office 001, the check digit. */
    static String vatNumber() {
        StringBuilder digits = new StringBuilder(String.format("%07d", RANDOM.nextInt(10_000_000))).append("001");
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = digits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : (digit * 2 > 9 ? digit * 2 - 9 : digit * 2);
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }

    private static byte[] png(int width, int height) throws IOException {
        return encode(drawing(width, height), "png");
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        return encode(drawing(width, height), "jpeg");
    }

    private static BufferedImage drawing(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
