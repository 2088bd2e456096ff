package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import nl.entree.common.time.DutchTime;

/**
 * Issue 15's screens against the real directory-service and its seed: a contact registered in a region shows its
 * regional CSG centre and how to reach it, on the saved page and on the case; the sociale kaart finds help by region,
 * channel and "nu open", by keyboard; an editor corrects a centre's hours, and a national line's, with source and
 * date, and the history keeps what it was. Every page passes axe.
 */
class SocialeKaartIT {

    private static final String AMSTERDAM_CENTRE = "CSG Amsterdam-Amstelland";

    @Test
    void aContactInARegionShowsItsRegionalCentreAndHowToReachIt() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.go("/contacts/new");
            browser.select("channel", "PHONE");
            browser.select("callerRole", "VICTIM");
            browser.find("incident-RAPE").click();
            browser.when("WITHIN_7_DAYS");
            browser.select("region", "VR13");
            assertEquals("Amsterdam-Amstelland (VR13)",
                    browser.find("region").findElement(By.cssSelector("option:checked")).getText(),
                    "the region is named in full");
            browser.find("save-contact").click();
            browser.visible("reference");
            for (int i = 0; i < 20 && browser.driver.findElements(By.id("routed-to")).isEmpty(); i++) {
                WebBrowser.sleep(1000);
                browser.driver.navigate().refresh();
            }
            assertTrue(browser.find("routed-to").getText().startsWith("CSG"), browser.find("routed-to").getText());
            assertEquals(AMSTERDAM_CENTRE, browser.find("reach-regional-name").getText(), "on the saved page");
            browser.assertAccessible();

            browser.find("open-case").click();
            browser.visible("case-status");
            assertEquals("Zo bereikt u Centrum Seksueel Geweld", browser.find("reach-title").getText());
            assertEquals(AMSTERDAM_CENTRE, browser.find("reach-regional-name").getText(), "on the case");
            WebElement regional = browser.driver.findElement(By.cssSelector("#reach .reach-regional"));
            assertTrue(regional.getText().contains(AMSTERDAM_CENTRE), regional.getText());
            // The seed's only number for CSG is its national line, which puts callers through to the region.
            WebElement phone = regional.findElement(By.cssSelector("a.phone"));
            assertEquals("0800-0188", phone.getText());
            assertEquals("tel:08000188", phone.getAttribute("href"));
            // Seeded as 24/7: open now, and no closing time to give.
            assertEquals("OPEN", regional.findElement(By.cssSelector(".openness")).getAttribute("data-state"));
            assertTrue(regional.getText().contains("Nu open"), regional.getText());
            assertTrue(regional.getText().contains("24/7"), regional.getText());
            // Nothing in the seed has been checked since it was collected.
            assertTrue(regional.getText().contains("Controleer vóór gebruik"), regional.getText());
            assertTrue(browser.driver.findElements(By.cssSelector("#reach .reach-option")).size() >= 2,
                    "the centre and, after it, the national lines");
            browser.assertAccessible();
        }
    }

    /** Gelderland-Midden (VR07): the seed knows no CSG centre there, so the page says "onbekend" and names none. */
    @Test
    void aRegionWithoutAKnownCentreSaysUnknownAndStillShowsTheNationalLine() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("casemanager", "CSG");
            browser.go("/contacts/new");
            browser.select("channel", "CHAT");
            browser.select("callerRole", "VICTIM");
            browser.find("incident-RAPE").click();
            browser.when("WITHIN_7_DAYS");
            browser.select("region", "VR07");
            browser.find("save-contact").click();
            browser.visible("reference");
            for (int i = 0; i < 20 && browser.driver.findElements(By.id("routed-to")).isEmpty(); i++) {
                WebBrowser.sleep(1000);
                browser.driver.navigate().refresh();
            }
            String regional = browser.find("reach-regional").getText();
            assertTrue(regional.contains("onbekend") && regional.contains("Gelderland-Midden (VR07)"), regional);
            assertTrue(browser.driver.findElements(By.id("reach-regional-name")).isEmpty(), "no centre is named");
            assertTrue(browser.driver.findElements(By.cssSelector("#reach .reach-regional")).isEmpty());
            List<String> numbers = browser.driver.findElements(By.cssSelector("#reach a.phone")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(numbers.contains("0800-0188"), "the national line: " + numbers);
            browser.assertAccessible();
        }
    }

    @Test
    void theSocialeKaartFindsWhatIsOpenNowByRegionAndChannelByKeyboard() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("coordinator", null);
            browser.find("nav-directory").click();
            browser.visible("search");
            assertTrue(browser.driver.findElements(By.id("results")).isEmpty(), "nothing searched yet");
            browser.assertAccessible();

            browser.select("region", "VR13");
            browser.select("channel", "PHONE");
            browser.find("openNow").sendKeys(Keys.SPACE);
            assertTrue(browser.find("openNow").isSelected(), "the checkbox works by keyboard");
            browser.find("search").sendKeys(Keys.ENTER);
            browser.visible("results");

            String url = browser.driver.getCurrentUrl();
            assertTrue(url.contains("region=VR13") && url.contains("channel=PHONE") && url.contains("openNow=true"),
                    url);
            List<WebElement> options = browser.driver.findElements(By.cssSelector("#results .reach-option"));
            assertFalse(options.isEmpty(), "CSG's 24/7 line is open at any hour");
            for (WebElement option : options) {
                assertEquals("OPEN", option.findElement(By.cssSelector(".openness")).getAttribute("data-state"),
                        option.getText());
                assertTrue(option.getText().contains("Telefoon"), option.getText());
            }
            assertTrue(options.stream().anyMatch(o -> o.getText().contains(AMSTERDAM_CENTRE)),
                    "the Amsterdam centre is among them");
            assertTrue(browser.find("results-title").getText().matches("\\d+ resultaten?"),
                    browser.find("results-title").getText());
            // The choices stay, so the next search starts from this one.
            assertEquals("VR13", browser.find("region").getAttribute("value"));
            browser.assertAccessible();

            // Every region, need and channel: the whole sociale kaart, with its "controleer vóór gebruik" marks.
            browser.go("/sociale-kaart?zoek=1");
            String all = browser.find("results").getText();
            assertTrue(all.contains("Veilig Thuis") && all.contains("Centrum Seksueel Geweld"), all);
            assertTrue(all.contains("Controleer vóór gebruik"), all);
            browser.assertAccessible();
        }
    }

    /** Veilig Thuis Utrecht (VR09): a centre no other test reads, so its corrected hours surprise nobody. */
    @Test
    void anEditorCorrectsACentresHoursWithSourceAndDateAndTheHistoryKeepsWhatItWas() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("editor", null);
            assertTrue(browser.driver.getCurrentUrl().endsWith("/sociale-kaart"), browser.driver.getCurrentUrl());
            browser.select("region", "VR09");
            browser.select("channel", "PHONE");
            browser.clickThrough("search");
            WebElement utrecht = centre(browser, "Veilig Thuis Utrecht");
            utrecht.findElement(By.cssSelector("a.correct-link")).click();
            browser.visible("correction");
            assertTrue(browser.find("history").getText().contains("Aangemaakt uit de onderzochte openbare bronnen"),
                    browser.find("history").getText());
            browser.assertAccessible();

            browser.select("schedules-byday", "MO,TU,WE,TH,FR");
            browser.find("schedules-opens_at").sendKeys("09:00");
            browser.find("schedules-closes_at").sendKeys("17:00");
            browser.find("save-correction").click();
            // No source and no date: the directory refuses the correction and the page names both, input kept.
            String summary = browser.visible("error-summary").getText();
            assertTrue(browser.driver.getTitle().startsWith("Fout:"), browser.driver.getTitle());
            assertTrue(summary.contains("Vul de bron in"), summary);
            assertTrue(summary.contains("Vul de datum in waarop u de bron controleerde"), summary);
            assertEquals("09:00", browser.find("schedules-opens_at").getAttribute("value"));
            browser.assertAccessible();

            browser.find("provenance-source").sendKeys("Telefoongesprek met de receptie (e2e-test)");
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
                    browser.find("provenance-verified_on"), LocalDate.now(DutchTime.ZONE).toString());
            browser.find("provenance-verified").click();
            browser.find("save-correction").click();
            assertTrue(browser.visible("done").getText().contains("Correctie opgeslagen"));
            String history = browser.find("history").getText();
            assertTrue(history.contains("Openingstijden") && history.contains("09:00"), history);
            assertTrue(history.contains("Bron en controle"), history);
            browser.assertAccessible();

            browser.go("/sociale-kaart?zoek=1&region=VR09&channel=PHONE");
            String corrected = centre(browser, "Veilig Thuis Utrecht").getText();
            assertTrue(corrected.contains("ma–vr 09:00–17:00"), corrected);
        }
    }

    /**
     * CVSN's national line: a service that no centre stands for, which no other test reads. The editor records the
     * hours the source gives ("werkdagen 08:30–17:00"), whatever the seed made of them, and a closure today.
     */
    @Test
    void anEditorCorrectsANationalLineThatNoCentreStandsFor() throws Exception {
        String line = "Centrum Veilige Sport Nederland (NOC*NSF) – telefoon";
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("editor", null);
            browser.go("/sociale-kaart?zoek=1&region=VR09&channel=PHONE");
            centre(browser, line).findElement(By.cssSelector("a.correct-link")).click();
            browser.visible("correction");
            assertTrue(browser.driver.getTitle().startsWith("Dienst corrigeren: " + line), browser.driver.getTitle());
            assertTrue(browser.driver.getCurrentUrl().contains("/sociale-kaart/diensten/"),
                    browser.driver.getCurrentUrl());
            assertEquals("0900-202 55 90", browser.find("phones-number").getAttribute("value"));
            assertTrue(browser.find("history").getText().contains("Aangemaakt uit de onderzochte openbare bronnen"),
                    browser.find("history").getText());
            browser.assertAccessible();

            browser.select("schedules-byday", "MO,TU,WE,TH,FR");
            browser.find("schedules-opens_at").clear();
            browser.find("schedules-opens_at").sendKeys("08:30");
            browser.find("schedules-closes_at").clear();
            browser.find("schedules-closes_at").sendKeys("17:00");
            // The line is closed today, for a reason the source would give (an e2e test's own closure).
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
                    browser.find("exceptions-valid_from"), LocalDate.now(DutchTime.ZONE).toString());
            browser.find("exceptions-description-0").sendKeys("Gesloten (e2e-test)");
            browser.find("provenance-source").sendKeys("https://www.dev-kbn.nl/meldpunt (e2e-test)");
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
                    browser.find("provenance-verified_on"), LocalDate.now(DutchTime.ZONE).toString());
            browser.find("provenance-verified").click();
            browser.find("save-correction").click();
            assertTrue(browser.visible("done").getText().contains("Correctie opgeslagen"));
            assertTrue(browser.driver.getCurrentUrl().contains("/sociale-kaart/diensten/"),
                    browser.driver.getCurrentUrl());
            String history = browser.find("history").getText();
            assertTrue(history.contains("Bron en controle"), history);
            browser.assertAccessible();

            browser.go("/sociale-kaart?zoek=1&region=VR09&channel=PHONE");
            WebElement card = centre(browser, line);
            String corrected = card.getText();
            assertTrue(corrected.contains("ma–vr 08:30–17:00"), corrected);
            assertTrue(corrected.contains("0900-202 55 90"), corrected);
            assertEquals("CLOSED", card.findElement(By.cssSelector(".openness")).getAttribute("data-state"),
                    "closed all day today, whatever the week says: " + corrected);
            String otherHours = card.findElement(By.cssSelector(".other-hours")).getText();
            assertTrue(otherHours.contains(LocalDate.now(DutchTime.ZONE)
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ": gesloten"), otherHours);
        }
    }

    /**
     * A line closed for the time being leaves the sociale kaart; the list of all services is where the editor finds it
     * again and takes it back into use.
     */
    @Test
    void anEditorClosesALineForTheTimeBeingAndTakesItBackIntoUse() throws Exception {
        String line = "Centrum Veilige Sport Nederland (NOC*NSF) – telefoon";
        String search = "/sociale-kaart?zoek=1&region=VR09&channel=PHONE";
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("editor", null);
            browser.go(search);
            centre(browser, line).findElement(By.cssSelector("a.correct-link")).click();
            browser.visible("correction");
            assertTrue(browser.find("status").isSelected(), "the line is in use");
            browser.find("status-1").click();
            checkedToday(browser);
            browser.find("save-correction").click();
            assertTrue(browser.visible("done").getText().contains("Correctie opgeslagen"));
            String history = browser.find("history").getText();
            assertTrue(history.contains("Status In gebruik Tijdelijk gesloten"), history);

            browser.go(search);
            assertFalse(browser.find("results").getText().contains(line), "a closed line is not offered");

            browser.go("/sociale-kaart");
            browser.find("all-services").click();
            WebElement closed = browser.find("not-active-services").findElements(By.cssSelector("tbody tr")).stream()
                    .filter(r -> r.getText().contains(line)).findFirst()
                    .orElseThrow(() -> new AssertionError(line + " is not among the services not in use"));
            assertTrue(closed.getText().contains("Tijdelijk gesloten"), closed.getText());
            browser.assertAccessible();
            closed.findElement(By.cssSelector("a.correct-link")).click();
            browser.visible("correction");
            browser.find("status").click();
            checkedToday(browser);
            browser.find("save-correction").click();
            assertTrue(browser.visible("done").getText().contains("Correctie opgeslagen"));

            browser.go(search);
            centre(browser, line);
        }
    }

    private static void checkedToday(WebBrowser browser) {
        browser.find("provenance-source").sendKeys("Telefoongesprek met het CVSN (e2e-test)");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
                browser.find("provenance-verified_on"), LocalDate.now(DutchTime.ZONE).toString());
        browser.find("provenance-verified").click();
    }

    private static WebElement centre(WebBrowser browser, String name) {
        return browser.driver.findElements(By.cssSelector("#results .reach-option")).stream()
                .filter(o -> o.findElement(By.tagName("h3")).getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not among the results"));
    }
}
