package it.callcenter.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator manages users in the browser. */
@ExtendWith(TestServer.class)
class UsersAdminIT {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdminCreatesAUserWhoCanThenLogIn() {
        browser.loginSuccessfully("admin", "demo");
        browser.open("/admin/users.xhtml");
        browser.await(By.id("users:new")).click();
        browser.type(By.id("userForm:username"), "nuovo.operatore");
        browser.type(By.id("userForm:fullName"), "Nuovo Operatore");
        browser.type(By.id("userForm:password"), "corta");
        browser.driver.findElement(By.id("userForm:save")).click();
        browser.awaitText(By.cssSelector("#userForm\\:messages .ui-messages-error-summary"),
                "La password deve avere almeno 10 caratteri.");
        assertFalse(Api.as("admin", "demo").get("/users").body().contains("nuovo.operatore"),
                "a refused user is not created");

        browser.type(By.id("userForm:password"), "Password-Sicura-2026");
        browser.driver.findElement(By.id("userForm:save")).click();
        browser.await(growl("Utente nuovo.operatore creato."));
        filter("nuovo.operatore");
        browser.awaitText(By.id("users:table"), "nuovo.operatore");
        assertTrue(Api.as("admin", "demo").get("/users").body().contains("nuovo.operatore"));

        browser.driver.findElement(By.id("menuForm:logout")).click();
        browser.await(By.id("login:username"));
        browser.loginSuccessfully("nuovo.operatore", "Password-Sicura-2026");
        assertTrue(browser.driver.findElement(By.id("welcome")).getText().contains("Nuovo Operatore"));
    }

    @Test
    void anAdminResetsAPasswordAndDisablesAUser() {
        TestUsers.create("reset.me", "first-password-1", "OPERATOR");
        try (Browser operator = new Browser()) {
            operator.loginSuccessfully("reset.me", "first-password-1");
            assertEquals(200, Api.as("reset.me", "first-password-1").get("/me").status(), "the API remembers it now");
            resetAndDisable();
            operator.open("/index.xhtml");
            operator.await(By.id("login:username"));
            assertTrue(operator.driver.getCurrentUrl().contains("/login.xhtml"), "the reset ended the user's session");
        }
        assertEquals(List.of(List.of("UPDATE", "admin", "password"), List.of("UPDATE", "admin", "enabled"), List.of("UPDATE", "admin", "enabled")),
                TestUsers.query("SELECT a.action, a.username, a.fields FROM audit_entry a JOIN app_user u ON u.id = a.entity_id"
                        + " WHERE a.entity_type = 'USER' AND u.username = 'reset.me' ORDER BY a.id"), "the screen's changes are audited");
    }

    @Test
    void aDemotedAdminLosesTheAdminScreenInTheBrowserSignedIn() {
        Api admin = Api.as("admin", "demo");
        assertEquals(201, admin.post("/users", """
                {"username":"admin2","fullName":"Secondo Amministratore","roles":["ADMIN"],"password":"Password-Admin-Due"}""").status());
        browser.loginSuccessfully("admin2", "Password-Admin-Due");
        browser.open("/admin/users.xhtml");
        browser.await(By.id("users:new"));

        assertEquals(200, admin.put("/users/admin2", """
                {"fullName":"Secondo Amministratore","roles":["OPERATOR"],"enabled":true}""").status());
        browser.driver.findElement(By.id("users:new")).click();
        browser.await(By.id("login:changed"));
        assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"), browser.driver.getCurrentUrl());
        assertEquals("Un amministratore ha cambiato il tuo accesso: accedi di nuovo.",
                browser.driver.findElement(By.id("login:changed")).getText());

        browser.loginSuccessfully("admin2", "Password-Admin-Due");
        assertFalse(browser.driver.findElements(By.id("menuForm:menu-users")).size() > 0, "no administration in the menu");
        browser.open("/admin/users.xhtml");
        assertEquals("Non hai i permessi per aprire questa pagina.", browser.await(By.id("error-message")).getText());
    }

    private void resetAndDisable() {
        browser.loginSuccessfully("admin", "demo");
        browser.open("/admin/users.xhtml");
        int row = rowOf("reset.me");

        browser.await(By.id("users:table:" + row + ":reset")).click();
        browser.await(By.cssSelector(".ui-confirmdialog-yes")).click();
        String newPassword = browser.await(By.id("new-password")).getText().strip();
        assertEquals(16, newPassword.length());
        assertEquals(401, Api.as("reset.me", "first-password-1").get("/me").status(), "the old password stops working");
        assertEquals(200, Api.as("reset.me", newPassword).get("/me").status());
        browser.driver.findElement(By.cssSelector("#passwordForm button")).click();

        browser.await(By.id("users:table:" + row + ":toggle")).click();
        browser.await(growl("Utente reset.me disattivato."));
        assertEquals(401, Api.as("reset.me", newPassword).get("/me").status(), "a disabled user cannot sign in");

        browser.await(By.id("users:table:" + row + ":toggle")).click();
        browser.await(growl("Utente reset.me riattivato."));
        assertEquals(200, Api.as("reset.me", newPassword).get("/me").status());
    }

    private static By growl(String text) {
        return By.xpath("//*[contains(@class,'ui-growl-title') and normalize-space(text())='" + text + "']");
    }

    /** Narrows the table to the user (other tests make many users: the table pages them). */
    private void filter(String username) {
        browser.type(By.cssSelector("#users\\:table thead input.ui-column-filter"), username);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20)).until(d -> {
            var names = d.findElements(By.cssSelector("#users\\:table .user-username"));
            return names.size() == 1 && names.get(0).getText().equals(username);
        });
    }

    private int rowOf(String username) {
        filter(username);
        var names = browser.driver.findElements(By.cssSelector("#users\\:table .user-username"));
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).getText().equals(username)) {
                return i;
            }
        }
        throw new AssertionError(username + " is not in the table");
    }
}
