package nl.entree.e2e.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/**
 * Issue 14, point 3, in Chromium: a casemanager in a live chat whose session runs out loses nothing. The session is
 * a short-lived token set as the session cookie, as if it had been issued hours ago.
 */
class SessionTimeoutIT {

    /** How long after a token's exp the services still take it ({@code mp.jwt.verify.clock.skew} in common). */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    @Test
    void aSessionThatRunsOutKeepsTheFormAndBringsItBackAfterSigningInAgain() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            startSession(browser, Duration.ofSeconds(30));
            browser.go("/contacts/new");
            // Fewer than five minutes left: the warning shows at once.
            assertTrue(browser.visible("session-expiring").getText().startsWith("Uw sessie verloopt om"));

            browser.select("channel", "CHAT");
            browser.select("callerRole", "VICTIM");
            browser.find("incident-RAPE").click();
            browser.find("summary").sendKeys("Gesprek loopt nog; cliënt wil eerst nadenken.");
            browser.find("clientCode").sendKeys("K-77");

            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("session-expired")));
            // The page's clock has run out; the services still take a token for their clock skew after it, and the
            // page asks the server before it gives up on a save (the test below). Past that, the session is dead.
            Thread.sleep(CLOCK_SKEW.plusSeconds(2).toMillis());
            browser.find("save-contact").click();
            browser.await().until(d -> browser.find("session-sign-in").isDisplayed());
            assertTrue(browser.driver.getCurrentUrl().endsWith("/contacts/new"), "nothing sent into a dead session");
            browser.assertAccessible();

            browser.find("session-sign-in").click();
            assertTrue(browser.visible("sign-in-return").isDisplayed());
            new Select(browser.find("role")).selectByValue("casemanager");
            new Select(browser.find("org")).selectByValue("CSG");
            browser.find("sign-in").click();

            browser.await().until(d -> d.getCurrentUrl().endsWith("/contacts/new"));
            assertTrue(browser.visible("draft-restored").getText().startsWith("Uw concept is teruggezet"));
            assertEquals("CHAT", browser.chosen("channel"));
            assertTrue(browser.find("incident-RAPE").isSelected());
            assertEquals("Gesprek loopt nog; cliënt wil eerst nadenken.", browser.find("summary").getAttribute("value"));
            assertEquals("", browser.find("clientCode").getAttribute("value"), "a client code is never kept");
            browser.assertAccessible();

            browser.find("save-contact").click();
            browser.visible("reference");
            browser.go("/contacts/new");
            assertFalse(browser.find("draft-restored").isDisplayed(), "a saved contact leaves no draft behind");
        }
    }

    /**
     * The page only knows the end it was drawn with; the identity provider may have renewed the session since. A save
     * after the page's clock ran out asks the server first, and goes through while the session goes on.
     */
    @Test
    void aSaveAfterThePagesClockRanOutGoesThroughWhileTheServerStillTakesTheSession() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            startSession(browser, Duration.ofSeconds(20));
            browser.go("/contacts/new");
            browser.select("channel", "CHAT");
            browser.select("callerRole", "VICTIM");
            browser.find("incident-RAPE").click();
            browser.find("summary").sendKeys("Opgeslagen net nadat de klok van de pagina afliep.");

            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("session-expired")));
            browser.find("save-contact").click();
            assertTrue(browser.visible("reference").isDisplayed(), "saved in the session the server renewed");
        }
    }

    /**
     * The page cannot know a session that ended on the server early (signed out in another tab): the form goes out,
     * the server sends it to signing in, and signing in leads back to the form with the tab's draft, not to the start.
     */
    @Test
    void aFormSentIntoASessionThatEndedElsewhereComesBackAfterSigningIn() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            startSession(browser, Duration.ofMinutes(30));
            browser.go("/contacts/new");
            browser.select("channel", "PHONE");
            browser.select("callerRole", "VICTIM");
            browser.find("incident-RAPE").click();
            browser.find("summary").sendKeys("Verstuurd nadat de sessie elders was beëindigd.");

            browser.driver.manage().deleteCookieNamed("entree_session");
            browser.find("save-contact").click();
            browser.await().until(d -> d.getCurrentUrl().contains("/sign-in"));
            assertTrue(browser.driver.getCurrentUrl().endsWith("/sign-in?terug=/contacts/new")
                    || browser.driver.getCurrentUrl().endsWith("/sign-in?terug=%2Fcontacts%2Fnew"),
                    "signing in returns to the form: " + browser.driver.getCurrentUrl());

            new Select(browser.find("role")).selectByValue("casemanager");
            new Select(browser.find("org")).selectByValue("CSG");
            browser.find("sign-in").click();

            browser.await().until(d -> d.getCurrentUrl().endsWith("/contacts/new"));
            assertTrue(browser.visible("draft-restored").getText().startsWith("Uw concept is teruggezet"));
            assertEquals("PHONE", browser.chosen("channel"));
            assertTrue(browser.find("incident-RAPE").isSelected());
            assertEquals("Verstuurd nadat de sessie elders was beëindigd.",
                    browser.find("summary").getAttribute("value"));
            browser.assertAccessible();
        }
    }

    @Test
    void extendingTheSessionKeepsTheUserOnTheirPage() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            startSession(browser, Duration.ofMinutes(4));
            browser.go("/contacts/new");
            browser.select("channel", "PHONE");
            String before = browser.driver.manage().getCookieNamed("entree_session").getValue();

            browser.visible("session-extend").click();

            assertEquals("Uw sessie is verlengd.", browser.visible("session-extended").getText());
            assertFalse(browser.find("session-warning").isDisplayed());
            assertNotEquals(before, browser.driver.manage().getCookieNamed("entree_session").getValue());
            assertEquals("PHONE", browser.chosen("channel"));

            // The form drawn for the old session is saved in the new one, without reloading the page.
            browser.select("callerRole", "VICTIM");
            browser.find("incident-RAPE").click();
            browser.find("summary").sendKeys("Na het verlengen opgeslagen.");
            browser.find("save-contact").click();
            assertTrue(browser.visible("reference").isDisplayed(), "the page's forms work in the extended session");
        }
    }

    /** A shared workstation: whoever signs in to the tab next does not get the last person's unsaved contact. */
    @Test
    void anotherPersonSigningInToTheTabDoesNotGetTheDraft() throws Exception {
        try (WebBrowser browser = WebBrowser.open()) {
            startSession(browser, Duration.ofMinutes(30));
            browser.go("/contacts/new");
            browser.select("channel", "CHAT");
            browser.find("incident-RAPE").click();
            browser.find("summary").sendKeys("Nog niet opgeslagen; alleen voor deze casemanager.");

            browser.go("/sign-in?terug=/contacts/new");
            new Select(browser.find("role")).selectByValue("casemanager");
            new Select(browser.find("org")).selectByValue("VT");
            browser.clickThrough("sign-in");
            // The address changes before the form is drawn, and the deferred script that would restore a draft runs
            // before the document is complete: read the form after both.
            browser.await().until(d -> d.getCurrentUrl().endsWith("/contacts/new")
                    && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));

            assertFalse(browser.find("draft-restored").isDisplayed());
            assertEquals("", browser.find("summary").getAttribute("value"));
            assertFalse(browser.find("incident-RAPE").isSelected());
            browser.assertAccessible();
        }
    }

    /** A casemanager of CSG whose session has {@code left} to run. */
    private static void startSession(WebBrowser browser, Duration left) {
        browser.go("/sign-in");
        String token = Tokens.as("casemanager").org(Organisation.CSG).subject("e2e-timeout").lifetime(left).sign();
        browser.driver.manage().addCookie(new Cookie.Builder("entree_session", token).path("/").isHttpOnly(true)
                .isSecure(true).sameSite("Strict").build());
    }
}
