package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.awaitility.Awaitility;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the message tests share: parties in Allein with an interest named for the test's run (so counts are exact
 * whatever else the database holds), many copies of one party made in one statement, message campaigns over the API,
 * and the database read directly.
 */
final class MessageFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger BULK = new AtomicInteger();

    final Api supervisor = Api.as("supervisor", "demo");
    final String run;

    MessageFixture(String prefix) {
        this.run = prefix + System.nanoTime();
    }

    /** A new national mobile the test SMSC delivers (its numbers ending in 97, 98, 99 fail on purpose). */
    static String mobile() {
        while (true) {
            String mobile = PartiesIT.newMobile();
            int last = Integer.parseInt(mobile.substring(mobile.length() - 2));
            if (last < 97) {
                return mobile;
            }
        }
    }

    /** A person in Allein with the run's interest, a mobile (a person must have one) and the consents named. */
    ObjectNode person(String firstName, String lastName, String mobile, String... consents) {
        ObjectNode party = CampaignsIT.inAllein(firstName, lastName, mobile, false, run);
        ObjectNode granted = party.putObject("consents");
        for (String consent : consents) {
            granted.put(consent, true);
        }
        return party;
    }

    static void email(ObjectNode party, String address, boolean consent) {
        party.withArray("contacts").addObject().put("kind", "EMAIL").put("value", address).put("emailConsent", consent);
    }

    long create(ObjectNode party) {
        Api.Reply reply = supervisor.post("/parties", party.toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().get("id").asLong();
    }

    /** The criteria that select this run's parties only. */
    ObjectNode criteria() {
        ObjectNode criteria = JSON.createObjectNode();
        criteria.putArray("comuni").add(CampaignsIT.ALLEIN);
        criteria.putArray("interests").add(run);
        return criteria;
    }

    ObjectNode campaign(String channel, String purpose, String subject, String template) {
        ObjectNode campaign = JSON.createObjectNode().put("name", run + "-" + System.nanoTime()).put("channel", channel)
                .put("purpose", purpose).put("template", template);
        if (subject != null) {
            campaign.put("subject", subject);
        }
        campaign.set("criteria", criteria());
        return campaign;
    }

    long createCampaign(ObjectNode campaign) {
        Api.Reply created = supervisor.post("/messages/campaigns", campaign.toString());
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asLong();
    }

    JsonNode preview(long campaign) {
        Api.Reply preview = supervisor.post("/messages/campaigns/" + campaign + "/preview", "");
        assertEquals(200, preview.status(), preview.body());
        return preview.json();
    }

    void send(long campaign) {
        Api.Reply sent = supervisor.post("/messages/campaigns/" + campaign + "/send", "");
        assertEquals(202, sent.status(), sent.body());
    }

    /** An SMS campaign's progress once it is DONE (nothing queued) and every receipt is in (nothing only sent). */
    JsonNode awaitDone(long campaign, Duration within) {
        return Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(250))
                .until(() -> supervisor.get("/messages/campaigns/" + campaign).json(),
                        figures -> "DONE".equals(figures.get("state").asText()) && figures.get("sent").asLong() == 0);
    }

    /**
     * {@code count} copies of {@code template} (same names, address, consents and interests) in one statement, each
     * with a mobile of its own, +39 339 then a 7-digit number from {@code first}, the carriers TIM, Vodafone and WindTre
     * in turn; answers the first number used after them.
     */
    static int copies(long template, int count) throws SQLException {
        int first = BULK.getAndAdd(count + 1) + 1;
        StringBuilder columns = new StringBuilder();
        try (Connection db = connect(); ResultSet rs = db.createStatement().executeQuery("SELECT column_name FROM"
                + " information_schema.columns WHERE table_name = 'party' AND column_name <> 'id' ORDER BY ordinal_position")) {
            while (rs.next()) {
                columns.append(", ").append(rs.getString(1));
            }
        }
        String sql = "WITH made AS (INSERT INTO party (id" + columns + ") SELECT nextval('party_seq')" + columns
                + " FROM party, generate_series(1, ?) WHERE id = ? RETURNING id),"
                + " numbered AS (SELECT id, ? + row_number() OVER (ORDER BY id) - 1 AS n FROM made),"
                + " contacts AS (INSERT INTO party_contact (party_id, position, kind, value, search_key, carrier)"
                + " SELECT id, 0, 'MOBILE', '+39 339 ' || lpad(n::text, 7, '0'), '+39339' || lpad(n::text, 7, '0'),"
                + " (ARRAY['TIM', 'Vodafone', 'WindTre'])[CAST(n % 3 AS int) + 1] FROM numbered)"
                + " INSERT INTO party_interest (party_id, interest_id) SELECT n.id, i.interest_id FROM numbered n"
                + " JOIN party_interest i ON i.party_id = ?";
        execute(sql, count, template, first, template);
        return first + count;
    }

    /** The SMSC's form of a copy's number {@code n} (no plus). */
    static String copyNumber(int n) {
        return "39339" + String.format("%07d", n);
    }

    /** A national mobile as the SMSC sees it: 39 and its digits. */
    static String smsc(String mobile) {
        return "39" + mobile.replace(" ", "");
    }

    static void execute(String sql, Object... values) throws SQLException {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    static String single(String sql, Object... values) throws SQLException {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
    }
}
