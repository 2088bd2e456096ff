package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import nl.entree.common.contract.MonthlyCaseCounts;
import nl.entree.common.contract.RegionalCaseCounts;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.forecast.triage.TriageCounts;
import nl.entree.support.token.Tokens;

/**
 * A coordinator bound to a region reads their region's series only, as triage gives them their region's cases only;
 * another region's series, the national ones pulled from triage and the imported ones without a region are answered
 * as series that do not exist. VR11 and VR12 belong to this test, 2007 to 2009: CSG's acute cases in both, and
 * nationally their sum.
 */
@QuarkusTest
class RegionBoundCoordinatorTest {

    private static final YearMonth FIRST = YearMonth.of(2007, 1);
    private static final YearMonth LAST = YearMonth.of(2009, 12);
    private static final String OWN_REGION = TriageCounts.seriesId(Region.VR11);
    private static final String OWN_CELL = TriageCounts.seriesId(Region.VR11, CaseType.CSG_ACUTE);
    private static final String OTHER_REGION = TriageCounts.seriesId(Region.VR12);
    private static final String OTHER_CELL = TriageCounts.seriesId(Region.VR12, CaseType.CSG_ACUTE);
    private static final String NATIONAL = TriageCounts.seriesId(Organisation.CSG, CaseType.CSG_ACUTE);

    private static boolean seeded;
    private static String imported;
    private static String importedForOwnRegion;

    @Inject
    TriageCounts triageCounts;

    @BeforeEach
    void seed() {
        synchronized (RegionBoundCoordinatorTest.class) {
            if (seeded) {
                return;
            }
            List<MonthlyCaseCounts.Cell> national = new ArrayList<>();
            List<RegionalCaseCounts.Cell> regional = new ArrayList<>();
            int i = 0;
            for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1), i++) {
                long own = 20 + (i * 7L) % 11;
                long other = 30 + (i * 5L) % 13;
                national.add(new MonthlyCaseCounts.Cell(m, Organisation.CSG, CaseType.CSG_ACUTE, own + other, false));
                regional.add(new RegionalCaseCounts.Cell(m, Region.VR11, Organisation.CSG, CaseType.CSG_ACUTE, true,
                        own, false));
                regional.add(new RegionalCaseCounts.Cell(m, Region.VR12, Organisation.CSG, CaseType.CSG_ACUTE, true,
                        other, false));
            }
            triageCounts.store(new MonthlyCaseCounts(FIRST, LAST, national));
            triageCounts.storeRegions(new RegionalCaseCounts(FIRST, LAST, regional));
            imported = Fixtures.monthlySeries("rb-national", "CSG", "CSG_ACUTE");
            Fixtures.importMonths(imported, FIRST, 36, i2 -> 100 + i2);
            importedForOwnRegion = Fixtures.uniqueId("rb-vr11");
            given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                    .body(Map.of("id", importedForOwnRegion, "organisation", "CSG", "caseType", "CSG_ACUTE",
                            "region", "VR11", "granularity", "MONTH", "unit", "contacts", "definition", "test"))
                    .when().post("/api/series").then().statusCode(201);
            Fixtures.importMonths(importedForOwnRegion, FIRST, 36, i2 -> 40 + i2 % 5);
            seeded = true;
        }
    }

    private static List<String> own() {
        return List.of(OWN_REGION, OWN_CELL, importedForOwnRegion);
    }

    private static List<String> notTheirs() {
        return List.of(OTHER_REGION, OTHER_CELL, NATIONAL, imported);
    }

    @Test
    void aCoordinatorOfOneRegionWritesNoCountsEventsOrScenariosWhichActOnEveryRegion() {
        String token = Tokens.coordinator("VR11");
        String newId = Fixtures.uniqueId("rb-new");
        refused(given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("id", newId, "organisation",
                "CSG", "caseType", "CSG_ACUTE", "region", "VR11", "granularity", "MONTH", "unit", "contacts",
                "definition", "test")).post("/api/series"));
        for (String id : List.of(importedForOwnRegion, imported)) {
            refused(given().auth().oauth2(token).contentType("text/csv").body("period,count\n2009-12,1\n")
                    .post("/api/series/" + id + "/observations"));
            refused(given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("observations", List.of(Map.of("period", "2009-12", "count", 1))))
                    .post("/api/series/" + id + "/observations"));
            refused(given().auth().oauth2(token).contentType("text/csv")
                    .body("series,period,count\n" + id + ",2009-12,1\n").post("/api/series/import"));
        }
        refused(given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("name",
                Fixtures.uniqueId("rb-event"), "kind", "MEDIA", "from", "2009-11-01", "to", "2009-12-31"))
                .post("/api/events"));
        String event = given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.uniqueId("rb-event"), "kind", "MEDIA", "from", "2094-01-01",
                        "to", "2094-01-31", "organisations", List.of("CVSN")))
                .post("/api/events").then().statusCode(201).extract().path("id").toString();
        refused(given().auth().oauth2(token).delete("/api/events/" + event));
        refused(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.uniqueId("rb-scenario"), "effects", List.of())).post("/api/scenarios"));

        given().auth().oauth2(Tokens.coordinator()).get("/api/series/" + newId).then().statusCode(404);
        given().auth().oauth2(Tokens.coordinator()).get("/api/series/" + importedForOwnRegion).then()
                .statusCode(200).body("observations.find { it.period == '2009-12' }.count", not(equalTo(1)));
        given().auth().oauth2(Tokens.coordinator()).get("/api/events/" + event).then().statusCode(200);
    }

    private static void refused(Response response) {
        response.then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("bound to region VR11 (claim 'region')"));
    }

    @Test
    void theListHoldsTheirRegionsSeriesOnly() {
        given().auth().oauth2(Tokens.coordinator("VR11")).get("/api/series").then().statusCode(200)
                .body("id", hasItems(own().toArray(String[]::new)))
                .body("region", everyItem(equalTo("VR11")));
        given().auth().oauth2(Tokens.coordinator()).get("/api/series").then().statusCode(200)
                .body("id", hasItems(notTheirs().toArray(String[]::new)));
    }

    @Test
    void anotherRegionsSeriesANationalOneAndOneWithoutRegionAreNotFound() {
        for (String id : own()) {
            given().auth().oauth2(Tokens.coordinator("VR11")).get("/api/series/" + id).then().statusCode(200)
                    .body("series.id", equalTo(id));
        }
        for (String id : notTheirs()) {
            given().auth().oauth2(Tokens.coordinator("VR11")).get("/api/series/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(Tokens.coordinator()).get("/api/series/" + id).then().statusCode(200);
        }
    }

    @Test
    void forecastsAndAnomaliesOfSeriesNotTheirsAreNotFound() {
        for (String id : own()) {
            given().auth().oauth2(Tokens.coordinator("VR11")).get("/api/forecasts/" + id + "?horizon=6").then()
                    .statusCode(200);
            given().auth().oauth2(Tokens.coordinator("VR11")).get("/api/series/" + id + "/anomalies").then()
                    .statusCode(200);
        }
        for (String id : notTheirs()) {
            given().auth().oauth2(Tokens.coordinator("VR11")).get("/api/forecasts/" + id + "?horizon=6").then()
                    .statusCode(404);
            given().auth().oauth2(Tokens.coordinator("VR11")).get("/api/series/" + id + "/anomalies").then()
                    .statusCode(404);
            given().auth().oauth2(Tokens.coordinator()).get("/api/forecasts/" + id + "?horizon=6").then()
                    .statusCode(200);
        }
    }

    /** As for a ministry and a series hidden from it: the same answer as for a series that does not exist. */
    @Test
    void aProjectionOfSeriesNotTheirsIsRefusedAsOneOfSeriesThatDoNotExist() {
        String url = "/api/projections?from=2010-01&to=2010-12&series=";
        given().auth().oauth2(Tokens.coordinator("VR11")).get(url + OWN_CELL).then().statusCode(200)
                .body("rows[0].contacts", not(equalTo(null)));
        // A region's series (every organisation together) has no caseType, so no hours: it is never projected.
        for (String id : List.of(OTHER_CELL, NATIONAL, imported)) {
            given().auth().oauth2(Tokens.coordinator("VR11")).get(url + id).then().statusCode(400)
                    .body("violations.field", hasItem("series"))
                    .body("violations.message", hasItem("no series '" + id + "'"));
            given().auth().oauth2(Tokens.coordinator("VR11")).accept("text/csv").get(url + id).then()
                    .statusCode(400);
            given().auth().oauth2(Tokens.coordinator("VR11")).get("/api/projections/chart.svg?from=2010-01"
                    + "&to=2010-12&series=" + id).then().statusCode(400);
            given().auth().oauth2(Tokens.coordinator()).get(url + id).then().statusCode(200);
        }
    }

    /** Without series or region, their region's organisations, as triage's figures for them are their region's. */
    @Test
    void byDefaultTheyProjectTheirRegion() {
        given().auth().oauth2(Tokens.coordinator("VR11")).get("/api/projections?from=2010-01&to=2010-12").then()
                .statusCode(200)
                .body("series.id", everyItem(startsWith(TriageCounts.CELL_PREFIX + "VR11-")))
                .body("series.id", hasItem(OWN_CELL));
    }
}
