package nl.entree.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/** With the development sign-in off, as in production: no demo banner, and no page that mints tokens. */
@QuarkusTest
@TestProfile(ProductionScreensTest.Production.class)
class ProductionScreensTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entree.web.dev-sign-in", "false");
        }
    }

    @Test
    void noScreenCallsItselfADemoAndNobodyChoosesTheirOwnRole() {
        Browser.as(Tokens.casemanager(Organisation.CSG)).get("/contacts/new").then().statusCode(200)
                .body(not(containsString("demo-banner")));
        given().redirects().follow(false).get("/sign-in").then()
                .body(not(containsString("name=\"role\"")));
    }

    @Test
    void thePublicHostDescribesNoRoutes() {
        for (String path : List.of("/q/openapi", "/q/openapi?format=json")) {
            Browser.as(Tokens.coordinator()).get(path).then().statusCode(404).body(not(containsString("paths")));
        }
    }
}
