package nl.entree.web;

import static org.hamcrest.Matchers.containsString;

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
}
