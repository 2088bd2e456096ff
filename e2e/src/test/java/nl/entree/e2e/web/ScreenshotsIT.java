package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import nl.entree.common.disclosure.Disclosure;

/**
 * The screenshots docs/ui.md shows, taken from the real suite at 1280 px and at 390 px, each screen as its user sees
 * it with the demo data. They land in {@code e2e/target/screenshots}; {@code e2e/screenshots} copies them to
 * {@code docs/ui}. Every screen is checked with axe as it is photographed, so the docs never show one that fails
 * WCAG 2.1 AA.
 */
class ScreenshotsIT {

    private static final Path OUT = Path.of(System.getProperty("entree.screenshots", "target/screenshots"));
    private static final int DESK = 1280;
    private static final int PHONE = 390;

    @Test
    void everyScreenAtDeskAndPhoneWidthPassesAxe() throws Exception {
        Files.createDirectories(OUT);
        List<String> taken = new ArrayList<>();
        // The board with something to show: a peak this month (the monitoring screen's history is the suite's own).
        assertTrue(nl.entree.e2e.Surge.alerted(nl.entree.e2e.Surge.in("VR22")), "the peak alert for the board");
        try (WebBrowser browser = WebBrowser.open()) {
            for (int width : List.of(DESK, PHONE)) {
                String suffix = width == PHONE ? "-phone" : "";
                browser.signIn("casemanager", "CSG");
                size(browser, width, 900);
                browser.go("/contacts/new");
                browser.find("incident-RAPE").click();
                browser.when("WITHIN_7_DAYS");
                browser.await().until(d -> !d.findElements(org.openqa.selenium.By.id("preview-lead")).isEmpty());
                taken.add(shot(browser, "new-contact" + suffix, width));
                browser.find("immediateDanger").click();
                browser.visible("danger-alert");
                taken.add(shot(browser, "emergency" + suffix, width));

                browser.registerContact("PHONE", "VICTIM", "RAPE", "WITHIN_7_DAYS");
                taken.add(shot(browser, "contact-saved" + suffix, width));
                String caseId = browser.openCaseId();
                browser.go("/cases");
                taken.add(shot(browser, "cases" + suffix, width));
                browser.go("/cases/" + caseId);
                taken.add(shot(browser, "case" + suffix, width));

                browser.signIn("coordinator", null);
                browser.go("/board");
                taken.add(shot(browser, "board" + suffix, width));
                browser.go("/capacity");
                taken.add(shot(browser, "capacity" + suffix, width));
                browser.go("/sociale-kaart?zoek=1&region=VR13");
                taken.add(shot(browser, "sociale-kaart" + suffix, width));

                browser.signIn("ministry", null);
                browser.go("/projections");
                taken.add(shot(browser, "projections" + suffix, width));
                browser.go("/monitoring");
                taken.add(shot(browser, "monitoring" + suffix, width));
                browser.go("/monitoring/publications/" + Disclosure.lastCompletedYear(Clock.systemUTC()));
                taken.add(shot(browser, "publication" + suffix, width));
            }
        }
        for (String name : taken) {
            assertTrue(Files.size(OUT.resolve(name + ".png")) > 10_000, name + " is an image of a page");
        }
    }

    /** The public front door (help), as a person finds it on a phone and at a desk; docs/help.md shows them. */
    @Test
    void theFrontDoorAtDeskAndPhoneWidthPassesAxe() throws Exception {
        Files.createDirectories(OUT);
        List<String> taken = new ArrayList<>();
        try (WebBrowser browser = WebBrowser.openHelp()) {
            for (int width : List.of(DESK, PHONE)) {
                String suffix = width == PHONE ? "-phone" : "";
                size(browser, width, 900);
                browser.go("/");
                taken.add(shot(browser, "help-start" + suffix, width));
                HelpIT.next(browser, "start", "DANGER");
                taken.add(shot(browser, "help-question" + suffix, width));
                browser.find("danger-first").click();
                browser.find("next").click();
                browser.visible("call-112");
                taken.add(shot(browser, "help-danger" + suffix, width));
                HelpIT.next(browser, "proceed", "WHO");
                HelpIT.choose(browser, "who-first", "WHAT");
                HelpIT.choose(browser, "what-first", "SETTING");
                HelpIT.choose(browser, "setting-UNKNOWN", "WHEN");
                HelpIT.choose(browser, "when-first", "AGE");
                HelpIT.choose(browser, "age-ADULT", "REGION");
                browser.select("region-first", "VR13");
                browser.find("next").click();
                browser.visible("lead");
                taken.add(shot(browser, "help-advice" + suffix, width));
                browser.find("ask-question").click();
                browser.visible("question").sendKeys("Telt het ook als het iemand was die ik ken?");
                taken.add(shot(browser, "help-ask" + suffix, width));
                browser.find("send").click();
                String code = browser.visible("pickup-code").getText();
                taken.add(shot(browser, "help-code" + suffix, width));
                browser.go("/antwoord");
                browser.visible("code").sendKeys(code);
                browser.find("read").click();
                browser.visible("your-question");
                taken.add(shot(browser, "help-answer" + suffix, width));
                browser.go("/veilig-internetten");
                taken.add(shot(browser, "help-safe-browsing" + suffix, width));
            }
        }
        for (String name : taken) {
            assertTrue(Files.size(OUT.resolve(name + ".png")) > 10_000, name + " is an image of a page");
        }
    }

    /** The whole page, however long: the window grows to the page's height for the picture. */
    private static String shot(WebBrowser browser, String name, int width) throws Exception {
        browser.assertAccessible();
        long height = (Long) ((JavascriptExecutor) browser.driver)
                .executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        size(browser, width, (int) Math.min(height, 6000));
        // A focused field scrolls the page; the picture shows the page from its top.
        ((JavascriptExecutor) browser.driver).executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
        Files.write(OUT.resolve(name + ".png"), ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
        size(browser, width, 900);
        return name;
    }

    private static void size(WebBrowser browser, int width, int height) {
        browser.driver.manage().window().setSize(new Dimension(width, height));
    }
}
