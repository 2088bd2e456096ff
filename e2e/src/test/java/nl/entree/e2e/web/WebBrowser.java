package nl.entree.e2e.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import nl.entree.e2e.Suite;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) against the web front end, or the public front door
 * (help), of the running suite.
 * Where Chromium is not installed, the browser tests are skipped, not failed.
 */
final class WebBrowser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("entree.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("entree.chromedriver", "/usr/bin/chromedriver");

    final WebDriver driver;
    final String base;
    private final Path profile;

    private WebBrowser(String base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("entree-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1024", "--lang=nl", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** Skips the calling test when Chromium or the web module is missing. */
    static WebBrowser open() throws IOException {
        return open(Suite.WEB);
    }

    /** The public front door instead of web; skips the calling test when Chromium or help is missing. */
    static WebBrowser openHelp() throws IOException {
        return open(Suite.HELP);
    }

    private static WebBrowser open(String app) throws IOException {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Browser tests skipped: install Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                        + CHROMEDRIVER + ")");
        Suite suite = Suite.get();
        Assumptions.assumeTrue(suite.apps().contains(app),
                "Browser tests skipped: " + app + " is not packaged (" + app + "/target/quarkus-app/quarkus-run.jar)");
        return new WebBrowser(suite.url(app));
    }

    /**
     * Every request from now on says, as the ingress in front of help would, that it comes from this address; help
     * believes X-Forwarded-For from localhost. Keeps one test's rate limits apart from another's.
     */
    void comeFrom(String clientAddress) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("X-Forwarded-For", clientAddress)));
    }

    void signIn(String role, String organisation) {
        driver.manage().deleteAllCookies();
        go("/sign-in");
        new Select(driver.findElement(By.id("role"))).selectByValue(role);
        new Select(driver.findElement(By.id("org"))).selectByValue(organisation == null ? "" : organisation);
        driver.findElement(By.id("sign-in")).click();
        await().until(d -> !d.getCurrentUrl().endsWith("/sign-in") && !d.getCurrentUrl().endsWith("/"));
    }

    /** A phone held upright: 390 CSS pixels wide, as in the reports. */
    void phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    /** Where an element is relative to the viewport: [top, bottom, viewport height]. */
    double[] placeInViewport(String id) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> box = (java.util.List<Number>) ((JavascriptExecutor) driver).executeScript(
                "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + "return [r.top, r.bottom, window.innerHeight];", id);
        return box.stream().mapToDouble(Number::doubleValue).toArray();
    }

    void scrollToBottom() {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, document.body.scrollHeight);");
    }

    /** axe-core's WCAG 2.1 A and AA rules find nothing on the page as it is now. */
    void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<String> violations = results.getViolations().stream()
                .map(r -> r.getId() + " (" + r.getNodes().size() + "x): " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        org.junit.jupiter.api.Assertions.assertTrue(violations.isEmpty(),
                driver.getCurrentUrl() + " has accessibility violations: " + violations);
    }

    void go(String path) {
        driver.get(base + path);
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    /**
     * Clicks something that leaves this page (a link, or a form's button that posts) and waits until the next page
     * has replaced it, so that what the test reads next is never the old page.
     */
    void clickThrough(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        await().until(d -> gone(page));
    }

    /**
     * Whether the old page has been replaced. Chrome at times answers a look at a node of the replaced document with
     * "Node with given id does not belong to the document" instead of a stale-element error; both mean it is gone.
     */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void clickThrough(String id) {
        clickThrough(find(id));
    }

    /** Chooses a value of a select with this id, or the radio button with this value among those of this name. */
    void select(String id, String value) {
        List<WebElement> radios = driver.findElements(By.cssSelector("input[type=radio][name='" + id + "']"));
        if (radios.isEmpty()) {
            new Select(find(id)).selectByValue(value);
        } else {
            radios.stream().filter(r -> value.equals(r.getAttribute("value"))).findFirst().orElseThrow().click();
        }
    }

    /** The value of the radio button chosen among those of this name, or null. */
    String chosen(String name) {
        return driver.findElements(By.cssSelector("input[type=radio][name='" + name + "']")).stream()
                .filter(WebElement::isSelected).map(r -> r.getAttribute("value")).findFirst().orElse(null);
    }

    WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    WebElement visible(String id) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * Registers a contact through the form and returns its reference once it is routed (intake hands it to triage
     * through its outbox). The saved page then shows where it went, and a case link only when it went to the
     * casemanager's own organisation.
     */
    String registerContact(String channel, String callerRole, String incidentType, String timeSinceIncident) {
        go("/contacts/new");
        // A form this tab left half filled in comes back as a draft: start afresh, as a user would with a new contact.
        if (find("draft-restored").isDisplayed()) {
            WebElement discard = find("draft-discard");
            discard.click();
            await().until(d -> gone(discard));
        }
        select("channel", channel);
        select("callerRole", callerRole);
        find("incident-" + incidentType).click();
        if (timeSinceIncident != null) {
            when(timeSinceIncident);
        }
        find("save-contact").click();
        String reference = visible("reference").getText();
        for (int i = 0; i < 20 && driver.findElements(By.id("routed-to")).isEmpty(); i++) {
            sleep(1000);
            driver.navigate().refresh();
        }
        find("routed-to");
        return reference;
    }

    /** Answers the form's one question about time: WITHIN_7_DAYS, MORE_THAN_7_DAYS or UNKNOWN. */
    void when(String timeSinceIncident) {
        find("WITHIN_7_DAYS".equals(timeSinceIncident) ? "timeSinceIncident" : "when-" + timeSinceIncident).click();
    }

    /** The id of the case behind the saved page's "Casus openen" link. */
    String openCaseId() {
        String href = find("open-case").getAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
