package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Screen 1 in a real browser: the live routing preview, and a contact registered from start to finish. */
class RegisterContactIT {

    @Test
    void theRoutingPreviewFollowsTheFormAndShoutsWhenSomeoneIsInDanger() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.go("/contacts/new");
            assertTrue(browser.find("preview").getText().contains("Kies minstens één soort incident"));

            browser.find("incident-RAPE").click();
            browser.when("WITHIN_7_DAYS");
            browser.await().until(d -> d.findElements(By.id("preview-lead")).size() == 1
                    && d.findElement(By.id("preview-priority")).getText().equals("Acuut"));
            assertTrue(browser.find("preview-lead").getText().startsWith("CSG"));

            browser.when("MORE_THAN_7_DAYS");
            browser.await().until(d -> d.findElement(By.id("preview-priority")).getText().equals("Normaal"));

            browser.find("immediateDanger").click();
            assertTrue(browser.visible("danger-alert").getText().contains("112"));
            String banner = browser.visible("emergency").getText();
            assertTrue(banner.contains("bel zelf 112"), banner);
        }
    }

    @Test
    void aCasemanagerRegistersAContactAndSeesItsReferenceAndWhereItWent() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.go("/contacts/new");
            // Anonymous by default: the contact-detail fields stay hidden until it is not.
            assertFalse(browser.find("contact-name").isDisplayed());
            browser.find("anonymous").click();
            assertTrue(browser.visible("contact-name").isDisplayed());
            browser.find("contact-name").sendKeys("Test Persoon");
            browser.find("contact-phone").sendKeys("0612345678");

            browser.select("channel", "PHONE");
            browser.select("callerRole", "VICTIM");
            browser.find("incident-SEXUAL_ASSAULT").click();
            browser.when("WITHIN_7_DAYS");
            browser.find("need-MEDICAL").click();
            browser.find("consentToShare").click();
            browser.select("prompt", "MEDIA");
            browser.find("promptLabel").sendKeys("NOS-uitzending");
            browser.find("save-contact").click();

            String reference = browser.visible("reference").getText();
            assertEquals("Iets in het nieuws of op sociale media: NOS-uitzending", browser.find("prompt").getText());
            assertTrue(reference.matches("[A-Z0-9-]{6,}"), reference);
            assertFalse(browser.driver.getCurrentUrl().contains("Persoon"), "no personal data in the URL");
            for (int i = 0; i < 20 && browser.driver.findElements(By.id("routed-to")).isEmpty(); i++) {
                WebBrowser.sleep(1000);
                browser.driver.navigate().refresh();
            }
            assertTrue(browser.find("routed-to").getText().startsWith("CSG"), browser.find("routed-to").getText());
        }
    }

    @Test
    void timeIsOneQuestionWhoseDateAndAnswerCannotDisagree() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.go("/contacts/new");
            browser.find("incident-RAPE").click();
            // As a date picker fills it in: the value, then the events a person's typing would send.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                    + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                    browser.find("incidentDate"), java.time.LocalDate.now().minusDays(2).toString());
            assertTrue(browser.find("when-DATE").isSelected(), "typing a date answers 'on a known date'");
            browser.await().until(d -> d.findElements(By.id("preview-priority")).size() == 1
                    && d.findElement(By.id("preview-priority")).getText().equals("Acuut"));

            browser.when("UNKNOWN");
            assertEquals("", browser.find("incidentDate").getAttribute("value"), "another answer empties the date");

            browser.find("when-DATE").click();
            browser.select("channel", "CHAT");
            browser.select("callerRole", "VICTIM");
            browser.find("save-contact").click();
            assertTrue(browser.visible("error-summary").getText()
                    .contains("Kies ‘Op een bekende datum’ en vul een datum in"), browser.find("error-summary").getText());
            assertTrue(browser.find("when-DATE").isSelected(), "the answer is kept");
            browser.assertAccessible();
        }
    }

    @Test
    void aMunicipalityTypedChoosesItsSafetyRegionAndTheSavedContactFindsTheRegionalCentre() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.go("/contacts/new");
            browser.find("municipality").sendKeys("amstelveen");
            browser.await().until(d -> "VR13".equals(d.findElement(By.id("region")).getAttribute("value")));
            assertEquals("amstelveen ligt in veiligheidsregio Amsterdam-Amstelland (VR13).",
                    browser.find("municipality-region").getText().replace("Amstelveen", "amstelveen"));

            saveAnAcuteRapeInAChat(browser);

            browser.visible("reference");
            // The region derived from Amstelveen finds its regional centre, which the region code alone would have.
            assertEquals("CSG Amsterdam-Amstelland", browser.find("reach-regional-name").getText(),
                    browser.find("reach").getText());
        }
    }

    @Test
    void aMunicipalityThatIsNotOnTheListIsNamedWithTheFormKept() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.go("/contacts/new");
            browser.find("municipality").sendKeys("Weesp");
            saveAnAcuteRapeInAChat(browser);
            assertTrue(browser.visible("error-summary").getText().contains("Kies een gemeente uit de lijst"),
                    browser.find("error-summary").getText());
            assertEquals("Weesp", browser.find("municipality").getAttribute("value"));
            assertTrue(browser.find("incident-RAPE").isSelected(), "the rest of the form is kept");
            browser.assertAccessible();
        }
    }

    private static void saveAnAcuteRapeInAChat(WebBrowser browser) {
        browser.select("channel", "CHAT");
        browser.select("callerRole", "VICTIM");
        browser.find("incident-RAPE").click();
        browser.when("WITHIN_7_DAYS");
        browser.find("save-contact").click();
    }
}
