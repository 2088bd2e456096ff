package nl.entree.triage.cases;

import static nl.entree.triage.Api.accept;
import static nl.entree.triage.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import nl.entree.support.token.Tokens;
import nl.entree.triage.Api;
import nl.entree.triage.AssessmentBuilder;

/**
 * Issue 17: supporting organisations acknowledge their part; coordinators add and remove them with a reason. Region
 * VR14 belongs to this test alone.
 */
@QuarkusTest
class SupporterTest {

    /** Rape long ago with a legal need: CSG leads, SHN supports. */
    private static String csgCaseSupportedByShn() {
        return Api.createCase(AssessmentBuilder.assessment().types("RAPE").needs("LEGAL").region("VR14"));
    }

    private static ValidatableResponse add(String id, String org, String reason) {
        return as(Tokens.coordinator()).body(reason == null ? Map.of("organisation", org)
                : Map.of("organisation", org, "reason", reason)).post("/api/cases/" + id + "/supporters").then();
    }

    @Test
    void aSupporterAcknowledgesItsPartOnceAndTheHistorySaysSo() {
        String id = csgCaseSupportedByShn();
        as(Tokens.casemanager("SHN")).get("/api/cases/" + id).then().statusCode(200)
                .body("supporters.organisation", contains("SHN"))
                .body("supporters[0].since", notNullValue())
                .body("supporters[0].acknowledgedAt", nullValue());
        as(Tokens.casemanager("SHN")).post("/api/cases/" + id + "/supporters/acknowledge").then().statusCode(200)
                .body("supporters[0].acknowledgedAt", notNullValue())
                .body("history[-1].event", equalTo("SUPPORT_ACKNOWLEDGED"))
                .body("history[-1].supporter", equalTo("SHN"))
                .body("history[-1].actorOrganisation", equalTo("SHN"))
                .body("status", equalTo("OFFERED"));
        as(Tokens.casemanager("SHN")).post("/api/cases/" + id + "/supporters/acknowledge").then().statusCode(409)
                .contentType("application/problem+json");
        as(Tokens.casemanager("CSG")).post("/api/cases/" + id + "/supporters/acknowledge").then().statusCode(403);
        as(Tokens.casemanager("FIER")).post("/api/cases/" + id + "/supporters/acknowledge").then().statusCode(404);
    }

    @Test
    void aCoordinatorAddsAndRemovesASupporterWithAReasonAndAccessFollows() {
        String id = csgCaseSupportedByShn();
        as(Tokens.casemanager("FIER")).get("/api/cases/" + id).then().statusCode(404);
        add(id, "FIER", "Jonge vrouw, uitbuiting niet uitgesloten").statusCode(200)
                .body("supportingOrganisations", hasItem("FIER"))
                .body("history[-1].event", equalTo("SUPPORTER_ADDED"))
                .body("history[-1].supporter", equalTo("FIER"))
                .body("history[-1].reason", equalTo("Jonge vrouw, uitbuiting niet uitgesloten"));
        as(Tokens.casemanager("FIER")).get("/api/cases/" + id).then().statusCode(200);
        as(Tokens.casemanager("FIER")).get("/api/cases?region=VR14&size=200").then().body("items.id", hasItem(id));

        add(id, "FIER", "Nog een keer").statusCode(409);
        add(id, "CSG", "De hoofdorganisatie zelf").statusCode(400).body("violations.field", hasItem("organisation"));
        add(id, "SHN", null).statusCode(400).body("violations.field", hasItem("reason"));
        add(id, "NOBODY", "Onbekend").statusCode(400).contentType("application/problem+json");
        as(Tokens.casemanager("CSG")).body(Map.of("organisation", "VT", "reason", "x"))
                .post("/api/cases/" + id + "/supporters").then().statusCode(403);

        as(Tokens.coordinator()).body(Map.of("reason", "Geen uitbuiting"))
                .post("/api/cases/" + id + "/supporters/FIER/remove").then().statusCode(200)
                .body("supportingOrganisations", not(hasItem("FIER")))
                .body("history[-1].event", equalTo("SUPPORTER_REMOVED"));
        as(Tokens.casemanager("FIER")).get("/api/cases/" + id).then().statusCode(404);
        as(Tokens.coordinator()).body(Map.of("reason", "Nogmaals"))
                .post("/api/cases/" + id + "/supporters/FIER/remove").then().statusCode(404);
        as(Tokens.coordinator()).body(Map.of("reason", "x"))
                .post("/api/cases/" + id + "/supporters/NOBODY/remove").then().statusCode(400)
                .body("violations.field", hasItem("organisation"));
    }

    @Test
    void aReassignmentMayKeepTheEarlierLeadAsASupporter() {
        String id = csgCaseSupportedByShn();
        accept(id, "CSG").statusCode(200);
        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "SHN", "reason", "Juridische steun eerst",
                "keepPreviousLeadAsSupporter", true)).post("/api/cases/" + id + "/reassign").then().statusCode(200)
                .body("leadOrganisation", equalTo("SHN"))
                .body("supporters.organisation", contains("CSG"))
                .body("history[-2].fromLead", equalTo("CSG"))
                .body("history[-2].toLead", equalTo("SHN"))
                .body("history[-1].event", equalTo("SUPPORTER_ADDED"))
                .body("history[-1].supporter", equalTo("CSG"));
        as(Tokens.casemanager("CSG")).get("/api/cases/" + id).then().statusCode(200);

        as(Tokens.coordinator()).body(Map.of("leadOrganisation", "VT", "reason", "Huiselijke situatie"))
                .post("/api/cases/" + id + "/reassign").then().statusCode(200)
                .body("supporters.organisation", contains("CSG"));
    }

    @Test
    void aClosedCaseTakesNoNewSupporter() {
        String id = csgCaseSupportedByShn();
        accept(id, "CSG").statusCode(200);
        Api.close(id, Tokens.casemanager("CSG"), "Afgerond").statusCode(200);
        add(id, "FIER", "Te laat").statusCode(409);
        as(Tokens.casemanager("SHN")).post("/api/cases/" + id + "/supporters/acknowledge").then().statusCode(409);
        as(Tokens.coordinator()).get("/api/cases/" + id).then().body("supporters.organisation", contains("SHN"));
    }
}
