package nl.entree.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

@QuarkusTest
class LanguageTest {

    @Test
    void dutchIsTheDefaultWithALinkToEnglish() {
        given().get("/sign-in").then().statusCode(200)
                .body(containsString("<html lang=\"nl\">"))
                .body(containsString("<h1>Aanmelden</h1>"))
                .body(containsString("href=\"/language/en?back=/sign-in\" lang=\"en\""));
    }

    @Test
    void theSwitchSetsTheLanguageAndReturnsToThePage() {
        given().redirects().follow(false).get("/language/en?back=/cases").then().statusCode(303)
                .header("Location", endsWith("/cases"))
                .cookie("entree_lang", "en");
        given().cookie("entree_lang", "en").get("/sign-in").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Sign in</h1>"))
                .body(containsString("href=\"/language/nl?back=/sign-in\" lang=\"nl\""));
        Browser.as(Tokens.casemanager(Organisation.CSG)).cookie("entree_lang", "en").get("/cases").then()
                .statusCode(200)
                .body(containsString("Signed in as casemanager at CSG"))
                .body(containsString("The routing service (triage) cannot be reached"));
    }

    @Test
    void theSwitchNeverRedirectsOffSite() {
        for (String back : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example"}) {
            given().redirects().follow(false).queryParam("back", back).get("/language/en").then().statusCode(303)
                    .header("Location", endsWith("/"))
                    .header("Location", org.hamcrest.Matchers.not(containsString("evil")));
        }
    }
}
