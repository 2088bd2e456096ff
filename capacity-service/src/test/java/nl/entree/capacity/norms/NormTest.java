package nl.entree.capacity.norms;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.capacity.support.FutureDates;
import nl.entree.support.token.Tokens;

@QuarkusTest
class NormTest {

    private static Map<String, Object> norm(double low, double expected, double high, String source, LocalDate from) {
        return from == null ? Map.of("lowHours", low, "expectedHours", expected, "highHours", high, "source", source)
                : Map.of("lowHours", low, "expectedHours", expected, "highHours", high, "source", source,
                        "validFrom", from.toString());
    }

    @Test
    void listsEveryCaseTypeWithTheLettersNormsInForceToday() {
        given().auth().oauth2(Tokens.casemanager("CSG"))
                .when().get("/api/norms")
                .then().statusCode(200)
                .body("caseType", contains("CSG_ACUTE", "CSG_NON_ACUTE", "VT_SAFETY_ASSESSMENT", "SHN_SUPPORT",
                        "HELPWANTED_ADVICE", "CVSN_CASE", "FIER_CASE"))
                .body("find { it.caseType == 'CSG_ACUTE' }.status", equalTo("REGISTERED"))
                .body("find { it.caseType == 'CSG_ACUTE' }.lowHours", equalTo(11.0f))
                .body("find { it.caseType == 'CSG_ACUTE' }.expectedHours", equalTo(12.0f))
                .body("find { it.caseType == 'CSG_ACUTE' }.highHours", equalTo(13.0f))
                .body("find { it.caseType == 'CSG_ACUTE' }.source", containsString("11 tot 13 uren"))
                .body("find { it.caseType == 'CSG_NON_ACUTE' }.expectedHours", equalTo(3.5f))
                .body("find { it.caseType == 'CSG_NON_ACUTE' }.highHours", equalTo(3.5f))
                .body("find { it.caseType == 'CVSN_CASE' }.expectedHours", equalTo(11.0f))
                .body("find { it.caseType == 'CVSN_CASE' }.source", containsString("about 11 hours"));
    }

    @Test
    void saysExplicitlyWhereNoNormIsRegistered() {
        given().auth().oauth2(Tokens.ministry())
                .when().get("/api/norms")
                .then().statusCode(200)
                .body("findAll { it.status == 'NO_NORM' }.caseType",
                        contains("VT_SAFETY_ASSESSMENT", "SHN_SUPPORT", "HELPWANTED_ADVICE", "FIER_CASE"))
                .body("find { it.caseType == 'VT_SAFETY_ASSESSMENT' }.expectedHours", nullValue())
                .body("find { it.caseType == 'VT_SAFETY_ASSESSMENT' }.note", containsString("5 days"))
                .body("find { it.caseType == 'SHN_SUPPORT' }.note", containsString("No norm registered"));
    }

    @Test
    void aNewVersionClosesThePreviousOne() {
        LocalDate first = FutureDates.next();
        LocalDate second = FutureDates.next();
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(norm(10, 11.5, 14, "Regional measurement 2199", first))
                .when().put("/api/norms/CSG/CSG_ACUTE")
                .then().statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("expectedHours", equalTo(11.5f))
                .body("validFrom", equalTo(first.toString()))
                .body("validTo", nullValue());
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(norm(9, 10, 12, "Regional measurement 2200", second))
                .when().put("/api/norms/CSG/CSG_ACUTE")
                .then().statusCode(200);

        given().auth().oauth2(Tokens.coordinator())
                .when().get("/api/norms/CSG/CSG_ACUTE/history")
                .then().statusCode(200)
                .body("find { it.validFrom == '" + first + "' }.validTo", equalTo(second.toString()))
                .body("find { it.validFrom == '" + second + "' }.validTo", nullValue());

        given().auth().oauth2(Tokens.coordinator()).queryParam("at", first.toString())
                .when().get("/api/norms")
                .then().statusCode(200)
                .body("find { it.caseType == 'CSG_ACUTE' }.expectedHours", equalTo(11.5f));
        given().auth().oauth2(Tokens.coordinator()).queryParam("at", second.plusDays(1).toString())
                .when().get("/api/norms")
                .then().statusCode(200)
                .body("find { it.caseType == 'CSG_ACUTE' }.expectedHours", equalTo(10.0f))
                .body("find { it.caseType == 'CSG_ACUTE' }.source", equalTo("Regional measurement 2200"));
        given().auth().oauth2(Tokens.coordinator()).queryParam("at", "2025-06-01")
                .when().get("/api/norms")
                .then().statusCode(200)
                .body("find { it.caseType == 'CSG_ACUTE' }.expectedHours", equalTo(12.0f));
    }

    @Test
    void aFirstNormForACaseTypeWithoutOneAppliesFromItsDateOnly() {
        LocalDate from = FutureDates.next();
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(norm(20, 24, 30, "Fier time study", from))
                .when().put("/api/norms/FIER/FIER_CASE")
                .then().statusCode(200);

        given().auth().oauth2(Tokens.coordinator()).queryParam("at", from.minusDays(1).toString())
                .when().get("/api/norms")
                .then().body("find { it.caseType == 'FIER_CASE' }.status", equalTo("NO_NORM"));
        given().auth().oauth2(Tokens.coordinator()).queryParam("at", from.toString())
                .when().get("/api/norms")
                .then().body("find { it.caseType == 'FIER_CASE' }.status", equalTo("REGISTERED"))
                .body("find { it.caseType == 'FIER_CASE' }.expectedHours", equalTo(24.0f));
    }

    @Test
    void aVersionMustStartAfterTheOneInForce() {
        LocalDate later = FutureDates.next();
        LocalDate earlier = later.minusDays(3);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(norm(3, 3.5, 4, "later", later))
                .when().put("/api/norms/CSG/CSG_NON_ACUTE")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(norm(3, 3.5, 4, "earlier", earlier))
                .when().put("/api/norms/CSG/CSG_NON_ACUTE")
                .then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/norms/CSG/CSG_NON_ACUTE/history")
                .then().body("findAll { it.source == 'earlier' }", hasSize(0))
                .body("find { it.source == 'later' }.validTo", nullValue());
    }

    @Test
    void refusesNormsThatCannotBeRight() {
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(norm(1, 1, 1, "x", FutureDates.next()))
                .when().put("/api/norms/VT/CSG_ACUTE")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("caseType"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(norm(5, 4, 6, "x", FutureDates.next()))
                .when().put("/api/norms/SHN/SHN_SUPPORT")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("expectedHours"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(norm(1, 2, 3, "x", LocalDate.now().minusDays(30)))
                .when().put("/api/norms/SHN/SHN_SUPPORT")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("validFrom"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("lowHours", -1, "expectedHours", 2, "highHours", 3, "source", "x"))
                .when().put("/api/norms/SHN/SHN_SUPPORT")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("lowHours"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("lowHours", 1, "expectedHours", 2, "highHours", 3))
                .when().put("/api/norms/SHN/SHN_SUPPORT")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("source"));
        given().auth().oauth2(Tokens.coordinator())
                .when().get("/api/norms")
                .then().body("find { it.caseType == 'SHN_SUPPORT' }.status", equalTo("NO_NORM"));
    }

    @Test
    void onlyCoordinatorsAndAdminsRegisterNorms() {
        given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON)
                .body(norm(1, 2, 3, "x", FutureDates.next()))
                .when().put("/api/norms/CSG/CSG_ACUTE")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ministry()).contentType(ContentType.JSON)
                .body(norm(1, 2, 3, "x", FutureDates.next()))
                .when().put("/api/norms/CSG/CSG_ACUTE")
                .then().statusCode(403);
    }

    @Test
    void aCoordinatorBoundToARegionDoesNotChangeTheNationalNorm() {
        given().auth().oauth2(Tokens.coordinator("VR09")).contentType(ContentType.JSON)
                .body(norm(30, 40, 50, "One region's wish", FutureDates.next()))
                .when().put("/api/norms/CVSN/CVSN_CASE")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("VR09"))
                .body("detail", containsString("region"));
        given().auth().oauth2(Tokens.coordinator("VR09"))
                .when().get("/api/norms/CVSN/CVSN_CASE/history")
                .then().statusCode(200)
                .body("source", not(hasItem("One region's wish")));
    }

    @Test
    void aNormRefusedOnceTheNormInForceIsReadIsAuditedAndChangesNothing() {
        String coordinator = Tokens.as("coordinator").subject("coordinator-norm-conflict").sign();
        LocalDate later = FutureDates.next();
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(norm(2, 3, 4, "in force", later))
                .when().put("/api/norms/HELPWANTED/HELPWANTED_ADVICE")
                .then().statusCode(200);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(norm(2, 3, 4, "too early", later.minusDays(3)))
                .when().put("/api/norms/HELPWANTED/HELPWANTED_ADVICE")
                .then().statusCode(409);
        // Refused for its form alone: it touched nothing and leaves no record.
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(norm(5, 4, 6, "out of order", FutureDates.next()))
                .when().put("/api/norms/HELPWANTED/HELPWANTED_ADVICE")
                .then().statusCode(400);

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "HELPWANTED_ADVICE").when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.actor == 'coordinator-norm-conflict' }.action",
                        contains("NORM_REGISTER", "NORM_REGISTER"))
                .body("findAll { it.actor == 'coordinator-norm-conflict' }.objectType", contains("norm", "norm"))
                .body("findAll { it.actor == 'coordinator-norm-conflict' }.result", contains("OK", "CONFLICT"));
        given().auth().oauth2(Tokens.coordinator())
                .when().get("/api/norms/HELPWANTED/HELPWANTED_ADVICE/history")
                .then().statusCode(200)
                .body("source", contains("in force"))
                .body("[0].validTo", nullValue());
    }
}
