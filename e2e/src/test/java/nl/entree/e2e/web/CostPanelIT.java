package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import com.fasterxml.jackson.databind.JsonNode;

import nl.entree.e2e.Client;
import nl.entree.e2e.Suite;
import nl.entree.support.token.Tokens;

/**
 * Screen 4's costs panel against the real capacity-service: a national coordinator registers a cost per FTE with its
 * source, sees it among the versions, and is told next to "Geldig vanaf" when a version does not follow the last.
 */
class CostPanelIT {

    @Test
    void aNationalCoordinatorRegistersACostPerFteAndANewVersionMustFollowTheLast() throws Exception {
        // CVSN, as SmallCountsIT prices it; after any version an earlier run left, since a version only follows one.
        LocalDate from = afterTheLastVersion("CVSN");
        String shown = from.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("coordinator", null);
            browser.go("/capacity");
            assertEquals("Kosten per FTE", browser.find("costs-title").getText());
            assertTrue(browser.find("costs").getText().contains("CVSN"), browser.find("costs").getText());
            browser.assertAccessible();

            fillIn(browser, "71.250,50", from);
            browser.clickThrough("save-cost");
            assertEquals("Bedrag per FTE geregistreerd.", browser.visible("done").getText());
            // By its "Geldig vanaf" cell: the version it closes shows the same day as "Vervangen per".
            var headers = browser.driver.findElements(By.cssSelector("#cost-history thead th")).stream()
                    .map(h -> h.getText().strip()).toList();
            int validFrom = headers.indexOf("Geldig vanaf");
            var version = browser.driver.findElements(By.cssSelector("#cost-history tbody tr")).stream()
                    .filter(r -> r.getText().startsWith("CVSN")
                            && r.findElements(By.cssSelector("th, td")).get(validFrom).getText().strip().equals(shown))
                    .toList();
            assertEquals(1, version.size(), browser.find("cost-history").getText());
            assertTrue(version.get(0).getText().contains("€ 71.250,50 aanname")
                    && version.get(0).getText().contains("e2e: begroting met opslag"), version.get(0).getText());
            browser.assertAccessible();

            // The same first day again: capacity refuses it (409), and the page says so at the date, keeping the rest.
            fillIn(browser, "72.000", from);
            browser.clickThrough("save-cost");
            assertTrue(browser.driver.getTitle().startsWith("Fout:"), browser.driver.getTitle());
            assertTrue(browser.visible("cost-validFrom-error").getText().contains("na de ingangsdatum van het bedrag"),
                    browser.find("cost-validFrom-error").getText());
            assertEquals("true", browser.find("cost-validFrom").getAttribute("aria-invalid"));
            assertEquals("72.000", browser.find("cost-eurosPerFtePerYear").getAttribute("value"));
            browser.assertAccessible();
        }
        assertEquals(from, afterTheLastVersion("CVSN").minusDays(1), "the refused version was not stored");
    }

    private static void fillIn(WebBrowser browser, String euros, LocalDate from) {
        browser.select("cost-org", "CVSN");
        browser.find("cost-eurosPerFtePerYear").clear();
        browser.find("cost-eurosPerFtePerYear").sendKeys(euros);
        browser.find("cost-source").clear();
        browser.find("cost-source").sendKeys("e2e: begroting met opslag");
        if (!browser.find("cost-assumption").isSelected()) {
            browser.find("cost-assumption").click();
        }
        // As a date picker fills it in: Chromium's typed format follows its language, the value does not.
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
                browser.find("cost-validFrom"), from.toString());
    }

    /** The first day a new version of {@code org}'s cost may start on: tomorrow, or after the last version's. */
    private static LocalDate afterTheLastVersion(String org) throws IOException {
        LocalDate from = LocalDate.now().plusDays(1);
        for (JsonNode version : Client.get(Suite.get().url("capacity-service") + "/api/costs/" + org + "/history",
                Tokens.coordinator()).json()) {
            LocalDate after = LocalDate.parse(version.get("validFrom").asText()).plusDays(1);
            from = after.isAfter(from) ? after : from;
        }
        return from;
    }
}
