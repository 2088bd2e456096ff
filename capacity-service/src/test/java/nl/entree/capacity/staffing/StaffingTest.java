package nl.entree.capacity.staffing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.capacity.support.Doubles;
import nl.entree.support.token.Tokens;

/** SHN staffing is written by this test class, and by ConcurrentVersionsTest in VR12 and SecurityTest in VR20. */
@QuarkusTest
class StaffingTest {

    @BeforeEach
    void figuresAsDoubles() {
        Doubles.readJsonNumbersAsDoubles();
    }

    @Test
    void defaultsAreAppliedAndFlaggedAsAssumptions() {
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .queryParam("region", "VR03")
                .body(Map.of("fte", 12.5))
                .when().put("/api/staffing/SHN")
                .then().statusCode(200)
                .body("organisation", equalTo("SHN"))
                .body("region", equalTo("VR03"))
                .body("fte", closeTo(12.5, 1e-9))
                .body("contractHoursPerFtePerWeek", closeTo(36.0, 1e-9))
                .body("contractHoursAssumed", equalTo(true))
                .body("productiveShare", closeTo(0.7, 1e-9))
                .body("productiveShareAssumed", equalTo(true))
                .body("productiveHoursPerWeek", closeTo(12.5 * 36 * 0.7, 1e-9));
        given().auth().oauth2(Tokens.ministry())
                .queryParam("region", "VR03")
                .when().get("/api/staffing/SHN")
                .then().statusCode(200)
                .body("fte", closeTo(12.5, 1e-9));
    }

    @Test
    void aSecondPutReplacesTheFirst() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .queryParam("region", "VR04")
                .body(Map.of("fte", 3))
                .when().put("/api/staffing/SHN")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .queryParam("region", "VR04")
                .body(Map.of("fte", 4, "contractHoursPerFtePerWeek", 32, "productiveShare", 0.6))
                .when().put("/api/staffing/SHN")
                .then().statusCode(200)
                .body("contractHoursAssumed", equalTo(false))
                .body("productiveHoursPerWeek", closeTo(4 * 32 * 0.6, 1e-9));
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("region", "VR04")
                .when().get("/api/staffing/SHN")
                .then().statusCode(200)
                .body("fte", closeTo(4.0, 1e-9))
                .body("contractHoursPerFtePerWeek", closeTo(32.0, 1e-9))
                .body("productiveShare", closeTo(0.6, 1e-9));
    }

    /** The rows utilisation counts: a regional coordinator sees their region's, the country sees every region's. */
    @Test
    void theRowsInForceAreEveryRegionsForTheCountryAndTheOwnRegionsForARegionalCoordinator() {
        for (String region : new String[] { "VR22", "VR23" }) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).queryParam("region", region)
                    .body(Map.of("fte", region.equals("VR22") ? 2 : 5))
                    .when().put("/api/staffing/SHN").then().statusCode(200);
        }
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/staffing/SHN/in-force")
                .then().statusCode(200)
                .body("findAll { it.region == 'VR22' }.fte", contains(closeTo(2.0, 1e-9)))
                .body("findAll { it.region == 'VR23' }.fte", contains(closeTo(5.0, 1e-9)))
                .body("validTo", everyItem(nullValue()));
        given().auth().oauth2(Tokens.coordinator("VR23")).when().get("/api/staffing/SHN/in-force")
                .then().statusCode(200)
                .body("region", contains("VR23"))
                .body("fte", contains(closeTo(5.0, 1e-9)));
        given().auth().oauth2(Tokens.coordinator("VR23")).queryParam("region", "VR22")
                .when().get("/api/staffing/SHN/in-force")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ministry()).queryParam("region", "VR99")
                .when().get("/api/staffing/SHN/in-force")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("region"));
    }

    @Test
    void withoutARegionItIsStaffNotAssignedToOne() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("fte", 7))
                .when().put("/api/staffing/SHN")
                .then().statusCode(200)
                .body("region", nullValue());
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/staffing/SHN")
                .then().statusCode(200)
                .body("fte", closeTo(7.0, 1e-9));
    }

    @Test
    void unregisteredStaffingIsNotFound() {
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("region", "VR25")
                .when().get("/api/staffing/SHN")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesInvalidFiguresNamingTheField() {
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .queryParam("region", "VR24")
                .body(Map.of("fte", -1))
                .when().put("/api/staffing/SHN")
                .then().statusCode(400).body("violations[0].field", equalTo("fte"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .queryParam("region", "VR24")
                .body(Map.of("fte", 1, "productiveShare", 1.5))
                .when().put("/api/staffing/SHN")
                .then().statusCode(400).body("violations[0].field", equalTo("productiveShare"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .queryParam("region", "VR24")
                .body(Map.of("fte", 1, "contractHoursPerFtePerWeek", 0))
                .when().put("/api/staffing/SHN")
                .then().statusCode(400).body("violations[0].field", equalTo("contractHoursPerFtePerWeek"));
        // Positive, but it would divide a requirement into Infinity FTE.
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .queryParam("region", "VR24")
                .body("{\"fte\": 1, \"contractHoursPerFtePerWeek\": 1e-320}")
                .when().put("/api/staffing/SHN")
                .then().statusCode(400).body("violations[0].field", equalTo("contractHoursPerFtePerWeek"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .queryParam("region", "VR24")
                .body("{\"fte\": 1, \"productiveShare\": 1e-320}")
                .when().put("/api/staffing/SHN")
                .then().statusCode(400).body("violations[0].field", equalTo("productiveShare"));
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("region", "VR24")
                .when().get("/api/staffing/SHN")
                .then().statusCode(404);
    }

    @Test
    void anUnknownOrganisationInTheAddressIsABadRequestNamingIt() {
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("region", "VR24")
                .when().get("/api/staffing/GGD")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("org"))
                .body("violations[0].message", containsString("SHN"));
    }

    @Test
    void anUnknownRegionIsABadRequest() {
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("region", "VR26")
                .when().get("/api/staffing/SHN")
                .then().statusCode(400).body("violations[0].field", equalTo("region"));
    }

    @Test
    void aRegionalCoordinatorWritesOnlyTheirRegion() {
        given().auth().oauth2(Tokens.coordinator("VR01")).contentType(ContentType.JSON)
                .queryParam("region", "VR02")
                .body(Map.of("fte", 1))
                .when().put("/api/staffing/SHN")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator("VR01")).contentType(ContentType.JSON)
                .queryParam("region", "VR01")
                .body(Map.of("fte", 1))
                .when().put("/api/staffing/SHN")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.casemanager("SHN")).contentType(ContentType.JSON)
                .queryParam("region", "VR01")
                .body(Map.of("fte", 100))
                .when().put("/api/staffing/SHN")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator())
                .queryParam("region", "VR01")
                .when().get("/api/staffing/SHN")
                .then().body("fte", closeTo(1.0, 1e-9));
    }

    @Test
    void aNewRegistrationKeepsTheVersionItReplacesAndIsAudited() {
        String coordinator = Tokens.as("coordinator").subject("coordinator-staffing").sign();
        for (double fte : new double[] {2, 5}) {
            given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                    .queryParam("region", "VR21")
                    .body(Map.of("fte", fte))
                    .when().put("/api/staffing/SHN")
                    .then().statusCode(200)
                    .body("validTo", nullValue());
        }

        given().auth().oauth2(Tokens.ministry()).queryParam("region", "VR21")
                .when().get("/api/staffing/SHN/history")
                .then().statusCode(200)
                .body("fte", contains(2.0, 5.0))
                .body("[0].validTo", notNullValue())
                .body("[1].validTo", nullValue());
        given().auth().oauth2(Tokens.coordinator()).queryParam("region", "VR21")
                .when().get("/api/staffing/SHN")
                .then().body("fte", closeTo(5.0, 1e-9));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "SHN/VR21").when().get("/api/audit")
                .then().statusCode(200)
                .body("action", contains("STAFFING_REGISTER", "STAFFING_REGISTER"))
                .body("actor", contains("coordinator-staffing", "coordinator-staffing"))
                .body("objectType", contains("staffing", "staffing"));
    }

    @Test
    void staffingRefusedToACoordinatorOfAnotherRegionIsAuditedAndChangesNothing() {
        given().auth().oauth2(Tokens.as("coordinator").subject("coordinator-staffing-refused").region("VR07").sign())
                .contentType(ContentType.JSON)
                .queryParam("region", "VR08")
                .body(Map.of("fte", 4))
                .when().put("/api/staffing/FIER")
                .then().statusCode(403);

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "FIER/VR08").when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.actor == 'coordinator-staffing-refused' }.action", contains("STAFFING_REGISTER"))
                .body("findAll { it.actor == 'coordinator-staffing-refused' }.objectType", contains("staffing"))
                .body("findAll { it.actor == 'coordinator-staffing-refused' }.result", contains("FORBIDDEN"));
        given().auth().oauth2(Tokens.admin()).queryParam("region", "VR08")
                .when().get("/api/staffing/FIER/history")
                .then().statusCode(200)
                .body("", hasSize(0));
    }
}
