package nl.entree.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.entree.support.token.Tokens;

/** A mistake in the input is named as such, never passed off as a service that is down. */
@QuarkusTest
class NoDeadEndsTest {

    @Test
    void aPeriodThatEndsBeforeItStartsSaysWhatToCorrect() {
        Browser.as(Tokens.ministry()).get("/projections?from=2027-06&to=2027-01").then().statusCode(200)
                .body(containsString("id=\"to\" name=\"to\" value=\"2027-01\" aria-invalid=\"true\""))
                .body(containsString("id=\"to-error\""))
                .body(containsString("Kies een eindmaand die niet vóór de beginmaand ligt."))
                .body(containsString("<div class=\"form-error\" role=\"alert\" id=\"form-error\">"));
    }

    @Test
    void aMonthThatIsNoMonthIsNamedNotReplacedOrAnError() {
        // A browser without a month picker shows a text field, in which anything can be typed.
        Browser.as(Tokens.ministry()).get("/projections?from=2027-13&to=2028-12").then().statusCode(200)
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"from-error\""))
                .body(containsString("id=\"from-error\""))
                .body(containsString("Vul een maand in als jjjj-mm, bijvoorbeeld 2027-01."))
                .body(not(containsString("id=\"projection-panel\"")));
        Browser.as(Tokens.ministry()).get("/projections?from=2027-01&to=2028-1").then().statusCode(200)
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"to-error\""))
                .body(containsString("id=\"to-error\""));
        Browser.as(Tokens.ministry()).get("/projections/export.csv?from=2027-00&to=2028-12").then().statusCode(400);
    }
}
