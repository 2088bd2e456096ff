package nl.entree.help;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import nl.entree.common.i18n.EnglishWeek;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.help.backend.ReachOption;
import nl.entree.support.log.LogLines;

/**
 * A failure shown to a browser: help's own page with the quick exit, 112 and the directory's national lines, never
 * raw JSON; any other client keeps problem+json.
 */
@QuarkusTest
@QuarkusTestResource(value = FrontDoorServicesStub.class, restrictToAnnotatedClass = true)
class ErrorPagesTest {

    /** What a browser sends when it follows a link or a form. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    /** What quick-exit.js sends when it fetches a page to show in place. */
    private static final String QUICK_EXIT_JS = "text/html";
    /** An address as someone might mistype it, with something of their own in it that no page may repeat. */
    private static final String MISTYPED = "/vraag-van-jan-de-vries";

    private static final ReachOption NATIONAL_LINE = new ReachOption(null, "svc-1", Organisation.CSG,
            "Centrum Seksueel Geweld", "CSG landelijk", null, "NATIONAL", "PHONE",
            List.of(new ReachOption.Phone("0800-0188", "24/7", null, null)), null, null,
            new ReachOption.Openness("OPEN", null, null, "24/7", List.of(new EnglishWeek.Rule(
                    List.of(DayOfWeek.values()), "00:00", "24:00")), true, List.of()),
            false, null, List.of(), true, true);

    @BeforeEach
    void directory() {
        FrontDoorServicesStub.reset();
        FrontDoorServicesStub.answer("GET /api/directory/search", 200, List.of(NATIONAL_LINE));
    }

    private static RequestSpecification accepting(String accept) {
        return given().redirects().follow(false).header("Accept", accept);
    }

    /** What every error page holds: the quick exit, 112, a way back to the start, and help's headers. */
    private static ValidatableResponse isHelpsPage(ValidatableResponse response) {
        return response.contentType(startsWith("text/html"))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .header("Set-Cookie", nullValue())
                .body(quickExit(), containsString("href=\"tel:112\""), containsString("id=\"start-again\""));
    }

    /** A failure of ours also names the directory's national lines. */
    private static ValidatableResponse withNationalLines(ValidatableResponse response) {
        return isHelpsPage(response).body(containsString("id=\"national-lines\""),
                containsString("href=\"tel:08000188\""));
    }

    private static Matcher<String> quickExit() {
        return allOf(containsString("<script src=\"/quick-exit.js\""), containsString("id=\"exit\""),
                containsString("data-exit"));
    }

    @Test
    void aMistypedAddressIsAPageWithTheQuickExitAnd112ForABrowserAndProblemJsonForAnyOtherClient() {
        for (String accept : List.of(BROWSER, QUICK_EXIT_JS)) {
            isHelpsPage(accepting(accept).get(MISTYPED).then().statusCode(404))
                    .body(containsString("Snel weg"), containsString("Deze pagina bestaat niet"),
                            not(containsString("jan-de-vries")));
        }
        // Scanners send wrong addresses by the thousand: none of them is a call to the directory.
        assertTrue(FrontDoorServicesStub.calls().isEmpty(), FrontDoorServicesStub.calls().toString());

        FrontDoorServicesStub.reset();
        for (String accept : List.of("application/json", "application/problem+json", "*/*",
                "application/json, text/html;q=0.5")) {
            accepting(accept).get(MISTYPED).then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
        given().get(MISTYPED).then().statusCode(404).contentType("application/problem+json");
        assertTrue(FrontDoorServicesStub.calls().isEmpty(), "the directory is asked only for a page");
    }

    @Test
    void thePublicHostDescribesNoRoutes() {
        for (String path : List.of("/q/openapi", "/q/openapi?format=json")) {
            for (String accept : List.of(BROWSER, "application/json")) {
                accepting(accept).get(path).then().statusCode(404).body(not(containsString("paths")));
            }
        }
    }

    @Test
    void theErrorPageIsInEnglishWhenTheAddressAsksForIt() {
        isHelpsPage(accepting(BROWSER).get(MISTYPED + "?lang=en").then().statusCode(404))
                .body(containsString("<html lang=\"en\">"), containsString("This page does not exist"),
                        containsString("Call 112"));
    }

    @Test
    void aValueThatIsNotAChoiceIsAPageThatRepeatsNothingOfIt() {
        isHelpsPage(accepting(BROWSER).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("asked", "WHO").formParam("danger", "NO").formParam("who", "Jan de Vries")
                .post("/vragen").then().statusCode(400))
                .body(containsString("Dit lukte niet"), not(containsString("Jan de Vries")));
    }

    @Test
    void aMethodAPageDoesNotTakeIsAPage() {
        isHelpsPage(accepting(BROWSER).delete("/vragen").then().statusCode(405));
    }

    @Test
    void anUnexpectedFailureIsAPageThatQuotesNothingAndIsStillLogged() {
        try (LogLines log = LogLines.capture()) {
            withNationalLines(accepting(BROWSER).get("/test-only/failure").then().statusCode(500))
                    .body(containsString("Er ging bij ons iets mis"), not(containsString(BrokenPages.QUOTED)),
                            not(containsString("IllegalStateException")));
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("Unexpected failure")), log.lines().toString());
            assertTrue(log.lines().stream().noneMatch(l -> l.contains(BrokenPages.QUOTED)), log.lines().toString());
        }
        // Any client but a browser: it takes anything, as the page's text/html leaves no room for JSON only.
        given().get("/test-only/failure").then().statusCode(500)
                .contentType("application/problem+json").body("detail", containsString("incident"));
    }

    @Test
    void aServiceThatIsDownIsAPageThatSaysWhenToTryAgain() {
        withNationalLines(accepting(BROWSER).get("/test-only/circuit-open").then().statusCode(503)
                .header("Retry-After", "5"))
                .body(containsString("Dit lukt nu even niet"), not(containsString(BrokenPages.QUOTED)));
    }

    @Test
    void withTheDirectoryDownTooTheErrorPageStillHas112() {
        FrontDoorServicesStub.answer("GET /api/directory/search", 503, List.of());
        accepting(BROWSER).get("/test-only/failure").then().statusCode(500).contentType(startsWith("text/html"))
                .body(quickExit(), containsString("href=\"tel:112\""), not(containsString("id=\"national-lines\"")));
    }
}
