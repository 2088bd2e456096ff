package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.support.token.Tokens;

@QuarkusTest
class SeriesImportTest {

    @Test
    void csvImportStoresCountsAndKeepsGapsAsGaps() {
        String id = Fixtures.monthlySeries("csv", "CSG", "CSG_ACUTE");
        // 2024-03 is missing altogether, 2024-04 is an explicit gap (empty count).
        String csv = "period,count\n2024-01,120\n2024-02,0\n2024-04,\n2024-05,130\n";
        given().auth().oauth2(Tokens.coordinator()).contentType("text/csv").body(csv)
                .when().post("/api/series/" + id + "/observations")
                .then().statusCode(200).body("rows", equalTo(4)).body("series", contains(id));

        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + id)
                .then().statusCode(200)
                .body("series.firstPeriod", equalTo("2024-01"))
                .body("series.lastPeriod", equalTo("2024-05"))
                .body("series.observations", equalTo(3))
                .body("series.gaps", equalTo(2))
                .body("observations.period", contains("2024-01", "2024-02", "2024-04", "2024-05"))
                .body("observations.count", contains(120, 0, null, 130));
    }

    @Test
    void jsonImportOverwritesExistingPeriods() {
        String id = Fixtures.monthlySeries("json", "SHN", "SHN_SUPPORT");
        Map<String, Object> first = Map.of("observations", List.of(Map.of("period", "2023-11", "count", 40),
                Map.of("period", "2023-12", "count", 41)));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(first)
                .when().post("/api/series/" + id + "/observations").then().statusCode(200).body("rows", equalTo(2));
        Map<String, Object> second = Map.of("observations", List.of(Map.of("period", "2023-12", "count", 45)));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(second)
                .when().post("/api/series/" + id + "/observations").then().statusCode(200);

        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + id)
                .then().statusCode(200).body("observations.count", contains(40, 45));
    }

    @Test
    void badJsonIsRejectedWholeNamingTheObservation() {
        String id = Fixtures.monthlySeries("badjson", "SHN", "SHN_SUPPORT");
        Map<String, Object> body = Map.of("observations", List.of(Map.of("period", "2023-11", "count", 40),
                Map.of("period", "2023-13", "count", 41), Map.of("period", "2024-01", "count", 4.5)));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/series/" + id + "/observations")
                .then().statusCode(400).contentType("application/problem+json")
                // common's ProblemMappers writes the path of a list element's field as observations.count[2]
                .body("violations.field", contains(containsString("count")))
                .body("violations.field", contains(containsString("2")));
        Map<String, Object> badPeriod = Map.of("observations", List.of(Map.of("period", "2023-11", "count", 40),
                Map.of("period", "2023-13", "count", 41)));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body(badPeriod)
                .when().post("/api/series/" + id + "/observations")
                .then().statusCode(400).body("violations.field", contains("observations[1].period"));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + id)
                .then().statusCode(200).body("observations", empty());
    }

    @Test
    void badFileIsRejectedWholeWithItsLineNumbersAndNothingIsStored() {
        String a = Fixtures.monthlySeries("bad-a", "CSG", "CSG_ACUTE");
        String b = Fixtures.monthlySeries("bad-b", "CSG", "CSG_NON_ACUTE");
        String file = "series,period,count\n"
                + a + ",2022-01,10\n"
                + a + ",2022-13,11\n"       // line 3: no such month
                + b + ",2022-01,12\n"
                + b + ",2022-02,-4\n"       // line 5: negative
                + "no-such-series,2022-01,5\n" // line 6
                + a + ",2022-01,9\n"        // line 7: duplicate period
                + b + ",2022-03\n";         // line 8: a column short
        given().auth().oauth2(Tokens.coordinator()).contentType("text/csv").body(file)
                .when().post("/api/series/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("line 3", "line 5", "line 6", "line 7", "line 8"))
                .body("violations.find { it.field == 'line 3' }.message", containsString("YYYY-MM"));

        for (String id : List.of(a, b)) {
            given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + id)
                    .then().statusCode(200).body("observations", empty()).body("series.observations", equalTo(0));
        }
    }

    @Test
    void quotedCellsAsASpreadsheetWritesThemAreRead() {
        String a = Fixtures.monthlySeries("quoted", "CSG", "CSG_ACUTE");
        String file = "\uFEFF\"series\",\"period\",\"count\"\r\n\"" + a + "\",\"2021-01\",\"500\"\r\n\r\n"
                + a + ",2021-02,\"1,000\"\r\n";
        given().auth().oauth2(Tokens.coordinator()).contentType("text/csv; charset=UTF-8").body(file)
                .when().post("/api/series/import")
                .then().statusCode(400).body("violations.field", contains("line 4"));
        given().auth().oauth2(Tokens.coordinator()).contentType("text/csv; charset=UTF-8")
                .body(file.replace("\"1,000\"", "\"1000\""))
                .when().post("/api/series/import")
                .then().statusCode(200).body("rows", equalTo(2));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + a)
                .then().body("observations.count", contains(500, 1000));
    }

    @Test
    void fileImportFillsSeveralSeries() {
        String a = Fixtures.monthlySeries("file-a", "HELPWANTED", "HELPWANTED_ADVICE");
        String b = Fixtures.monthlySeries("file-b", "FIER", "FIER_CASE");
        String file = "series,period,count\r\n" + a + ",2021-01,500\r\n" + a + ",2021-02,510\r\n" + b + ",2021-01,70\r\n";
        given().auth().oauth2(Tokens.coordinator()).contentType("text/csv").body(file)
                .when().post("/api/series/import")
                .then().statusCode(200).body("rows", equalTo(3)).body("series", contains(a, b));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + a)
                .then().body("observations.count", contains(500, 510));
    }

    @Test
    void periodsFollowTheGranularity() {
        String id = Fixtures.uniqueId("half");
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "organisation", "VT", "granularity", "HALF_YEAR", "unit", "reports",
                        "definition", "all reports", "source", "https://example.org"))
                .when().post("/api/series").then().statusCode(201)
                .header("Location", containsString("/api/series/" + id));
        given().auth().oauth2(Tokens.coordinator()).contentType("text/csv").body("2022-H1,59985\n2022-06,1\n")
                .when().post("/api/series/" + id + "/observations")
                .then().statusCode(400).body("violations.field", contains("line 2"));
        given().auth().oauth2(Tokens.coordinator()).contentType("text/csv").body("2022-H1,59985\n2021-H1,61000\n")
                .when().post("/api/series/" + id + "/observations").then().statusCode(200);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + id)
                .then().body("observations.period", contains("2021-H1", "2022-H1"));
    }

    @Test
    void seriesDefinitionIsValidated() {
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("id", Fixtures.uniqueId("mismatch"), "organisation", "SHN", "caseType", "CSG_ACUTE",
                        "granularity", "MONTH", "unit", "contacts", "definition", "x"))
                .when().post("/api/series")
                .then().statusCode(400).body("violations.field", contains("caseType"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("id", "has spaces", "organisation", "SHN", "granularity", "MONTH", "unit", "contacts",
                        "definition", "x"))
                .when().post("/api/series")
                .then().statusCode(400).body("violations.field", contains("id"));
        String id = Fixtures.monthlySeries("dup", "SHN", null);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "organisation", "SHN", "granularity", "MONTH", "unit", "contacts", "definition", "x"))
                .when().post("/api/series").then().statusCode(409);
    }

    @Test
    void ministryReadsWithSmallCountsSuppressedAndCannotWrite() {
        String id = Fixtures.monthlySeries("ministry", "CVSN", "CVSN_CASE");
        given().auth().oauth2(Tokens.coordinator()).contentType("text/csv").body("2024-01,9\n2024-02,10\n")
                .when().post("/api/series/" + id + "/observations").then().statusCode(200);

        given().auth().oauth2(Tokens.ministry()).when().get("/api/series/" + id)
                .then().statusCode(200)
                .body("observations[0].count", nullValue())
                .body("observations[0].suppressed", equalTo(true))
                .body("observations[1].count", equalTo(10));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series/" + id)
                .then().body("observations[0].count", equalTo(9));

        given().auth().oauth2(Tokens.ministry()).contentType("text/csv").body("2024-03,50\n")
                .when().post("/api/series/" + id + "/observations").then().statusCode(403);
        given().auth().oauth2(Tokens.ministry()).contentType("text/csv").body(id + ",2024-03,50\n")
                .when().post("/api/series/import").then().statusCode(403);
        given().auth().oauth2(Tokens.ministry()).contentType(ContentType.JSON)
                .body(Map.of("id", Fixtures.uniqueId("m"), "organisation", "SHN", "granularity", "MONTH",
                        "unit", "contacts", "definition", "x"))
                .when().post("/api/series").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/series")
                .then().statusCode(200).body("id", hasItem(id));
    }

    /** PostgreSQL holds no NUL character in a text: the query failed with a 500. */
    @Test
    void aNulCharacterInAPathOrQueryParameterIsA400NamingIt() {
        Map.of("/api/series/a%00b", "id", "/api/series/a%00b/anomalies", "id", "/api/forecasts/a%00b", "seriesId")
                .forEach((path, parameter) -> given().auth().oauth2(Tokens.coordinator()).urlEncodingEnabled(false)
                        .when().get(path)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("violations.field", contains(parameter)));
        given().auth().oauth2(Tokens.coordinator()).urlEncodingEnabled(false)
                .when().get("/api/projections?from=2026-01&to=2026-12&series=%00")
                .then().statusCode(400).body("violations.field", contains("series"));
        given().auth().oauth2(Tokens.admin()).urlEncodingEnabled(false).when().get("/api/audit?objectId=a%00b")
                .then().statusCode(400).body("violations.field", contains("objectId"));
    }

    @Test
    void importIntoAMissingSeriesIs404() {
        given().auth().oauth2(Tokens.coordinator()).contentType("text/csv").body("2024-01,1\n")
                .when().post("/api/series/" + Fixtures.uniqueId("missing") + "/observations").then().statusCode(404);
    }

    @Test
    void aFileOfManyBadLinesIsRefusedWithTheFirstHundredListedAndTheRestCounted() {
        // The review's file: 900 KB, 150,000 lines, each naming a series that does not exist.
        StringBuilder csv = new StringBuilder("series,period,count\n");
        for (int i = 0; i < 150_000; i++) {
            csv.append("z,1,1\n");
        }
        String body = given().auth().oauth2(Tokens.coordinator()).contentType("text/csv").body(csv.toString())
                .when().post("/api/series/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.size()", equalTo(101))
                .body("violations[0].field", equalTo("line 2"))
                .body("violations[0].message", containsString("does not exist"))
                .body("violations[100].field", equalTo("body"))
                .body("violations[100].message", containsString("149900 more rows are not valid"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(body.length() < 20_000, "answer of " + body.length() + " bytes");
    }
}
