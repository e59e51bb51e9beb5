package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(TestServer.class)
class ApiIT {

    @Test
    void healthIsUpWithoutCredentials() {
        Api.Reply reply = Api.anonymous().get("/health");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("UP", reply.json().get("status").asText());
        assertEquals("UP", reply.json().get("database").asText());
        assertTrue(List.of("UP", "DOWN").contains(reply.json().get("telephony").asText()));
    }

    @Test
    void meNeedsCredentials() {
        Api.Reply reply = Api.anonymous().get("/me");
        assertEquals(401, reply.status());
        assertNotNull(reply.challenge(), "a 401 names the Basic scheme");
        assertTrue(reply.challenge().startsWith("Basic"));
    }

    @Test
    void meRefusesAWrongPassword() {
        assertEquals(401, Api.as("operator1", "wrong").get("/me").status());
        assertEquals(401, Api.as("nobody", "demo").get("/me").status());
    }

    @Test
    void meAnswersTheCaller() {
        Api.Reply reply = Api.as("operator1", "demo").get("/me");
        assertEquals(200, reply.status(), reply.body());
        JsonNode me = reply.json();
        assertEquals("operator1", me.get("username").asText());
        assertEquals(List.of("OPERATOR"), strings(me.get("roles")));
        assertEquals("it", me.get("locale").asText());
    }

    @Test
    void usersIsForbiddenToAnOperator() {
        Api.Reply reply = Api.as("operator1", "demo").get("/users");
        assertEquals(403, reply.status(), reply.body());
    }

    @Test
    void usersListsTheDemoUsersForAnAdmin() {
        Api.Reply reply = Api.as("admin", "demo").get("/users");
        assertEquals(200, reply.status(), reply.body());
        List<String> names = new ArrayList<>();
        for (JsonNode user : reply.json()) {
            names.add(user.get("username").asText());
            assertTrue(user.has("roles") && user.has("enabled") && user.has("extension"));
            assertTrue(!user.has("passwordHash") && !user.toString().contains("pbkdf2"), "no hash leaves the server");
        }
        assertTrue(names.containsAll(List.of("admin", "supervisor", "manager",
                "operator1", "operator2", "operator3", "operator4", "operator5")), names.toString());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
