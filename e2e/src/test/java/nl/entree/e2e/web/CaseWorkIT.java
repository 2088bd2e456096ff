package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            browser.find("q").sendKeys(reference);
            browser.find("search").click();
            WebElement row = browser.driver.findElement(By.cssSelector("tr[data-case='" + caseId + "'] a"));
            row.click();
            assertEquals("Aangeboden", browser.visible("case-status").getText());
            browser.find("accept").click();

            assertEquals("Casus geaccepteerd.", browser.visible("done").getText());
            assertEquals("Geaccepteerd", browser.find("case-status").getText());
            assertTrue(browser.find("history").getText().contains("Geaccepteerd"));

            browser.find("hours-minutes").sendKeys("45");
            browser.find("log-hours").click();
            assertEquals("Uren opgeslagen.", browser.visible("done").getText());
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

            assertTrue(browser.driver.getCurrentUrl().contains("/cases?"), browser.driver.getCurrentUrl());
            assertEquals("Casus afgewezen; hij gaat terug naar de coördinatoren.", browser.visible("done").getText());
            assertTrue(browser.driver.findElements(By.className("panel-error")).isEmpty(), "no red error");
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
            WebElement row = browser.driver.findElement(By.xpath("//table[@id='review']//tr[@data-case][contains(., '"
                    + reference + "')]"));
            String caseId = row.getAttribute("data-case");
            assertTrue(row.getText().contains("Geen regel wees een leidende organisatie aan"), row.getText());
            row.findElement(By.className("reassign")).click();
            browser.assertAccessible();

            // Without an organisation triage refuses: the error summary comes first and the typed reason stays.
            browser.find("reason").sendKeys("Slachtoffer vraagt om praktische ondersteuning");
            browser.find("reassign").click();
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
