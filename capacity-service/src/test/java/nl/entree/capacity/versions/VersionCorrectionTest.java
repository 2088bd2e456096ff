package nl.entree.capacity.versions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import nl.entree.capacity.support.Doubles;
import nl.entree.capacity.support.FutureDates;
import nl.entree.common.time.DutchTime;
import nl.entree.support.token.Tokens;

/**
 * Review capacity §1: a mistaken norm or cost could not be corrected. A typo in a first cost priced every earlier
 * month for good, and a version dated centuries ahead made every later registration a 409. Now a version is
 * corrected in place with a reason, withdrawn while it has not started, and dated at most five years ahead.
 * CSG's cost: the versions other tests register lie ahead and are withdrawn here first, so that the 7,250 is CSG's
 * first cost, as in the review.
 */
@QuarkusTest
class VersionCorrectionTest {

    /** One FTE-year of productive hours with the configured defaults: 36 h × 0.7 × 52. */
    private static final double PRODUCTIVE_HOURS_A_YEAR = 36 * 0.7 * 52;
    private static final int AT_ONCE = 8;

    @Inject
    DataSource db;

    @BeforeEach
    void figuresAsDoubles() {
        Doubles.readJsonNumbersAsDoubles();
    }

    @Test
    void aTypoInAFirstCostIsCorrectedAndTheMonthsBeforeItArePricedAgain() {
        withdrawCsgCostsThatHaveNotStarted();
        String coordinator = Tokens.as("coordinator").subject("coordinator-cost-typo").sign();
        String today = today().toString();
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("eurosPerFtePerYear", 7_250, "source", "HR 2026", "assumption", false))
                .when().put("/api/costs/CSG").then().statusCode(200)
                .body("validFrom", equalTo(today));
        // June 2026 lies before the first cost, which therefore prices it: 1,200 h at a tenth of the cost.
        assertEquals(1200 * 7_250 / PRODUCTIVE_HOURS_A_YEAR, juneEuros(), 0.01);

        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("eurosPerFtePerYear", 72_500, "source", "HR 2026", "assumption", false,
                        "reason", "7.250 typed for 72.500"))
                .when().put("/api/costs/CSG/versions/" + today).then().statusCode(200)
                .body("eurosPerFtePerYear", closeTo(72_500.0, 1e-9))
                .body("validFrom", equalTo(today))
                .body("corrections", hasSize(1))
                .body("corrections[0].eurosPerFtePerYear", closeTo(7_250.0, 1e-9))
                .body("corrections[0].reason", equalTo("7.250 typed for 72.500"));

        // 1,200 h × 72,500 / 1,310.4 h = 66,392 euros, as the review expects.
        assertEquals(66_392, juneEuros(), 0.5);
        given().auth().oauth2(Tokens.ministry()).when().get("/api/costs/CSG/history").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].eurosPerFtePerYear", closeTo(72_500.0, 1e-9))
                .body("[0].validFrom", equalTo(today))
                .body("[0].corrections.eurosPerFtePerYear", contains(7_250.0))
                .body("[0].corrections.reason", contains("7.250 typed for 72.500"));

        // It has started (today): withdrawing it would take back euros already priced with it.
        given().auth().oauth2(coordinator).when().delete("/api/costs/CSG/versions/" + today)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("has started"));
        given().auth().oauth2(Tokens.ministry()).when().get("/api/costs/CSG/history").then()
                .body("validFrom", contains(today));

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "CSG").when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.actor == 'coordinator-cost-typo' }.action",
                        contains("COST_REGISTER", "COST_CORRECT", "COST_WITHDRAW"))
                .body("findAll { it.actor == 'coordinator-cost-typo' }.objectType",
                        contains("fte-cost", "fte-cost", "fte-cost"))
                .body("findAll { it.actor == 'coordinator-cost-typo' }.result", contains("OK", "OK", "CONFLICT"));
    }

    @Test
    void aVersionDatedCenturiesAheadIsWithdrawnAndTheIntendedOneIsRegistered() throws SQLException {
        // 2207-01-01 for 2027-01-01, registered before validFrom was bounded: now the database holds it.
        insertCsgAcuteNormFrom("2207-01-01");
        String coordinator = Tokens.as("coordinator").subject("coordinator-norm-2207").sign();
        LocalDate intended = FutureDates.next();
        String norm = "{\"lowHours\":11,\"expectedHours\":12,\"highHours\":13,\"source\":\"the intended version\","
                + "\"validFrom\":\"" + intended + "\"}";
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(norm)
                .when().put("/api/norms/CSG/CSG_ACUTE").then().statusCode(409);

        given().auth().oauth2(coordinator).when().delete("/api/norms/CSG/CSG_ACUTE/versions/2207-01-01")
                .then().statusCode(204);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(norm)
                .when().put("/api/norms/CSG/CSG_ACUTE").then().statusCode(200)
                .body("validFrom", equalTo(intended.toString()));

        given().auth().oauth2(Tokens.coordinator()).when().get("/api/norms/CSG/CSG_ACUTE/history")
                .then().statusCode(200)
                .body("validFrom", not(hasItem("2207-01-01")))
                .body("findAll { it.validTo == null }.validFrom", contains(intended.toString()))
                .body("findAll { it.validTo == '" + intended + "' }", hasSize(1));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "CSG_ACUTE").when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.actor == 'coordinator-norm-2207' }.action",
                        contains("NORM_REGISTER", "NORM_WITHDRAW", "NORM_REGISTER"))
                .body("findAll { it.actor == 'coordinator-norm-2207' }.result", contains("CONFLICT", "OK", "OK"));
        // Gone from the versions, kept whole with who withdrew it.
        given().auth().oauth2(coordinator).when().delete("/api/norms/CSG/CSG_ACUTE/versions/2207-01-01")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aStartedVersionIsNotWithdrawn() {
        String coordinator = Tokens.as("coordinator").subject("coordinator-withdraws-seeded").sign();
        given().auth().oauth2(coordinator).when().delete("/api/norms/CVSN/CVSN_CASE/versions/2024-01-01")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("has started"))
                .body("detail", containsString("Correct it instead"));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/norms/CVSN/CVSN_CASE/history")
                .then().body("validFrom", hasItem("2024-01-01"));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "CVSN_CASE").when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.actor == 'coordinator-withdraws-seeded' }.action", contains("NORM_WITHDRAW"))
                .body("findAll { it.actor == 'coordinator-withdraws-seeded' }.result", contains("CONFLICT"));
    }

    @Test
    void aVersionMoreThanFiveYearsAheadIsRefusedNamingValidFrom() {
        String coordinator = Tokens.as("coordinator").subject("coordinator-far-ahead").sign();
        String tooFar = today().plusYears(5).plusDays(1).toString();
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("lowHours", 11, "expectedHours", 12, "highHours", 13, "source", "x",
                        "validFrom", "2207-01-01"))
                .when().put("/api/norms/CSG/CSG_ACUTE").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("validFrom"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("eurosPerFtePerYear", 70_000, "source", "x", "assumption", false, "validFrom", tooFar))
                .when().put("/api/costs/FIER").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("validFrom"));

        given().auth().oauth2(Tokens.coordinator()).when().get("/api/norms/CSG/CSG_ACUTE/history")
                .then().body("validFrom", not(hasItem("2207-01-01")));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/costs/FIER/history")
                .then().body("validFrom", not(hasItem(tooFar)));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "FIER").when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.actor == 'coordinator-far-ahead' }.action", contains("COST_REGISTER"))
                .body("findAll { it.actor == 'coordinator-far-ahead' }.result", contains("INVALID"));
    }

    @Test
    void aNormIsCorrectedInPlaceWithItsReasonAndBadCorrectionsChangeNothing() {
        String coordinator = Tokens.as("coordinator").subject("coordinator-norm-fix").sign();
        LocalDate before = FutureDates.next();
        LocalDate from = FutureDates.next();
        String version = "/api/norms/CSG/CSG_NON_ACUTE/versions/" + from;
        for (LocalDate start : List.of(before, from)) {
            given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                    .body("{\"lowHours\":0.3,\"expectedHours\":0.35,\"highHours\":0.4,\"source\":\"time study\","
                            + "\"validFrom\":\"" + start + "\"}")
                    .when().put("/api/norms/CSG/CSG_NON_ACUTE").then().statusCode(200);
        }

        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(correction(3, 3.5, 4, "entered a tenth of the hours"))
                .when().put(version).then().statusCode(200)
                .body("validFrom", equalTo(from.toString()))
                .body("expectedHours", closeTo(3.5, 1e-9))
                .body("corrections[0].expectedHours", closeTo(0.35, 1e-9))
                .body("corrections[0].reason", equalTo("entered a tenth of the hours"));
        given().auth().oauth2(Tokens.ministry()).queryParam("at", from.toString()).when().get("/api/norms")
                .then().body("find { it.caseType == 'CSG_NON_ACUTE' }.expectedHours", closeTo(3.5, 1e-9));

        // Refused for its form: no reason, a new date, hours out of order, a date that is not one.
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"lowHours\":1,\"expectedHours\":2,\"highHours\":3,\"source\":\"x\"}")
                .when().put(version).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("reason"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"lowHours\":1,\"expectedHours\":2,\"highHours\":3,\"source\":\"x\",\"reason\":\"x\","
                        + "\"validFrom\":\"" + from.plusDays(1) + "\"}")
                .when().put(version).then().statusCode(400)
                .body("violations.field", hasItem(containsString("validFrom")));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(correction(5, 4, 6, "x"))
                .when().put(version).then().statusCode(400)
                .body("violations.field", contains("expectedHours"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(correction(1, 2, 3, "x"))
                .when().put("/api/norms/CSG/CSG_NON_ACUTE/versions/2027-13-01").then().statusCode(400)
                .body("violations.field", contains("validFrom"));
        // Refused once looked at: no such version, a token bound to a region; and roles that register none.
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(correction(1, 2, 3, "x"))
                .when().put("/api/norms/CSG/CSG_NON_ACUTE/versions/" + from.plusDays(1)).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.as("coordinator").subject("coordinator-norm-fix").region("VR09").sign())
                .contentType(ContentType.JSON).body(correction(1, 2, 3, "x")).when().put(version)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON).body(correction(1, 2, 3, "x"))
                .when().put(version).then().statusCode(403);
        given().auth().oauth2(Tokens.ministry()).when().delete(version).then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/norms/CSG/CSG_NON_ACUTE/history").then()
                .body("find { it.validFrom == '" + from + "' }.expectedHours", closeTo(3.5, 1e-9))
                .body("find { it.validFrom == '" + from + "' }.corrections", hasSize(1));

        // Not started yet, so it may still be withdrawn: the version before it runs on.
        given().auth().oauth2(coordinator).when().delete(version).then().statusCode(204);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/norms/CSG/CSG_NON_ACUTE/history").then()
                .body("validFrom", not(hasItem(from.toString())))
                .body("find { it.validFrom == '" + before + "' }.validTo", nullValue());

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "CSG_NON_ACUTE").when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.actor == 'coordinator-norm-fix' }.action", contains("NORM_REGISTER",
                        "NORM_REGISTER", "NORM_CORRECT", "NORM_CORRECT", "NORM_CORRECT", "NORM_WITHDRAW"))
                .body("findAll { it.actor == 'coordinator-norm-fix' }.result",
                        contains("OK", "OK", "OK", "NOT_FOUND", "FORBIDDEN", "OK"));
    }

    @Test
    void correctionsAtOnceAreEachKeptAndNoneIsLost() throws Exception {
        LocalDate from = FutureDates.next();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"eurosPerFtePerYear\":60000,\"source\":\"at once\",\"assumption\":true,"
                        + "\"validFrom\":\"" + from + "\"}")
                .when().put("/api/costs/HELPWANTED").then().statusCode(200);

        List<Integer> statuses = atOnce(i -> given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"eurosPerFtePerYear\":" + (61_000 + i) + ",\"source\":\"at once\",\"assumption\":true,"
                        + "\"reason\":\"correction " + i + "\"}")
                .when().put("/api/costs/HELPWANTED/versions/" + from).then().extract().statusCode());
        assertEquals(IntStream.range(0, AT_ONCE).mapToObj(i -> 200).toList(), statuses);

        // Each correction kept what the one before it left: the amounts before and now are every amount once.
        JsonPath version = given().auth().oauth2(Tokens.admin()).when().get("/api/costs/HELPWANTED/history").then()
                .statusCode(200).extract().jsonPath().setRootPath("find { it.validFrom == '" + from + "' }");
        List<Double> amounts = new ArrayList<>(version.getList("corrections.eurosPerFtePerYear", Double.class));
        amounts.add(version.getDouble("eurosPerFtePerYear"));
        List<Double> expected = new ArrayList<>(List.of(60_000.0));
        IntStream.range(0, AT_ONCE).forEach(i -> expected.add(61_000.0 + i));
        assertEquals(expected, amounts.stream().sorted().toList());
    }

    private static String correction(double low, double expected, double high, String reason) {
        return "{\"lowHours\":" + low + ",\"expectedHours\":" + expected + ",\"highHours\":" + high
                + ",\"source\":\"time study\",\"reason\":\"" + reason + "\"}";
    }

    private static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }

    private static double juneEuros() {
        return given().auth().oauth2(Tokens.service()).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("organisation", "CSG", "caseType", "CSG_ACUTE",
                        "month", "2026-06", "cases", 100))))
                .when().post("/api/requirements").then().statusCode(200)
                .extract().jsonPath().getDouble("months[0].euros");
    }

    private static void withdrawCsgCostsThatHaveNotStarted() {
        List<String> ahead = given().auth().oauth2(Tokens.admin()).when().get("/api/costs/CSG/history")
                .then().statusCode(200).extract().jsonPath().getList("validFrom", String.class).stream()
                .filter(from -> LocalDate.parse(from).isAfter(today())).toList();
        for (String from : ahead) {
            given().auth().oauth2(Tokens.admin()).when().delete("/api/costs/CSG/versions/" + from)
                    .then().statusCode(204);
        }
    }

    /** The open CSG_ACUTE version closes on {@code validFrom}, and a version from that day is open. */
    private void insertCsgAcuteNormFrom(String validFrom) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement close = c.prepareStatement("update hour_norm set valid_to = ?::date"
                    + " where case_type = 'CSG_ACUTE' and valid_to is null");
                    PreparedStatement insert = c.prepareStatement("insert into hour_norm (id, organisation,"
                            + " case_type, low_hours, expected_hours, high_hours, source, valid_from, registered_by,"
                            + " registered_at) values (?, 'CSG', 'CSG_ACUTE', 11, 12, 13, 'typo', ?::date,"
                            + " 'coordinator', now())")) {
                close.setString(1, validFrom);
                close.executeUpdate();
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, validFrom);
                insert.executeUpdate();
            }
            c.commit();
        }
    }

    private static List<Integer> atOnce(IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Callable<Integer>> calls = IntStream.range(0, AT_ONCE)
                    .mapToObj(i -> (Callable<Integer>) () -> request.apply(i)).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
