package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 14, point 1: on a phone, ticking "Direct gevaar" and nothing else puts a script for the casemanager at the top
 * of the screen at once, and it stays there while the form scrolls.
 */
class ImmediateDangerIT {

    @Test
    void tickingImmediateDangerAloneOnAPhoneShowsWhoCalls112AndKeepsItInView() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.phone();
            browser.go("/contacts/new");
            assertFalse(browser.find("danger-alert").isDisplayed(), "no alert before the box is ticked");

            browser.find("immediateDanger").click();

            String alert = browser.visible("danger-alert").getText();
            assertTrue(alert.contains("Vraag waar de persoon nu is"), alert);
            assertTrue(alert.contains("Bel dan zelf 112"), alert);
            assertEquals("alert", browser.find("danger-alert").getAttribute("role"));
            assertInView(browser, "right after ticking");

            browser.scrollToBottom();
            assertInView(browser, "with the save button in view");
            assertTrue(browser.find("save-contact").isDisplayed());

            // Back to the box, as a link or the keyboard brings it to the top: it lands below the pinned alert, not under
            // it (WCAG 2.4.11).
            WebElement box = browser.find("immediateDanger");
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView(true);", box);
            double[] alertBox = browser.placeInViewport("danger-alert");
            double[] checkBox = browser.placeInViewport("immediateDanger");
            assertTrue(checkBox[0] >= alertBox[1], "the box is not hidden under the alert: box top " + checkBox[0]
                    + ", alert bottom " + alertBox[1]);
            box.sendKeys(Keys.SPACE);
            browser.await().until(d -> !browser.find("danger-alert").isDisplayed());
        }
    }

    private static void assertInView(WebBrowser browser, String when) {
        double[] box = browser.placeInViewport("danger-alert");
        assertTrue(box[0] >= 0 && box[1] <= box[2] && box[1] > box[0],
                "the alert is on screen " + when + ": top " + box[0] + ", bottom " + box[1] + ", viewport " + box[2]);
    }
}
