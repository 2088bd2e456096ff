package nl.entree.capacity.versions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.entree.support.token.Tokens;

/**
 * Two people registering a new version of the same thing at the same moment: one version is in force afterwards,
 * and no one gets a 500. The first version of a thing has no row to lock, which is where this failed.
 */
@QuarkusTest
class ConcurrentVersionsTest {

    private static final int AT_ONCE = 8;

    /** A view of a version, as the history lists it. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Version(String validFrom, String validTo) {
    }

    @Test
    void hourNormsRegisteredAtOnceLeaveOneInForce() throws Exception {
        List<Integer> statuses = atOnce(() -> given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("lowHours", 4, "expectedHours", 5, "highHours", 6, "source", "Test: at once"))
                .when().put("/api/norms/VT/VT_SAFETY_ASSESSMENT").then().extract().statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 400), statuses.toString());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "the first registers, the rest meet it: "
                + statuses);
        List<Version> history = List.of(given().auth().oauth2(Tokens.coordinator())
                .when().get("/api/norms/VT/VT_SAFETY_ASSESSMENT/history").then().statusCode(200)
                .extract().as(Version[].class));
        assertEquals(1, history.stream().filter(v -> v.validTo() == null).count(), history.toString());
    }

    @Test
    void staffingRegisteredAtOnceKeepsEveryVersionAndOneInForce() throws Exception {
        List<Integer> statuses = atOnce(() -> given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .queryParam("region", "VR12").body(Map.of("fte", 3))
                .when().put("/api/staffing/SHN").then().extract().statusCode());
        assertEquals(IntStream.range(0, AT_ONCE).mapToObj(i -> 200).toList(), statuses);
        List<Version> history = List.of(given().auth().oauth2(Tokens.admin()).queryParam("region", "VR12")
                .when().get("/api/staffing/SHN/history").then().statusCode(200)
                .extract().as(Version[].class));
        assertEquals(AT_ONCE, history.size(), history.toString());
        assertEquals(1, history.stream().filter(v -> v.validTo() == null).count(), history.toString());
    }

    @Test
    void costsRegisteredAtOnceLeaveOneInForce() throws Exception {
        List<Integer> statuses = atOnce(() -> given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("eurosPerFtePerYear", 70_000, "source", "Test: at once", "assumption", true))
                .when().put("/api/costs/VT").then().extract().statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 400), statuses.toString());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
    }

    private static List<Integer> atOnce(Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<Integer>> answers = pool.invokeAll(IntStream.range(0, AT_ONCE).mapToObj(i -> request).toList());
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
