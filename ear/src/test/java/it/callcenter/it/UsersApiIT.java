package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** User administration through the API (API.md: POST /users, PUT /users/{username}), audited. */
@ExtendWith(TestServer.class)
class UsersApiIT {

    private static final Api ADMIN = Api.as("admin", "demo");

    @Test
    void anAdminCreatesAUserWhoCanSignInAtOnce() {
        Api.Reply created = ADMIN.post("/users", """
                {"username":"Api.Operator","fullName":"Operatore Via API","roles":["OPERATOR"],"password":"Una-Password-Lunga","extension":"299"}""");
        assertEquals(201, created.status(), created.body());
        JsonNode user = created.json();
        assertEquals("api.operator", user.get("username").asText());
        assertEquals("Operatore Via API", user.get("fullName").asText());
        assertEquals("[\"OPERATOR\"]", user.get("roles").toString());
        assertTrue(user.get("enabled").asBoolean());
        assertEquals("299", user.get("extension").asText());

        Api.Reply me = Api.as("api.operator", "Una-Password-Lunga").get("/me");
        assertEquals(200, me.status(), me.body());
        assertEquals(List.of(List.of("CREATE", "admin", "username,fullName,roles,password,extension")), TestUsers.query(
                "SELECT a.action, a.username, a.fields FROM audit_entry a JOIN app_user u ON u.id = a.entity_id"
                        + " WHERE a.entity_type = 'USER' AND u.username = 'api.operator'"));
    }

    @Test
    void aTakenNameIsAConflictAndAWeakPasswordIsRefused() {
        Api.Reply taken = ADMIN.post("/users", """
                {"username":"operator1","fullName":"Doppione","roles":["OPERATOR"],"password":"Una-Password-Lunga"}""");
        assertEquals(409, taken.status(), taken.body());
        assertEquals("USERNAME_TAKEN", taken.json().get("errors").get(0).get("code").asText());

        Api.Reply weak = ADMIN.post("/users", """
                {"username":"weak.password","fullName":"Debole","roles":["OPERATOR"],"password":"corta"}""");
        assertEquals(422, weak.status(), weak.body());
        JsonNode error = weak.json().get("errors").get(0);
        assertEquals("password", error.get("field").asText());
        assertEquals("PASSWORD_TOO_SHORT", error.get("code").asText());

        Api.Reply unknownRole = ADMIN.post("/users", """
                {"username":"no.role","fullName":"Senza ruolo","roles":["BOSS"],"password":"Una-Password-Lunga"}""");
        assertEquals(422, unknownRole.status(), unknownRole.body());
        assertEquals("UNKNOWN_ROLE", unknownRole.json().get("errors").get(0).get("code").asText());
        assertEquals(404, ADMIN.get("/users/weak.password").status(), "nothing refused is created");
    }

    @Test
    void onlyAnAdminAdministersUsers() {
        Api supervisor = Api.as("supervisor", "demo");
        assertEquals(403, supervisor.post("/users", """
                {"username":"by.supervisor","fullName":"Non ammesso","roles":["OPERATOR"],"password":"Una-Password-Lunga"}""").status());
        assertEquals(403, supervisor.put("/users/operator2", """
                {"fullName":"Luca Bianchi","roles":["ADMIN"],"enabled":true,"extension":"202"}""").status());
        assertEquals("[\"OPERATOR\"]", ADMIN.get("/users/operator2").json().get("roles").toString());
    }

    @Test
    void aChangeOfRolesTakesEffectOnTheNextCallAndIsAudited() {
        TestUsers.create("api.admin2", "Password-Admin-2", "ADMIN");
        Api promoted = Api.as("api.admin2", "Password-Admin-2");
        assertEquals(200, promoted.get("/users").status(), "remembered now as an administrator");

        JsonNode before = ADMIN.get("/users/api.admin2").json();
        Api.Reply changed = ADMIN.put("/users/api.admin2", """
                {"fullName":"Ex Amministratore","roles":["OPERATOR"],"enabled":true,"extension":null,"version":%d}"""
                .formatted(before.get("version").asLong()));
        assertEquals(200, changed.status(), changed.body());
        assertEquals("[\"OPERATOR\"]", changed.json().get("roles").toString());
        assertEquals(403, promoted.get("/users").status(), "the roles it was remembered with are gone at once");
        assertEquals(200, promoted.get("/me").status());

        Api.Reply stale = ADMIN.put("/users/api.admin2", """
                {"fullName":"Vecchia versione","roles":["OPERATOR"],"enabled":true,"version":%d}"""
                .formatted(before.get("version").asLong()));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("STALE_VERSION", stale.json().get("errors").get(0).get("code").asText());

        assertEquals(List.of(List.of("UPDATE", "admin", "fullName,roles")), TestUsers.query(
                "SELECT a.action, a.username, a.fields FROM audit_entry a JOIN app_user u ON u.id = a.entity_id"
                        + " WHERE a.entity_type = 'USER' AND u.username = 'api.admin2'"));
    }

    @Test
    void disablingWithoutAVersionEndsTheRememberedCredentialAtOnce() {
        TestUsers.create("api.leaver", "Password-Leaver", "OPERATOR");
        Api leaver = Api.as("api.leaver", "Password-Leaver");
        assertEquals(200, leaver.get("/me").status());

        Api.Reply disabled = ADMIN.put("/users/api.leaver", """
                {"fullName":"Chi se ne va","roles":["OPERATOR"],"enabled":false}""");
        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(false, disabled.json().get("enabled").asBoolean());
        assertEquals(401, leaver.get("/me").status());

        Api.Reply again = ADMIN.put("/users/api.leaver", """
                {"fullName":"Chi se ne va","roles":["OPERATOR"],"enabled":true}""");
        assertEquals(200, again.status(), again.body());
        assertEquals(200, leaver.get("/me").status());
    }

    @Test
    void anAdminCannotDisableThemselves() {
        Api.Reply self = ADMIN.put("/users/admin", """
                {"fullName":"Amministratore Demo","roles":["ADMIN"],"enabled":false}""");
        assertEquals(422, self.status(), self.body());
        assertEquals("CANNOT_DISABLE_SELF", self.json().get("errors").get(0).get("code").asText());
    }
}
