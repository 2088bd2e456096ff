package nl.entree.forecast.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.forecast.Fixtures;
import nl.entree.support.audit.AuditRecords;
import nl.entree.support.token.Tokens;

@QuarkusTest
class AuditTrailTest {

    @Inject
    DataSource db;

    @Test
    void aSeriesItsCountsAndEveryLookAtThemAreInItsTrail() {
        String id = Fixtures.monthlySeries("audited", "CSG", "CSG_ACUTE");
        Fixtures.importMonths(id, YearMonth.of(2024, 1), 3, i -> 4 + i);
        given().auth().oauth2(Tokens.as("ministry").subject("ministry-analyst").sign())
                .when().get("/api/series/" + id).then().statusCode(200);

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("action", contains("SERIES_CREATE", "OBSERVATIONS_WRITE", "SERIES_READ"))
                .body("actorRole", contains("coordinator", "coordinator", "ministry"))
                .body("[2].actor", equalTo("ministry-analyst"))
                .body("objectType", contains("series", "series", "series"))
                .body("result", contains("OK", "OK", "OK"));
    }

    @Test
    void aMinistrysLookAtForecastsAnomaliesAndProjectionsIsInTheTrail() {
        String id = Fixtures.monthlySeries("audited-reads", "CSG", "CSG_ACUTE");
        Fixtures.importMonths(id, YearMonth.of(2015, 1), 36, i -> 40 + i % 7);
        String ministry = Tokens.as("ministry").subject("ministry-reader").sign();
        given().auth().oauth2(ministry).when().get("/api/forecasts/" + id + "?horizon=6&model=snaive")
                .then().statusCode(200);
        given().auth().oauth2(ministry).when().get("/api/series/" + id + "/anomalies").then().statusCode(200);
        given().auth().oauth2(ministry).when().get("/api/projections?from=2018-01&to=2018-06&series=" + id)
                .then().statusCode(200);
        given().auth().oauth2(ministry).when().get("/api/projections/chart.svg?from=2018-01&to=2018-06&series=" + id)
                .then().statusCode(200);

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.actor == 'ministry-reader' }.action", contains("FORECAST_READ", "ANOMALIES_READ"));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "2018-01..2018-06").when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.actor == 'ministry-reader' }.action",
                        contains("PROJECTION_READ", "PROJECTION_CHART_READ"))
                .body("objectType", everyItem(is("projection")));
    }

    @Test
    void anEventAndAScenarioAddedAreRecordedWithWhoAddedThem() {
        String coordinator = Tokens.as("coordinator").subject("coordinator-forecast").sign();
        int event = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.uniqueId("campaign"), "kind", "CAMPAIGN", "from", "2027-03-01",
                        "to", "2027-04-30"))
                .when().post("/api/events").then().statusCode(201).extract().path("id");
        int scenario = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.uniqueId("scenario"), "effects", List.of(
                        Map.of("kind", "STEP", "from", "2027-01", "percent", 5))))
                .when().post("/api/scenarios").then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", String.valueOf(event)).when().get("/api/audit")
                .then().statusCode(200)
                .body("find { it.objectType == 'event' }.action", equalTo("EVENT_CREATE"))
                .body("find { it.objectType == 'event' }.actor", equalTo("coordinator-forecast"));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", String.valueOf(scenario)).when().get("/api/audit")
                .then().statusCode(200)
                .body("find { it.objectType == 'scenario' }.action", equalTo("SCENARIO_CREATE"))
                .body("find { it.objectType == 'scenario' }.actor", equalTo("coordinator-forecast"));
    }

    @Test
    void readingTheAuditTrailIsItselfRecorded() {
        String id = Fixtures.monthlySeries("audit-read", "FIER", null);
        String admin = Tokens.as("admin").subject("privacy-officer-forecast").sign();
        given().auth().oauth2(admin).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200).body("action", contains("SERIES_CREATE"));

        given().auth().oauth2(admin).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200)
                .body("action", contains("SERIES_CREATE", "AUDIT_READ"))
                .body("[1].actor", equalTo("privacy-officer-forecast"))
                .body("[1].objectType", equalTo("audit-trail"));
    }

    @Test
    void theChainIsIntactAndAnEditInTheDatabaseIsTheFirstBrokenLink() {
        String id = Fixtures.monthlySeries("audit-chain", "SHN", null);
        long created = AuditRecords.newest(db, id, "SERIES_CREATE");

        AuditRecords.assertAnEditIsTheFirstBrokenLink(db, created, Tokens.admin());
    }

    @Test
    void onlyAdminsReadOrCheckTheAuditTrail() {
        given().auth().oauth2(Tokens.ministry()).queryParam("objectId", "x").when().get("/api/audit")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/audit/chain").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).when().get("/api/audit/chain").then().statusCode(200)
                .body("intact", is(true));
    }
}
