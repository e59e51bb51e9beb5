package it.callcenter.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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
        browser.awaitText(By.id("users:table"), "nuovo.operatore");
        assertTrue(Api.as("admin", "demo").get("/users").body().contains("nuovo.operatore"));

        browser.driver.findElement(By.id("menuForm:logout")).click();
        browser.await(By.id("login:username"));
        browser.loginSuccessfully("nuovo.operatore", "Password-Sicura-2026");
        assertTrue(browser.driver.findElement(By.id("welcome")).getText().contains("Nuovo Operatore"));
    }
}
