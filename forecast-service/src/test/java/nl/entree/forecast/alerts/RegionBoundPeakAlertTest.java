package nl.entree.forecast.alerts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.forecast.Fixtures;
import nl.entree.forecast.series.SeriesService;
import nl.entree.support.token.Tokens;

/**
 * A coordinator bound to a region reads the peak alerts of the series they may read, their region's, as the series
 * endpoints decide: an organisation's national alert and another region's show counts of the month that those
 * endpoints refuse them. Each test raises its own alerts, for an organisation nationally, VR01 and VR02, through
 * what the hourly check records; the month 2071-03 belongs to this test.
 */
@QuarkusTest
class RegionBoundPeakAlertTest {

    private static final YearMonth MONTH = YearMonth.of(2071, 3);
    private static final String ALERTS = "/api/alerts?month=" + MONTH;

    @Inject
    SeriesService series;

    @Inject
    PeakAlertService alerts;

    private String national;
    private String ownRegion;
    private String otherRegion;

    @BeforeEach
    void raiseAlerts() {
        national = Fixtures.monthlySeries("peak-national", "HELPWANTED", "HELPWANTED_ADVICE");
        ownRegion = regionSeries("peak-vr01", "VR01");
        otherRegion = regionSeries("peak-vr02", "VR02");
        List<PeakWatch.Measured> above = List.of(national, ownRegion, otherRegion).stream()
                .map(id -> new PeakWatch.Measured(series.find(id).orElseThrow(), 60, 20, 35, "auto", List.of()))
                .toList();
        alerts.record(MONTH, 0.5, above);
    }

    @Test
    void aCoordinatorOfVr01SeesVr01sAlertButNotAnOrganisationsNationalOneNorAnotherRegions() {
        given().auth().oauth2(Tokens.coordinator("VR01")).when().get(ALERTS).then().statusCode(200)
                .body("alerts.seriesId", hasItem(ownRegion))
                .body("alerts.seriesId", not(hasItem(national)))
                .body("alerts.seriesId", not(hasItem(otherRegion)))
                .body("alerts.region", everyItem(equalTo("VR01")));
    }

    @Test
    void aNationalCoordinatorAndAnAdminStillSeeEveryAlert() {
        for (String token : List.of(Tokens.coordinator(), Tokens.admin())) {
            given().auth().oauth2(token).when().get(ALERTS).then().statusCode(200)
                    .body("alerts.seriesId", hasItems(national, ownRegion, otherRegion));
        }
    }

    /** The check has no scope: it would change every region's alerts and count the national series above theirs. */
    @Test
    void aCoordinatorOfVr01StartsNoCheckAndANationalOneStill() {
        given().auth().oauth2(Tokens.coordinator("VR01")).when().post("/api/alerts/check").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("bound to region VR01 (claim 'region')"));
        given().auth().oauth2(Tokens.coordinator()).when().post("/api/alerts/check").then().statusCode(200)
                .contentType(ContentType.JSON);
    }

    private static String regionSeries(String prefix, String region) {
        String id = Fixtures.uniqueId(prefix);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "region", region, "granularity", "MONTH", "unit", "cases",
                        "definition", "test series of one region"))
                .when().post("/api/series").then().statusCode(201);
        return id;
    }
}
