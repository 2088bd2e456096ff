package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.forecast.series.DemoData;
import nl.entree.support.token.Tokens;

@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @ConfigProperty(name = "entree.forecast.demo-data-dir")
    String demoDataDir;

    @Test
    void demoDataLoadsAtStartupOnceLabelledSyntheticAndPublishedTotalsWithTheirSources() {
        // The test profile points at the repository's data/, the files bin/entree up loads, so startup has loaded them.
        List<String> again = demo.load(Path.of(demoDataDir));
        assertTrue(again.isEmpty(), "loading again creates nothing: " + again);

        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/CSG_ACUTE")
                .then().statusCode(200)
                .body("series.synthetic", equalTo(true))
                .body("series.label", equalTo("synthetic, calibrated to published annual totals"))
                .body("series.caseType", equalTo("CSG_ACUTE"))
                .body("series.firstPeriod", equalTo("2017-01"))
                .body("series.lastPeriod", equalTo("2022-12"))
                .body("series.observations", equalTo(72))
                .body("observations.find { it.period == '2017-01' }.count", equalTo(81));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/SHN_ZEDEN")
                .then().statusCode(200).body("series.organisation", equalTo("SHN"))
                .body("series.caseType", equalTo("SHN_SUPPORT"));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/published-VT_MELDINGEN_ALL")
                .then().statusCode(200)
                .body("series.granularity", equalTo("HALF_YEAR"))
                .body("series.synthetic", equalTo(false))
                .body("observations.find { it.period == '2022-H1' }.count", equalTo(59985));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/published-CSG_TOTAL")
                .then().statusCode(200)
                .body("series.granularity", equalTo("YEAR"))
                .body("series.source", org.hamcrest.Matchers.containsString("https://"));
    }
}
