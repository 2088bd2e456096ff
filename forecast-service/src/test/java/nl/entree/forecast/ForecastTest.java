package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.entree.support.token.Tokens;

@QuarkusTest
class ForecastTest {

    @Test
    void forecastOfTheDemoCsgSeriesHasPointsIntervalsAndABacktestOfEveryModel() {
        String id = Fixtures.monthlySeries("demo-csg", "CSG", "CSG_ACUTE");
        given().auth().oauth2(Tokens.coordinator()).contentType("text/csv").body(Fixtures.demoSeries("CSG_ACUTE"))
                .when().post("/api/series/" + id + "/observations").then().statusCode(200).body("rows", equalTo(72));

        JsonPath f = given().auth().oauth2(Tokens.ministry())
                .when().get("/api/forecasts/" + id + "?horizon=24&model=auto&levels=80,95")
                .then().statusCode(200)
                .body("series", equalTo(id))
                .body("lastObserved", equalTo("2022-12"))
                .body("points", hasSize(24))
                .body("points[0].period", equalTo("2023-01"))
                .body("points[23].period", equalTo("2024-12"))
                .body("model", notNullValue())
                .body("backtest.size()", greaterThanOrEqualTo(3))
                .body("backtest.model", hasItems("linear"))
                .body("backtest.mase", everyItem(notNullValue()))
                .body("backtest.origins", everyItem(greaterThanOrEqualTo(1)))
                .body("eventPeriods", hasItems("2017-10", "2017-11", "2022-01", "2022-05"))
                .extract().jsonPath();

        List<Map<String, Object>> points = f.getList("points");
        for (Map<String, Object> p : points) {
            double mean = ((Number) p.get("mean")).doubleValue();
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Number>> intervals = (Map<String, Map<String, Number>>) p.get("intervals");
            double l80 = intervals.get("80").get("lower").doubleValue();
            double u80 = intervals.get("80").get("upper").doubleValue();
            double l95 = intervals.get("95").get("lower").doubleValue();
            double u95 = intervals.get("95").get("upper").doubleValue();
            assertTrue(l95 <= l80 && l80 <= mean && mean <= u80 && u80 <= u95, "nested intervals at " + p.get("period"));
            assertTrue(l80 >= 0, "no negative counts");
        }
        String chosen = f.getString("model");
        double chosenMase = f.getDouble("backtest.find { it.model == '" + chosen + "' }.mase");
        double linearMase = f.getDouble("backtest.find { it.model == 'linear' }.mase");
        double combinationMase = f.getDouble("backtest.find { it.model == 'combination' }.mase");
        assertTrue(f.getList("backtest.model", String.class).containsAll(List.of("snaive", "linear", "theta",
                "adjusted-ets", "combination")), "every candidate is backtested: " + f.getList("backtest.model"));
        if (chosen.equals("combination")) {
            assertEquals(4, f.getList("components").size(), "the combination names what it takes the median of");
            for (Float mase : f.getList("backtest.mase", Float.class)) {
                assertTrue(mase >= 0.7 * combinationMase - 1e-6, "no single model was more than 30% better");
            }
        } else {
            assertTrue(chosenMase < 0.7 * combinationMase, "a single model only when clearly better");
        }
        // On acute contacts alone the straight line happens to be as good as anything in the backtest (see
        // forecast-models' DemoBacktestTest); auto must not be clearly worse than it.
        assertTrue(chosenMase < 1.1 * linearMase, "auto (" + chosen + ") " + chosenMase + " against the line's "
                + linearMase + " on demo CSG");
    }

    /** The names come from the 400 for an unknown model, so that a model added to the code must be described. */
    @Test
    void theModelParameterIsDescribedWithEveryModelTheCodeTakes() {
        String id = Fixtures.monthlySeries("described", "SHN", "SHN_SUPPORT");
        Fixtures.importMonths(id, YearMonth.of(2019, 1), 24, Fixtures::seasonal);
        String message = given().auth().oauth2(Tokens.coordinator()).when()
                .get("/api/forecasts/" + id + "?model=crystal-ball").then().statusCode(400).extract().jsonPath()
                .getString("violations[0].message");
        int use = message.indexOf("use ");
        int form = message.indexOf(" or an ETS form");
        assertTrue(use >= 0 && form > use, message);
        List<String> names = List.of(message.substring(use + 4, form).split(", "));
        String description = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getString(
                        "paths.'/api/forecasts/{seriesId}'.get.parameters.find { it.name == 'model' }.description");
        List<String> words = List.of(description.split("[\\s,()]+"));
        for (String name : names) {
            assertTrue(words.contains(name), "'" + name + "' is taken but not described: " + description);
        }
        assertTrue(description.contains("ETS form"), description);
    }

    @Test
    void aNamedModelIsUsedAndBadParametersAreNamed() {
        String id = Fixtures.monthlySeries("named", "SHN", "SHN_SUPPORT");
        Fixtures.importMonths(id, YearMonth.of(2019, 1), 48, Fixtures::seasonal);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/forecasts/" + id + "?horizon=6&model=linear&levels=80")
                .then().statusCode(200).body("model", equalTo("linear")).body("points", hasSize(6))
                .body("points[0].intervals.'80'.lower", notNullValue())
                .body("points[0].intervals.'95'", nullValue());

        given().auth().oauth2(Tokens.coordinator()).when().get("/api/forecasts/" + id + "?model=crystal-ball")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("model"));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/forecasts/" + id + "?horizon=0")
                .then().statusCode(400).body("violations.field", contains("horizon"));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/forecasts/" + id + "?horizon=twelve")
                .then().statusCode(400).body("violations.field", contains("horizon"));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/forecasts/" + id + "?levels=eighty")
                .then().statusCode(400).body("violations.field", contains("levels"));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/forecasts/" + Fixtures.uniqueId("none"))
                .then().statusCode(404);
        String empty = Fixtures.monthlySeries("empty", "SHN", null);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/forecasts/" + empty).then().statusCode(422);
    }

    @Test
    void gapsReachTheModelsAsGapsNotZeros() {
        String id = Fixtures.monthlySeries("gappy", "HELPWANTED", "HELPWANTED_ADVICE");
        // 36 months around 300 with six months missing: a zero-filled series would drag the level down.
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 36; i++) {
            YearMonth m = YearMonth.of(2020, 1).plusMonths(i);
            csv.append(m).append(',').append(i >= 12 && i < 18 ? "" : String.valueOf(300 + (i % 3))).append('\n');
        }
        given().auth().oauth2(Tokens.coordinator()).contentType("text/csv").body(csv.toString())
                .when().post("/api/series/" + id + "/observations").then().statusCode(200);
        float mean = given().auth().oauth2(Tokens.coordinator()).when().get("/api/forecasts/" + id + "?horizon=1&model=linear")
                .then().statusCode(200).extract().path("points[0].mean");
        assertTrue(mean > 290 && mean < 312, "level near 300, not pulled down by zeros: " + mean);
    }

    @Test
    void anomaliesNameTheEventThatCoversThem() {
        String id = Fixtures.monthlySeries("peaks", "CSG", "CSG_NON_ACUTE");
        YearMonth start = YearMonth.of(2019, 1);
        int voice = 36; // 2022-01, the BOOS broadcast on The Voice of Holland
        int quiet = 5;  // 2019-06, no event
        Fixtures.importMonths(id, start, 48, i -> i == voice || i == quiet ? Fixtures.seasonal(i) * 3 : Fixtures.seasonal(i));

        JsonPath a = given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + id + "/anomalies")
                .then().statusCode(200).body("anomalies.period", hasItems("2019-06", "2022-01"))
                .extract().jsonPath();
        assertEquals("de uitzending van BOOS over The Voice of Holland",
                a.getString("anomalies.find { it.period == '2022-01' }.event"));
        assertEquals(null, a.getString("anomalies.find { it.period == '2019-06' }.event"));
        Map<String, Object> voicePeak = a.getMap("anomalies.find { it.period == '2022-01' }");
        assertTrue(((Number) voicePeak.get("observed")).doubleValue() > ((Number) voicePeak.get("expected")).doubleValue() * 2);
        assertTrue(((Number) voicePeak.get("score")).doubleValue() > 3.5);
        assertFalse(a.getList("anomalies.period").contains("2020-06"), "an ordinary month is not an anomaly");

        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + id + "/anomalies?threshold=-1")
                .then().statusCode(400).body("violations.field", hasItem("threshold"));
        // Not a number at all: named too, where JAX-RS's own conversion answered 404 "nothing here".
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + id + "/anomalies?threshold=abc")
                .then().statusCode(400).body("violations.field", hasItem("threshold"));
    }
}
