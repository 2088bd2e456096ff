package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import nl.entree.e2e.Suite;

/**
 * Issue 16: the public front door as a person at home uses it, in Chromium against the real triage and directory
 * services. Each step is checked with axe-core (WCAG 2.1 AA).
 */
class HelpIT {

    private static final String EXIT = Suite.get().url("directory-service") + "/";

    @Test
    void anAcuteRapeInAmsterdamLeadsToTheCentreSeksueelGeweldWithItsTwentyFourSevenNumber() throws Exception {
        try (WebBrowser browser = WebBrowser.openHelp()) {
            browser.go("/");
            browser.assertAccessible();
            long historyAtStart = historyLength(browser);
            toTheAdviceForAnAcuteRapeInVR13(browser);

            assertEquals("Centrum Seksueel Geweld", browser.find("lead").getText());
            String why = browser.find("why").getText();
            assertTrue(why.contains("een week geleden of korter"), why);
            String options = browser.find("options").getText();
            assertTrue(options.contains("CSG Amsterdam-Amstelland"), options);
            assertTrue(options.contains("Nu open"), options);
            assertTrue(options.contains("24/7"), options);
            List<String> calls = browser.driver.findElements(By.cssSelector("#options a.call")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            assertTrue(calls.contains("tel:08000188"), "CSG's 24/7 line as a tel: link: " + calls);
            browser.assertAccessible();
            assertEquals(historyAtStart, historyLength(browser), "the questions leave no trail in the history");
            assertTrue(browser.driver.getCurrentUrl().endsWith("/"), "no answer in the address: "
                    + browser.driver.getCurrentUrl());
            assertTrue(browser.driver.manage().getCookies().isEmpty(), "no cookie");
        }
    }

    @Test
    void aQuestionGetsACodeIsAnsweredByACasemanagerAndTheAnswerIsReadWithTheCode() throws Exception {
        String marker = "kenmerk-" + UUID.randomUUID().toString().substring(0, 8);
        String answer = "Ja, dat telt ook. Bel ons gerust, dag en nacht: we luisteren naar je.";
        String code;
        try (WebBrowser help = WebBrowser.openHelp()) {
            help.comeFrom("198.51.100." + (1 + new Random().nextInt(250)));
            help.go("/");
            toTheAdviceForAnAcuteRapeInVR13(help);
            help.find("ask-question").click();
            help.visible("question").sendKeys("Telt het ook als het iemand was die ik ken? (" + marker + ")");
            help.assertAccessible();
            help.find("send").click();
            code = help.visible("pickup-code").getText();
            assertTrue(code.matches("[a-z]{4,8}( [a-z]{4,8}){3}"), "four words: " + code);
            help.assertAccessible();
            assertTrue(help.driver.manage().getCookies().isEmpty(), "no cookie");
        }

        try (WebBrowser web = WebBrowser.open()) {
            web.signIn("casemanager", "CSG");
            // The outbox routes the question to CSG within seconds; until then it is not on CSG's list.
            String question = web.await().withTimeout(Duration.ofSeconds(60))
                    .until(d -> questionWith(web, marker));
            web.go(question);
            web.assertAccessible();
            web.find("answer").sendKeys(answer);
            web.find("send-answer").click();
            web.visible("done");
            assertEquals(answer, web.find("answer-text").getText());
        }

        try (WebBrowser help = WebBrowser.openHelp()) {
            help.go("/antwoord");
            help.assertAccessible();
            help.visible("code").sendKeys(code.toUpperCase());
            help.find("read").click();
            assertEquals(answer, help.visible("answer").getText());
            assertTrue(help.find("your-question").getText().contains(marker));
            assertTrue(help.find("erased-on").getText().contains("gewist op"), help.find("erased-on").getText());
            help.assertAccessible();
        }
    }

    @Test
    void fiftyQuickQuestionsFromOneClientLeadTo429() throws Exception {
        try (WebBrowser help = WebBrowser.openHelp()) {
            help.comeFrom("192.0.2." + (1 + new Random().nextInt(250)));
            help.go("/");
            toTheAdviceForAnAcuteRapeInVR13(help);
            help.find("ask-question").click();
            help.visible("question").sendKeys("Mag ik iets vragen?");
            // 49 sends as the form would make them, as fast as a script could, then the 50th by hand.
            @SuppressWarnings("unchecked")
            List<Long> statuses = (List<Long>) ((JavascriptExecutor) help.driver).executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    var form = document.getElementById('ask-form');
                    var statuses = [];
                    (async function () {
                      for (var i = 0; i < 49; i++) {
                        var body = new URLSearchParams(new FormData(form));
                        body.append('send', '1');
                        var response = await fetch('/vraag', { method: 'POST', body: body });
                        statuses.push(response.status);
                      }
                      done(statuses);
                    })();""");
            help.find("send").click();
            help.visible("too-many");
            assertEquals(5, statuses.stream().filter(s -> s == 200).count(), "5 questions an hour: " + statuses);
            assertEquals(44, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
            String wait = help.find("too-many").getText();
            assertTrue(wait.matches("(?s).*[0-9]+ minu(ut|ten) .*"), wait);
            assertEquals("Mag ik iets vragen?", help.find("question").getAttribute("value"), "the question is kept");
            assertTrue(help.find("send").isDisplayed(), "to be sent again once the wait is over");
            assertEquals("tel:112", help.find("main").findElement(By.cssSelector("a.call-112")).getAttribute("href"));
            help.assertAccessible();
        }
    }

    /** The address of CSG's open question that carries the marker, or null while it is not there yet. */
    private static String questionWith(WebBrowser web, String marker) {
        web.go("/questions");
        List<String> links = web.driver.findElements(By.cssSelector("#questions a[href^='/questions/']")).stream()
                .map(a -> a.getAttribute("href")).toList();
        for (String link : links) {
            web.driver.navigate().to(link);
            if (web.find("question-text").getText().contains(marker)) {
                return link.substring(web.base.length());
            }
        }
        return null;
    }

    @Test
    void immediateDangerGoesStraightTo112() throws Exception {
        try (WebBrowser browser = WebBrowser.openHelp()) {
            browser.go("/");
            next(browser, "start", "DANGER");
            browser.find("danger-first").click();
            browser.find("next").click();
            WebElement call = browser.visible("call-112");
            assertEquals("tel:112", call.getAttribute("href"));
            assertTrue(browser.find("emergency").getText().contains("Bel nu 112"), browser.find("emergency").getText());
            browser.assertAccessible();
        }
    }

    @Test
    void theExitButtonLeavesAtOnceAndBackDoesNotReturn() throws Exception {
        try (WebBrowser browser = WebBrowser.openHelp()) {
            browser.go("/");
            next(browser, "start", "DANGER");
            choose(browser, "danger-NO", "WHO");
            browser.find("exit").click();
            browser.await().until(d -> d.getCurrentUrl().equals(EXIT));
            browser.driver.navigate().back();
            assertLeft(browser);
        }
    }

    @Test
    void linksBetweenThePagesLeaveNoTrailForBackAfterLeaving() throws Exception {
        try (WebBrowser browser = WebBrowser.openHelp()) {
            browser.go("/");
            long historyAtStart = historyLength(browser);
            browser.find("pickup").click();
            awaitHeading(browser, "Lees het antwoord op je vraag");
            browser.find("language").click();
            browser.await().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            browser.find("safe-browsing").click();
            awaitHeading(browser, "Browsing safely");
            assertEquals(historyAtStart, historyLength(browser), "following links leaves no trail in the history");
            browser.find("exit").click();
            browser.await().until(d -> d.getCurrentUrl().equals(EXIT));
            browser.driver.navigate().back();
            assertLeft(browser);
        }
    }

    /** Someone in danger who mistyped the address is still one click from leaving, and from 112. */
    @Test
    void aMistypedAddressIsAPageWithTheExitAnd112() throws Exception {
        try (WebBrowser browser = WebBrowser.openHelp()) {
            browser.go("/hulp-zoeken");
            awaitHeading(browser, "Deze pagina bestaat niet");
            assertTrue(browser.driver.getPageSource().contains("href=\"tel:112\""), "112 on the error page");
            browser.assertAccessible();
            browser.find("exit").click();
            browser.await().until(d -> d.getCurrentUrl().equals(EXIT));
            browser.driver.navigate().back();
            assertLeft(browser);
        }
    }

    @Test
    void escapeTwiceLeavesAndBackDoesNotReturn() throws Exception {
        try (WebBrowser browser = WebBrowser.openHelp()) {
            browser.go("/");
            next(browser, "start", "DANGER");
            new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
            assertEquals("Druk nog 1 keer op Escape om deze pagina te verlaten.",
                    browser.find("exit-feedback").getText(), "feedback after the first press");
            new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
            browser.await().until(d -> d.getCurrentUrl().equals(EXIT));
            browser.driver.navigate().back();
            assertLeft(browser);
        }
    }

    @Test
    void shiftThreeTimesLeaves() throws Exception {
        try (WebBrowser browser = WebBrowser.openHelp()) {
            browser.go("/veilig-internetten");
            browser.assertAccessible();
            pressShift(browser);
            pressShift(browser);
            assertEquals("Druk nog 1 keer op Shift om deze pagina te verlaten.",
                    browser.find("exit-feedback").getText());
            pressShift(browser);
            browser.await().until(d -> d.getCurrentUrl().equals(EXIT));
        }
    }

    @Test
    void everyPageIsAlsoInEnglish() throws Exception {
        try (WebBrowser browser = WebBrowser.openHelp()) {
            browser.go("/");
            next(browser, "start", "DANGER");
            browser.find("language").click();
            browser.await().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            assertTrue(browser.find("exit").getText().startsWith("Exit this page"), browser.find("exit").getText());
            assertEquals("Is anyone in danger right now?", browser.driver.findElement(By.tagName("h1")).getText());
            browser.assertAccessible();
        }
    }

    /** From the start page through every question, checking each with axe, to the advice; the region by municipality. */
    private static void toTheAdviceForAnAcuteRapeInVR13(WebBrowser browser) {
        next(browser, "start", "DANGER");
        browser.assertAccessible();
        choose(browser, "danger-NO", "WHO");
        browser.assertAccessible();
        choose(browser, "who-first", "WHAT");
        browser.assertAccessible();
        choose(browser, "what-first", "SETTING");
        choose(browser, "setting-UNKNOWN", "WHEN");
        String why7Days = browser.find("hint").getText();
        assertTrue(why7Days.contains("7 dagen"), why7Days);
        choose(browser, "when-first", "AGE");
        choose(browser, "age-ADULT", "REGION");
        browser.assertAccessible();
        // As most people would: they know where they live, not what their safety region is called.
        browser.find("place").sendKeys("Amsterdam");
        browser.find("next").click();
        browser.visible("lead");
    }

    /** Clicks a button that moves to the next question, and waits until that question is on the page. */
    static void next(WebBrowser browser, String button, String question) {
        browser.find(button).click();
        awaitQuestion(browser, question);
    }

    /** Chooses an answer and goes on to the next question. */
    static void choose(WebBrowser browser, String choice, String nextQuestion) {
        browser.find(choice).click();
        next(browser, "next", nextQuestion);
    }

    private static void awaitQuestion(WebBrowser browser, String question) {
        // Read in one script: the page is replaced in place, so an element found a moment ago may be gone.
        browser.await().until(d -> question.equals(((JavascriptExecutor) d).executeScript(
                "var asked = document.querySelector('input[name=asked]'); return asked && asked.value;")));
    }

    private static void awaitHeading(WebBrowser browser, String heading) {
        browser.await().until(d -> heading.equals(((JavascriptExecutor) d).executeScript(
                "var h = document.querySelector('main h1'); return h && h.textContent.trim();")));
    }

    private static void pressShift(WebBrowser browser) {
        new Actions(browser.driver).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
    }

    private static long historyLength(WebBrowser browser) {
        return ((Number) ((JavascriptExecutor) browser.driver).executeScript("return history.length;")).longValue();
    }

    /** Back from the neutral site does not show the front door again. */
    private static void assertLeft(WebBrowser browser) {
        String url = browser.driver.getCurrentUrl();
        assertFalse(url.startsWith(browser.base), "Back returned to the front door: " + url);
        assertFalse(browser.driver.getPageSource().contains("Snel weg"), "Back shows the front door again");
    }
}
