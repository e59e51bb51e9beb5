package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comuni autocomplete of API.md, over the comuni the migrations load. */
@ExtendWith(TestServer.class)
class GeographyIT {

    private static Api.Reply comuni(String query, Integer limit) {
        String path = "/geo/comuni?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20")
                + (limit == null ? "" : "&limit=" + limit);
        return Api.as("operator1", "demo").get(path);
    }

    private static JsonNode ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().isArray(), reply.body());
        return reply.json();
    }

    @Test
    void romAnswersRomaFirstInTheShapeOfApiMd() {
        JsonNode roma = ok(comuni("rom", 10)).get(0);
        assertEquals("058091", roma.get("istatCode").asText());
        assertEquals("Roma", roma.get("name").asText());
        assertEquals("RM", roma.get("provinceAbbr").asText());
        assertEquals("Roma", roma.get("province").asText());
        assertEquals("Lazio", roma.get("region").asText());
        assertEquals("H501", roma.get("cadastralCode").asText());
        assertEquals("Roma (RM)", roma.get("label").asText());
        List<String> postalCodes = strings(roma.get("postalCodes"));
        assertTrue(postalCodes.contains("00118") && postalCodes.size() > 50, postalCodes.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"forli", "Forlì", "FORLI'", " forlì "})
    void accentsCaseAndApostrophesDoNotMatter(String query) {
        JsonNode forli = ok(comuni(query, null)).get(0);
        assertEquals("Forlì", forli.get("name").asText());
        assertEquals("FC", forli.get("provinceAbbr").asText());
    }

    @Test
    void anApostropheSeparatesWordsAsInTheNames() {
        JsonNode found = ok(comuni("SANT'A", 50));
        assertEquals(50, found.size());
        assertEquals("Sant'Antimo", found.get(0).get("name").asText());
        for (JsonNode comune : found) {
            assertTrue(comune.get("name").asText().startsWith("Sant'A"), comune.toString());
        }
        assertEquals(found, ok(comuni("sant a", 50)));
    }

    @Test
    void mostPopulousFirst() throws SQLException {
        List<String> names = new ArrayList<>();
        ok(comuni("san", 20)).forEach(comune -> names.add(comune.get("name").asText()));
        assertEquals(names("SELECT name FROM comune WHERE name_search LIKE 'san%' ORDER BY population DESC, name LIMIT 20"),
                names);
        assertEquals("San Severo", names.get(0));
    }

    @Test
    void limitIsRespectedAndCapped() {
        assertEquals(3, ok(comuni("san", 3)).size());
        assertEquals(10, ok(comuni("san", null)).size(), "10 by default");
        assertEquals(50, ok(comuni("san", 500)).size(), "never more than 50");
    }

    @Test
    void nothingToSearchAnswersAnEmptyList() {
        assertEquals(0, ok(comuni("", null)).size());
        assertEquals(0, ok(comuni("'", null)).size());
        assertEquals(0, ok(comuni("xyzxyz", null)).size());
        assertEquals(0, ok(Api.as("operator1", "demo").get("/geo/comuni")).size());
    }

    @Test
    void likeWildcardsAreNotWildcards() {
        assertEquals(0, ok(comuni("%", null)).size());
        assertEquals(0, ok(comuni("r_ma", null)).size());
    }

    @Test
    void needsCredentials() {
        assertEquals(401, Api.anonymous().get("/geo/comuni?q=rom").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"operator1", "supervisor", "manager", "admin"})
    void anySignedInRoleMayAsk(String username) {
        assertEquals(200, Api.as(username, "demo").get("/geo/comuni?q=rom").status());
    }

    @Test
    void everyComuneIsLoadedWithItsSearchNameAndPostalCodes() throws SQLException {
        assertEquals(7_904, count("SELECT count(*) FROM comune"));
        assertEquals(1, count("SELECT count(*) FROM comune WHERE name = 'Forlì' AND name_search = 'forli'"));
        assertEquals(11, count("SELECT count(*) FROM comune WHERE postal_codes @> ARRAY['00010']::varchar[]"));
        assertEquals(0, count("SELECT count(*) FROM comune"
                + " WHERE postal_codes_text <> array_to_string(postal_codes, ' ')"));
    }

    private static long count(String sql) throws SQLException {
        String url = TestServer.server().database().settings().url();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<String> names(String sql) throws SQLException {
        String url = TestServer.server().database().settings().url();
        List<String> names = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
