package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** Issue 14, point 9: at 390 px no screen scrolls sideways, and the menu marks where the user is. */
class PhoneScreensIT {

    @Test
    void noScreenScrollsSidewaysOnAPhoneAndTheMenuMarksTheCurrentPage() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            List<String> wide = new ArrayList<>();
            browser.signIn("casemanager", "CSG");
            browser.phone();
            browser.registerContact("CHAT", "VICTIM", "RAPE", "WITHIN_7_DAYS");
            String caseId = browser.openCaseId();
            for (String path : List.of("/contacts/new", "/cases", "/cases/" + caseId)) {
                fits(browser, path, wide);
            }
            browser.go("/cases");
            assertEquals("page", browser.find("nav-cases").getAttribute("aria-current"));
            assertEquals(null, browser.find("nav-new-contact").getAttribute("aria-current"));

            browser.signIn("coordinator", null);
            browser.phone();
            for (String path : List.of("/board", "/capacity", "/projections", "/cases", "/sociale-kaart?zoek=1")) {
                fits(browser, path, wide);
            }
            browser.go("/capacity");
            assertEquals("page", browser.find("nav-capacity").getAttribute("aria-current"));

            assertTrue(wide.isEmpty(), "pages wider than the phone: " + wide);
        }
    }

    private static void fits(WebBrowser browser, String path, List<String> wide) {
        browser.go(path);
        long width = ((Number) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth;")).longValue();
        long viewport = ((Number) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.clientWidth;")).longValue();
        if (width > viewport) {
            wide.add(path + " is " + width + " px wide in a " + viewport + " px viewport");
        }
    }
}
