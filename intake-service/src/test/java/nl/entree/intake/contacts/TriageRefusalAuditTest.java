package nl.entree.intake.contacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.intake.support.TriageRefusal;
import nl.entree.support.token.Tokens;

/**
 * Every read of a contact is in its trail, also one that failed because triage refused the caller or could not be
 * asked who is involved in the case: in a list as well as alone, and a 401 from triage as well as a 403 or a 503. The
 * caller's answer stays what triage's refusal makes it. The stub routes setting ONLINE to HELPWANTED.
 */
@QuarkusTest
class TriageRefusalAuditTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);

    /** Registered by CSG and routed to HELPWANTED, so that HELPWANTED's reads ask triage. */
    private static String routedToHelpwanted(ContactBuilder contact) {
        String id = contact.with("setting", "ONLINE").register(CSG);
        ContactVisibilityTest.awaitRouted(CSG, id);
        return id;
    }

    @ParameterizedTest
    @EnumSource(TriageRefusal.class)
    void aListTriageRefusesIsAuditedForTheContactTriageWasAskedAbout(TriageRefusal refusal) {
        // A day of its own for each refusal, on which no other test registers: the list holds this contact only.
        String day = LocalDate.of(2012, 8, 13).plusDays(refusal.ordinal()).toString();
        String id = routedToHelpwanted(ContactBuilder.contact().receivedAt(Instant.parse(day + "T10:00:00Z")));

        refusal.during(() -> given().auth().oauth2(refusal.token(Organisation.HELPWANTED))
                .queryParam("from", day).queryParam("to", day).when().get("/api/contacts")
                .then().statusCode(refusal.status).contentType("application/problem+json"));

        trailOf(id)
                .body(byActor(refusal) + ".action", contains("LIST"))
                .body(byActor(refusal) + ".result", contains(refusal.auditResult));
    }

    /** A token signed out at triage while intake did not hear of it: refused there, and so in the trail here. */
    @Test
    void aReadTriageRefusesWith401IsAuditedAsForbidden() {
        TriageRefusal refusal = TriageRefusal.SIGNED_OUT;
        String id = routedToHelpwanted(ContactBuilder.contact());

        given().auth().oauth2(refusal.token(Organisation.HELPWANTED)).when().get("/api/contacts/" + id)
                .then().statusCode(401).contentType("application/problem+json");

        trailOf(id)
                .body(byActor(refusal) + ".action", contains("READ"))
                .body(byActor(refusal) + ".result", contains("FORBIDDEN"))
                .body(byActor(refusal) + ".actorOrganisation", contains("HELPWANTED"));
    }

    private static ValidatableResponse trailOf(String id) {
        return given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200);
    }

    private static String byActor(TriageRefusal refusal) {
        return "findAll { it.actor == '" + refusal.subject + "' }";
    }
}
