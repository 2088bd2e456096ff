package nl.entree.triage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static nl.entree.triage.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.contract.ServiceContractTest;
import nl.entree.support.token.Forgeries;
import nl.entree.support.token.Tokens;

@QuarkusTest
class SecurityTest extends ServiceContractTest {

    @Test
    void noTokenIsUnauthorised() {
        given().get("/api/cases").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(AssessmentBuilder.assessment().build())
                .post("/api/triage/evaluate").then().statusCode(401);
        given().get("/api/rule-sets").then().statusCode(401);
        given().get("/api/caseloads").then().statusCode(401);
    }

    @Test
    void everyForgedTokenIsUnauthorised() {
        for (Map.Entry<String, String> forged : Forgeries.against("casemanager", "CSG").entrySet()) {
            int status = given().auth().oauth2(forged.getValue()).get("/api/cases").then().extract().statusCode();
            assertEquals(401, status, forged.getKey());
        }
        for (Map.Entry<String, String> forged : Forgeries.against("service", null).entrySet()) {
            int status = given().auth().oauth2(forged.getValue()).contentType("application/json")
                    .body(AssessmentBuilder.assessment().asNewCase()).post("/api/cases").then().extract().statusCode();
            assertEquals(401, status, forged.getKey());
        }
    }

    @Test
    void aWrongRoleIsForbidden() {
        as(Tokens.ministry()).get("/api/cases").then().statusCode(403).contentType("application/problem+json");
        as(Tokens.casemanager("CSG")).body(AssessmentBuilder.assessment().asNewCase()).post("/api/cases").then()
                .statusCode(403);
        as(Tokens.coordinator()).body("{}").post("/api/rule-sets").then().statusCode(403);
        as(Tokens.casemanager("CSG")).get("/api/caseloads").then().statusCode(403);
    }

    @Test
    void theRightRoleIsAllowed() {
        as(Tokens.casemanager("CSG")).get("/api/cases").then().statusCode(200);
        as(Api.intake()).body(AssessmentBuilder.assessment().asNewCase()).post("/api/cases").then().statusCode(201);
        as(Tokens.coordinator()).get("/api/rule-sets/active").then().statusCode(200);
        as(Tokens.ministry()).get("/api/cases/stats/monthly?from=2026-01&to=2026-02").then().statusCode(200);
        for (String token : new String[] {Tokens.casemanager("VT"), Tokens.coordinator(), Tokens.ministry(),
                Tokens.admin(), Tokens.service()}) {
            as(token).body(AssessmentBuilder.assessment().build()).post("/api/triage/evaluate").then().statusCode(200);
        }
    }

    @Test
    void aServiceTokenReadsNoCaseNorWhoIsInvolved() {
        String id = Api.createCase(AssessmentBuilder.assessment().types("RAPE").with("summary", "Wil niet bellen"));
        for (String service : new String[] {"forecast-service", "capacity-service", "intake-service"}) {
            String token = Tokens.asService().subject(service).sign();
            as(token).get("/api/cases/" + id).then().statusCode(403).contentType("application/problem+json");
            as(token).get("/api/cases/" + id + "/parties").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        // intake and capacity ask with their user's token, and triage answers for that user.
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id + "/parties").then().statusCode(200)
                .body("leadOrganisation", equalTo("CSG"));
        as(Tokens.casemanager("VT")).get("/api/cases/" + id + "/parties").then().statusCode(404);
    }

    @Test
    void aSignedOutTokenIsRefused() {
        String token = Tokens.casemanager("CSG");
        as(token).get("/api/cases").then().statusCode(200);
        as(token).post("/api/session/sign-out").then().statusCode(204);
        as(token).get("/api/cases").then().statusCode(401).contentType("application/problem+json");
        as(Tokens.casemanager("CSG")).get("/api/cases").then().statusCode(200);
    }

    @Test
    void thePublicFrontDoorMayAskForAnEvaluationAndNothingElse() {
        as(Tokens.frontDoor()).body(AssessmentBuilder.assessment().build()).post("/api/triage/evaluate").then()
                .statusCode(200).body("leadOrganisation", notNullValue());
        as(Tokens.frontDoor()).get("/api/cases").then().statusCode(403).contentType("application/problem+json");
        as(Tokens.frontDoor()).body(AssessmentBuilder.assessment().asNewCase()).post("/api/cases").then()
                .statusCode(403);
        as(Tokens.frontDoor()).get("/api/rule-sets/active").then().statusCode(403);
        as(Tokens.frontDoor()).get("/api/caseloads").then().statusCode(403);
        as(Tokens.frontDoor()).get("/api/cases/stats/monthly?from=2026-01&to=2026-02").then().statusCode(403);
    }

    @Test
    void aForgedFrontDoorTokenCannotAskForAnEvaluation() {
        for (Map.Entry<String, String> forged : Forgeries.ofTheFrontDoor().entrySet()) {
            int status = given().auth().oauth2(forged.getValue()).contentType("application/json")
                    .body(AssessmentBuilder.assessment().build()).post("/api/triage/evaluate").then().extract()
                    .statusCode();
            assertEquals(401, status, forged.getKey());
        }
    }

    @Test
    void aValidationErrorIsProblemJsonNamingTheField() {
        as(Tokens.casemanager("CSG")).body(AssessmentBuilder.assessment().without("channel").build())
                .post("/api/triage/evaluate").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("channel"));
    }

    @Override
    protected List<String> documentedPaths() {
        return List.of("/api/triage/evaluate",
                "/api/cases",
                "/api/cases/{id}/accept",
                "/api/rule-sets",
                "/api/rule-sets/{version}/replay",
                "/api/caseloads",
                "/api/cases/stats/monthly");
    }

    @Override
    protected String aMeter() {
        return "http_server";
    }
}
