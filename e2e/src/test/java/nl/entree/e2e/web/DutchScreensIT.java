package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 14, point 2: every screen, walked in Dutch as each role sees it, holds no English and no developer codes, and
 * axe-core finds no accessibility violations on it.
 */
class DutchScreensIT {

    /** Words that only English or developer text would put on a page (whole words, case-sensitive where it matters). */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|and|must|should|required|expected|null|within|hours?|case|cases|rule set|supports|leads|Error"
                    + "|Not found|not found|is not|unavailable|Triage under|Series|open case|LEAD|SUPPORTING|PT\\d+[HM]"
                    + "|P\\d+D|RAPE|SEXUAL_[A-Z]+|WITHIN_7_DAYS|NEEDS_REVIEW|CSG_ACUTE)\\b");

    @Test
    void everyScreenSpeaksDutchAndPassesAxe() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            List<String> found = new ArrayList<>();

            browser.signIn("casemanager", "CSG");
            browser.go("/contacts/new");
            check(browser, found);

            // Saving an empty form: an error summary at the top, focused, and the title says "Fout:".
            browser.find("save-contact").click();
            browser.visible("error-summary");
            assertTrue(browser.driver.getTitle().startsWith("Fout:"), browser.driver.getTitle());
            assertEquals("error-summary", browser.driver.switchTo().activeElement().getAttribute("id"));
            String summary = browser.find("error-summary").getText();
            assertTrue(summary.contains("Kies het kanaal"), summary);
            assertTrue(summary.contains("Kies minstens één soort incident"), summary);
            check(browser, found);

            browser.find("incident-RAPE").click();
            browser.find("immediateDanger").click();
            browser.await().until(d -> !d.findElements(By.id("preview-lead")).isEmpty());
            check(browser, found);

            browser.registerContact("CHAT", "VICTIM", "RAPE", "WITHIN_7_DAYS");
            check(browser, found);
            String caseId = browser.openCaseId();
            browser.go("/cases");
            check(browser, found);
            browser.go("/cases/" + caseId);
            check(browser, found);
            browser.go("/sociale-kaart");
            check(browser, found);
            browser.go("/sociale-kaart?zoek=1&region=VR13");
            check(browser, found);
            browser.go("/sociale-kaart?zoek=1&region=VR99");
            assertTrue(browser.driver.getTitle().startsWith("Fout:"), browser.driver.getTitle());
            check(browser, found);
            browser.go("/no-such-page");
            assertEquals("Niet gevonden", browser.find("error-title").getText());
            check(browser, found);

            browser.signIn("coordinator", null);
            for (String path : List.of("/board", "/capacity", "/projections", "/monitoring", "/cases",
                    "/cases/" + caseId, "/sociale-kaart?zoek=1")) {
                browser.go(path);
                check(browser, found);
            }

            browser.signIn("ministry", null);
            browser.go("/projections");
            check(browser, found);
            browser.go("/monitoring");
            check(browser, found);
            browser.go("/projections?from=2030-06&to=2030-01");
            assertTrue(browser.driver.getTitle().startsWith("Fout:"));
            check(browser, found);

            browser.signIn("editor", null);
            browser.go("/sociale-kaart?zoek=1&region=VR25&channel=PHONE");
            check(browser, found);
            browser.driver.findElement(By.cssSelector("a.correct-link")).click();
            browser.visible("correction");
            check(browser, found);
            browser.go("/sociale-kaart?zoek=1&region=VR25&channel=PHONE");
            browser.driver.findElement(By.cssSelector("a.correct-link[href*='/diensten/']")).click();
            browser.visible("correction");
            check(browser, found);
            browser.go("/sociale-kaart/diensten");
            check(browser, found);

            assertTrue(found.isEmpty(), "English or codes on Dutch pages:\n" + String.join("\n", found));
        }
    }

    /**
     * Collects the English on the page and runs axe. Read: the title and the main part (the header's "English" link is
     * meant), without text that people wrote themselves ({@code .user-text}: a norm's source, a reason, a summary).
     */
    private static void check(WebBrowser browser, List<String> found) {
        String text = browser.driver.getTitle() + "\n" + ((JavascriptExecutor) browser.driver).executeScript(
                "var m = document.getElementById('main').cloneNode(true);"
                        + "m.querySelectorAll('.user-text').forEach(function (e) { e.remove(); });"
                        + "document.body.appendChild(m); m.id = 'main-copy'; var t = m.innerText; m.remove(); return t;");
        Matcher m = ENGLISH.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            int to = Math.min(text.length(), m.end() + 40);
            found.add(browser.driver.getCurrentUrl() + ": \"" + m.group() + "\" in …"
                    + text.substring(from, to).replace('\n', ' ') + "…");
        }
        browser.assertAccessible();
    }
}
