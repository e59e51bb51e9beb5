package it.callcenter.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A campaign filled through the REST API with parties only the calling test creates: they share an interest named
 * for the test, so a fill on that interest takes exactly them whatever else the database holds.
 */
final class CampaignFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CampaignFixture() {
    }

    /** Creates {@code parties} consenting persons called "{lastNamePrefix}A", "…B" … ("…Aa" after "…Z") with the interest {@code tag}. */
    static void parties(Api api, String tag, String lastNamePrefix, int parties) {
        for (int i = 0; i < parties; i++) {
            String suffix = i < 26 ? String.valueOf((char) ('A' + i)) : (char) ('A' + i / 26 - 1) + String.valueOf((char) ('a' + i % 26));
            ObjectNode party = PartiesIT.person("Prova", lastNamePrefix + suffix, PartiesIT.newMobile());
            party.putArray("interests").add(tag);
            Api.Reply reply = api.post("/parties", party.toString());
            assertEquals(201, reply.status(), reply.body());
        }
    }

    static long create(Api api, String name) {
        Api.Reply created = api.post("/campaigns", JSON.createObjectNode().put("name", name).toString());
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asLong();
    }

    /** Fills the campaign with the parties of {@code tag}; answers how many were added. */
    static long fill(Api api, long campaign, String tag) {
        ObjectNode criteria = JSON.createObjectNode();
        criteria.putArray("interests").add(tag);
        Api.Reply fill = api.post("/campaigns/" + campaign + "/fill", criteria.toString());
        assertEquals(200, fill.status(), fill.body());
        return fill.json().get("added").asLong();
    }

    /** A new campaign holding {@code parties} new parties. */
    static long filled(Api api, String name, int parties) {
        parties(api, name, "Campagna" + Math.abs(name.hashCode() % 1000), parties);
        long id = create(api, name);
        assertEquals(parties, fill(api, id, name));
        return id;
    }
}
