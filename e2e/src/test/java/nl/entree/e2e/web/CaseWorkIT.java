package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Screens 2 and 3 in a real browser: a casemanager accepts a case; a coordinator reassigns one. */
class CaseWorkIT {

    @Test
    void aCasemanagerAcceptsACaseOfTheirOrganisationAndLogsHours() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            String reference = browser.registerContact("CHAT", "VICTIM", "RAPE", "WITHIN_7_DAYS");
            String caseId = browser.openCaseId();

            // Other tests share the suite: the list may hold more cases than one page, so search for this one.
            browser.go("/cases");
            browser.find("searchBy").click();
            browser.find("q").sendKeys(reference);
            browser.clickThrough("search");
            browser.clickThrough(browser.driver.findElement(By.cssSelector("tr[data-case='" + caseId + "'] a")));
            assertEquals("Aangeboden", browser.visible("case-status").getText());
            browser.find("accept").click();

            assertEquals("Casus geaccepteerd.", browser.visible("done").getText());
            assertEquals("Geaccepteerd", browser.find("case-status").getText());
            assertTrue(browser.find("history").getText().contains("Geaccepteerd"));

            browser.assertAccessible();

            // Time that cannot be read is named next to the field and kept, and nothing is logged.
            browser.find("hours-minutes").sendKeys("anderhalf");
            browser.find("log-hours").click();
            browser.visible("error-summary");
            assertTrue(browser.driver.getTitle().startsWith("Fout:"), browser.driver.getTitle());
            assertTrue(browser.find("hours-minutes-error").getText().contains("1,5 uur of 45 minuten"));
            assertEquals("anderhalf", browser.find("hours-minutes").getAttribute("value"));
            assertFalse(browser.driver.findElements(By.id("hours-none")).isEmpty(), "nothing logged");
            browser.assertAccessible();

            // "1,5" is an hour and a half, shown as such with the total.
            browser.find("hours-minutes").clear();
            browser.find("hours-minutes").sendKeys("1,5");
            browser.find("log-hours").click();
            assertEquals("Uren opgeslagen.", browser.visible("done").getText());
            assertTrue(browser.find("hours-table").getText().contains("1 u 30 min"), browser.find("hours-table").getText());
            assertEquals("1 u 30 min", browser.find("hours-total").getText());
            browser.assertAccessible();

            // A correction takes the entry's place; the original stays, struck through.
            browser.driver.findElement(By.cssSelector("#hours-table a.correct-hours")).click();
            assertEquals("1:30", browser.visible("correct-minutes").getAttribute("value"));
            browser.assertAccessible();
            browser.find("correct-minutes").clear();
            browser.find("correct-minutes").sendKeys("45m");
            browser.find("save-correction").click();
            assertTrue(browser.visible("done").getText().startsWith("Correctie opgeslagen"));
            assertEquals("45 min", browser.find("hours-total").getText());
            assertEquals(1, browser.driver.findElements(By.cssSelector("#hours-table tr.replaced")).size());
            browser.assertAccessible();
        }
    }

    @Test
    void aDeclinedCaseEndsOnTheCaseListWithAConfirmation() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.registerContact("CHAT", "VICTIM", "RAPE", "MORE_THAN_7_DAYS");
            browser.find("open-case").click();
            browser.visible("decline-reason").sendKeys("Past beter bij een andere organisatie");
            browser.find("decline").click();

            // Declining cannot be undone: a page of its own asks first, and says what will happen.
            assertTrue(browser.visible("confirm-title").getText().startsWith("Weet u zeker dat u casus"));
            assertTrue(browser.find("confirm-text").getText().contains("terug naar de coördinatoren"));
            assertEquals("Past beter bij een andere organisatie", browser.find("confirm-given").getText());
            browser.assertAccessible();
            browser.clickThrough("confirm");

            assertTrue(browser.driver.getCurrentUrl().contains("/cases?"), browser.driver.getCurrentUrl());
            assertEquals("Casus afgewezen; hij gaat terug naar de coördinatoren.", browser.visible("done").getText());
            assertTrue(browser.driver.findElements(By.className("panel-error")).isEmpty(), "no red error");
            browser.assertAccessible();
        }
    }

    @Test
    void theLeadSeesHowToReachAPersonWhoConsentedToSharing() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.go("/contacts/new");
            browser.select("channel", "PHONE");
            browser.select("callerRole", "VICTIM");
            browser.find("incident-RAPE").click();
            browser.when("WITHIN_7_DAYS");
            // The form starts anonymous; this person gives a name and a number.
            browser.find("anonymous").click();
            browser.visible("contact-name").sendKeys("Sam de Vries");
            browser.find("contact-phone").sendKeys("06 12345678");
            browser.find("consentToShare").click();
            browser.find("save-contact").click();
            browser.visible("reference");
            for (int i = 0; i < 20 && browser.driver.findElements(By.id("open-case")).isEmpty(); i++) {
                WebBrowser.sleep(1000);
                browser.driver.navigate().refresh();
            }
            browser.find("open-case").click();

            assertEquals("Sam de Vries", browser.visible("person-name").getText());
            assertEquals("tel:06 12345678", browser.find("person-phone").findElement(By.tagName("a"))
                    .getAttribute("href").replace("%20", " "));
            browser.assertAccessible();
        }
    }

    @Test
    void aContactRoutedToAnotherOrganisationOffersNoLinkThatLeadsNowhere() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.registerContact("CHAT", "VICTIM", "SEXUAL_HARASSMENT", null);
            assertTrue(browser.find("routed-to").getText().startsWith("SHN"));
            assertTrue(browser.driver.findElements(By.id("open-case")).isEmpty());
            assertTrue(browser.find("routed-elsewhere").getText().contains("Slachtofferhulp Nederland"));
        }
    }

    @Test
    void aCoordinatorReassignsACaseThatNeedsReviewWithAReason() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "SHN");
            // Nothing in the default rules matches this contact: it goes to the coordinators' review queue.
            String reference = browser.registerContact("CHAT", "VICTIM", "OTHER", null);
            assertTrue(browser.driver.findElements(By.id("open-case")).isEmpty(), "no link the casemanager cannot open");

            browser.signIn("coordinator", null);
            browser.go("/board");
            String why = "Geen regel wees een leidende organisatie aan";
            List<WebElement> rows = browser.driver.findElements(By.xpath(
                    "//table[@id='review']//tr[@data-case][contains(., '" + reference + "')]"));
            String caseId;
            if (!rows.isEmpty()) {
                caseId = rows.get(0).getAttribute("data-case");
                assertTrue(rows.get(0).getText().contains(why), rows.get(0).getText());
                browser.clickThrough(rows.get(0).findElement(By.className("reassign")));
            } else {
                // The board lists the first 100 of the queue; earlier tests may have filled it. A coordinator then
                // finds the case by its reference in the case list, as the board's "all" link offers.
                assertTrue(browser.find("review-count").isDisplayed());
                browser.go("/cases");
                browser.find("q").sendKeys(reference);
                browser.clickThrough("search");
                caseId = browser.driver.findElement(By.xpath("//tr[@data-case][contains(., '" + reference + "')]"))
                        .getAttribute("data-case");
                browser.go("/board/cases/" + caseId + "/reassign");
            }
            assertTrue(browser.find("reassign-case").getText().contains(why), browser.find("reassign-case").getText());
            browser.assertAccessible();

            // Without an organisation triage refuses: the error summary comes first and the typed reason stays.
            browser.find("reason").sendKeys("Slachtoffer vraagt om praktische ondersteuning");
            browser.clickThrough("reassign");
            assertTrue(browser.driver.getTitle().startsWith("Fout:"), browser.driver.getTitle());
            assertTrue(browser.visible("error-summary").getText().contains("Kies de organisatie die de casus krijgt"));
            assertTrue(browser.visible("leadOrganisation-error").getText().length() > 0);
            assertEquals("Slachtoffer vraagt om praktische ondersteuning", browser.find("reason").getAttribute("value"));

            browser.select("leadOrganisation", "SHN");
            browser.find("reassign").click();
            assertEquals("Casus toegewezen.", browser.visible("done").getText());
            assertTrue(browser.driver.findElements(By.cssSelector("#review tr[data-case='" + caseId + "']")).isEmpty());

            browser.go("/cases/" + caseId);
            assertTrue(browser.find("history").getText().contains("Slachtoffer vraagt om praktische ondersteuning"));
        }
    }
}
