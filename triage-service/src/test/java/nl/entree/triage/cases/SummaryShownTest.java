package nl.entree.triage.cases;

import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * The summary is the person's own words: the organisations working on the case read it, coordinators route by the
 * coded fields without it, as intake shows contacts ("Who sees what" in docs/intake.md).
 */
@QuarkusTest
class SummaryShownTest {

    private static final String SAID = "Aangerand na het uitgaan, wil met een vrouw praten";

    @Test
    void theLeadAndTheSupportersReadTheSummaryACoordinatorDoesNot() {
        String id = Api.createCase(AssessmentBuilder.assessment().types("RAPE").region("VR13").with("summary", SAID));
        as(Tokens.coordinator()).body(Map.of("organisation", "SHN", "reason", "Juridische hulp gevraagd"))
                .post("/api/cases/" + id + "/supporters").then().statusCode(200)
                .body("assessment.summary", nullValue());

        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().statusCode(200)
                .body("leadOrganisation", equalTo("CSG"))
                .body("assessment.summary", equalTo(SAID));
        as(Tokens.casemanager("SHN")).get("/api/cases/" + id).then().statusCode(200)
                .body("assessment.summary", equalTo(SAID));
        for (String coordinator : List.of(Tokens.coordinator(), Tokens.coordinator("VR13"))) {
            as(coordinator).get("/api/cases/" + id).then().statusCode(200)
                    .body("assessment.incidentTypes", equalTo(List.of("RAPE")))
                    .body("assessment.region", equalTo("VR13"))
                    .body("assessment.consentToShare", equalTo(true))
                    .body("assessment.summary", nullValue());
        }
        // What a coordinator's change answers with is the case as they may see it.
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "SHN", "reason", "Beter passend"))
                .post("/api/cases/" + id + "/reassign").then().statusCode(200)
                .body("assessment.summary", nullValue());
        as(Tokens.casemanager("SHN")).get("/api/cases/" + id).then().statusCode(200)
                .body("leadOrganisation", equalTo("SHN"))
                .body("assessment.summary", equalTo(SAID));
    }
}
