package nl.entree.web;

import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/** Where anyone may sign in as anyone, every screen says it is a demonstration, so nobody enters a real person. */
@QuarkusTest
class DemoBannerTest {

    @Test
    void whereAnyoneMaySignInEveryScreenSaysItIsADemo() {
        Browser.as(Tokens.casemanager(Organisation.CSG)).get("/contacts/new").then().statusCode(200)
                .body(containsString("id=\"demo-banner\""))
                .body(containsString("Voer geen echte gegevens van cliënten in."));
        Browser.as(Tokens.ministry()).get("/projections").then().statusCode(200)
                .body(containsString("id=\"demo-banner\""));
    }
}
