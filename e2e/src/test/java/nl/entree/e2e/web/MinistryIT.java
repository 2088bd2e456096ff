package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import nl.entree.common.disclosure.Disclosure;

/** Screen 5 in a real browser: a ministry sees projections, never a case. */
class MinistryIT {

    @Test
    void aMinistryUserSeesAProjectionAndNoCase() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("ministry", null);
            assertTrue(browser.driver.getCurrentUrl().endsWith("/projections"));

            browser.await().until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "var i = document.getElementById('chart'); return i && i.complete ? i.naturalWidth : 0;"))
                    .intValue() > 0);
            // The table holds the same figures as the chart (rows only where forecast-service has series).
            assertTrue(browser.find("projection").isDisplayed());
            // A suite where anyone may sign in says it is a demo; it runs on the demo series in data/, which are made up.
            assertTrue(browser.find("demo-banner").getText().startsWith("Demo-omgeving."));
            assertTrue(browser.find("synthetic-note").getText().startsWith("Synthetische gegevens."));
            // "Aantallen onder de 10 worden niet getoond": the contacts and their bounds are 10 or more, or "< 10".
            for (var cell : browser.find("projection").findElements(By.cssSelector("tbody tr td:nth-of-type(2)"))) {
                // Dutch figures: "6.003 (5.210–6.840)", a point between thousands.
                for (String number : cell.getText().replace("< 10", "").replace(".", "").split("[^0-9]+")) {
                    assertTrue(number.isEmpty() || Long.parseLong(number) >= 10, "a figure below 10: " + cell.getText());
                }
            }
            assertTrue(browser.find("csv").getAttribute("href").contains("/projections/export.csv"));
            assertTrue(browser.find("csv-nl").getAttribute("href").contains("/projections/export-nl.csv"));
            assertTrue(browser.find("dash-explained").getText().startsWith("– betekent: geen cijfer"));
            // How each series was forecast: the model chosen, and every candidate's backtest with the chosen one marked.
            assertEquals("Hoe de prognose is gemaakt", browser.find("method-title").getText());
            var backtests = browser.driver.findElements(By.cssSelector("#forecast-method table.backtest"));
            assertTrue(!backtests.isEmpty(), "a backtest table per series");
            for (var table : backtests) {
                assertEquals(1, table.findElements(By.cssSelector("tr.chosen")).size(), table.getText());
                assertTrue(table.getText().contains("dezelfde maand vorig jaar"), table.getText());
            }

            assertTrue(browser.driver.findElements(By.id("nav-cases")).isEmpty(), "no link to cases");
            assertTrue(browser.driver.findElements(By.id("nav-new-contact")).isEmpty(), "no link to contacts");
            browser.go("/cases");
            assertEquals("Geen toegang", browser.find("error-title").getText());
            browser.go("/cases/" + UUID.randomUUID());
            assertEquals("Geen toegang", browser.find("error-title").getText());
        }
    }

    /** Issue 18: the regions on a map and as a table, and the yearly publication as a printable report. */
    @Test
    void aMinistryFollowsTheRegionsAndOpensTheYearlyPublication() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            browser.signIn("ministry", null);
            browser.go("/monitoring");
            // The forecast that adds up: each month's national total is the organisations' sum and the regions'.
            var months = browser.driver.findElements(By.cssSelector("#adding-up tbody tr"));
            assertEquals(12, months.size(), "twelve months ahead");
            for (var month : months) {
                var cells = month.findElements(By.tagName("td"));
                assertEquals(cells.get(0).getText(), cells.get(1).getText(), month.getText());
                assertEquals(cells.get(0).getText(), cells.get(2).getText(), month.getText());
            }
            assertEquals("Monitoring per regio", browser.driver.findElement(By.tagName("h1")).getText());
            assertEquals(25, browser.driver.findElements(By.cssSelector(".region-map g[data-region]")).size());
            assertEquals(25, browser.driver.findElements(By.cssSelector("#regions tbody tr[data-region^='VR']"))
                    .size(), "the map is a table too");
            assertTrue(browser.driver.findElements(By.id("peaks-title")).isEmpty(), "peak alerts are for coordinators");

            int year = Disclosure.lastCompletedYear(Clock.systemUTC());
            // forecast's CSV opens in one column in Dutch Excel: the same rows come with semicolons too.
            assertTrue(browser.find("publication-" + year + "-csv-nl").getAttribute("href")
                    .endsWith("/monitoring/publications/" + year + "-nl.csv"));
            browser.clickThrough("publication-" + year);
            assertEquals("Entree jaarpublicatie " + year, browser.driver.findElement(By.tagName("h1")).getText());
            var rows = browser.driver.findElements(By.cssSelector("#organisation-figures tbody tr"));
            assertTrue(!rows.isEmpty(), "a row per organisation");
            for (var cell : browser.driver.findElements(By.cssSelector("#organisation-figures tbody td:nth-of-type(1),"
                    + " #organisation-figures tbody td:nth-of-type(2)"))) {
                // Zero points at nobody and is published (SmallCellSuppression): RegionalHistory's months pretend
                // triage counted since before last year, and it had no case without a lead then.
                String number = cell.getText().replace(".", "");
                assertTrue(!number.matches("\\d+") || Long.parseLong(number) == 0 || Long.parseLong(number) >= 10,
                        "a figure below 10: " + number);
            }
            assertTrue(browser.driver.findElements(By.cssSelector("figure svg")).size() >= 1, "with its chart");
        }
    }
}
