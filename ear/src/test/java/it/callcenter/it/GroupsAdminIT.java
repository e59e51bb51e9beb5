package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An administrator keeps operator groups in the browser: create with members, rename and change members, delete. */
@ExtendWith(TestServer.class)
class GroupsAdminIT {

    private final String name = "Gruppo" + System.nanoTime();
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
    void anAdminCreatesRenamesAndDeletesAGroup() {
        browser.loginSuccessfully("admin", "demo");
        browser.openFromMenu("menu-groups");
        browser.await(By.id("groups:new")).click();
        browser.type(By.id("groupForm:name"), name);
        browser.toggleOption("Anna Rossi (operator1)");
        browser.toggleOption("Giulia Russo (operator3)");
        browser.driver.findElement(By.id("groupForm:save")).click();
        browser.await(Browser.growl("Gruppo \u00ab" + name + "\u00bb creato."));
        assertEquals(List.of("operator1", "operator3"), members(name));

        int row = rowOf(name);
        browser.driver.findElement(By.id("groups:table:" + row + ":edit")).click();
        browser.awaitText(By.id("groupDialog_title"), "Modifica il gruppo");
        browser.type(By.id("groupForm:name"), name + " bis");
        browser.toggleOption("Anna Rossi (operator1)");
        browser.driver.findElement(By.id("groupForm:save")).click();
        browser.await(Browser.growl("Gruppo \u00ab" + name + " bis\u00bb salvato."));
        assertEquals(List.of("operator3"), members(name + " bis"));

        browser.driver.findElement(By.id("groups:table:" + rowOf(name + " bis") + ":delete")).click();
        browser.await(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.await(Browser.growl("Gruppo \u00ab" + name + " bis\u00bb eliminato."));
        assertEquals(List.of(), members(name + " bis"));
    }

    /** The group's members as the API answers them; empty when there is no such group. */
    private static List<String> members(String group) {
        for (JsonNode g : Api.as("admin", "demo").get("/groups").json()) {
            if (g.get("name").asText().equals(group)) {
                return StreamSupport.stream(g.get("members").spliterator(), false).map(JsonNode::asText).toList();
            }
        }
        return List.of();
    }

    private int rowOf(String group) {
        List<WebElement> names = browser.driver.findElements(By.cssSelector("#groups\\:table .group-name"));
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).getText().equals(group)) {
                return i;
            }
        }
        throw new AssertionError(group + " is not in the table");
    }
}
