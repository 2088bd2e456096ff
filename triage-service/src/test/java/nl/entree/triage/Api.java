package nl.entree.triage;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import nl.entree.support.token.Tokens;

/** The calls most tests make, as the role that makes them. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static ValidatableResponse evaluate(AssessmentBuilder assessment) {
        return as(Tokens.casemanager("CSG")).body(assessment.build()).post("/api/triage/evaluate").then();
    }

    /** Creates a case as intake would and returns its id. */
    public static String createCase(AssessmentBuilder assessment) {
        return createCase(assessment.asNewCase());
    }

    public static String createCase(Map<String, Object> newCase) {
        return as(Tokens.service()).body(newCase).post("/api/cases").then().statusCode(201)
                .extract().path("caseId");
    }

    public static ValidatableResponse accept(String caseId, String org) {
        return as(Tokens.casemanager(org)).post("/api/cases/" + caseId + "/accept").then();
    }

    public static ValidatableResponse close(String caseId, String token, String outcome) {
        return as(token).body(Map.of("outcome", outcome)).post("/api/cases/" + caseId + "/close").then();
    }
}
