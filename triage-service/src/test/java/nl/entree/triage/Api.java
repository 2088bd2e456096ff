package nl.entree.triage;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import nl.entree.common.time.DutchTime;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;

/** The calls most tests make, as the role that makes them. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** intake's service token: the one service that creates cases, asks for erasures and reads routing changes. */
    public static String intake() {
        return Tokens.asService().subject("intake-service").sign();
    }

    public static ValidatableResponse evaluate(AssessmentBuilder assessment) {
        return as(Tokens.casemanager("CSG")).body(assessment.build()).post("/api/triage/evaluate").then();
    }

    /** Creates a case as intake would and returns its id. */
    public static String createCase(AssessmentBuilder assessment) {
        return createCase(assessment.asNewCase());
    }

    public static String createCase(Map<String, Object> newCase) {
        return as(intake()).body(newCase).post("/api/cases").then().statusCode(201)
                .extract().path("caseId");
    }

    /**
     * Creates {@code cases} cases received a minute apart from the start of {@code day} (Dutch time) and taken in by
     * triage that evening, as they would have been: a ministry's month counts only the cases taken in before the
     * month was completed, so a case of a past month created now would be in none.
     */
    public static void createCasesOf(LocalDate day, int cases, AssessmentBuilder assessment, MutableClock clock) {
        Instant start = day.atStartOfDay(DutchTime.ZONE).toInstant();
        try {
            clock.set(start.plus(20, ChronoUnit.HOURS));
            for (int i = 0; i < cases; i++) {
                createCase(assessment.receivedAt(start.plus(i, ChronoUnit.MINUTES)));
            }
        } finally {
            clock.reset();
        }
    }

    /** Sends the requests at the same moment, as a double click or two people do; their statuses in order. */
    public static List<Integer> atOnce(List<Callable<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (var answer : pool.invokeAll(requests)) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    public static ValidatableResponse accept(String caseId, String org) {
        return as(Tokens.casemanager(org)).post("/api/cases/" + caseId + "/accept").then();
    }

    public static ValidatableResponse close(String caseId, String token, String outcome) {
        return as(token).body(Map.of("outcome", outcome)).post("/api/cases/" + caseId + "/close").then();
    }
}
