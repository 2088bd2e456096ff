package nl.entree.capacity.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.capacity.support.FutureDates;
import nl.entree.capacity.support.TriageStub;
import nl.entree.common.vocabulary.CaseType;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.audit.AuditRecords;
import nl.entree.support.token.Tokens;

@QuarkusTest
class AuditTrailTest {

    @Inject
    DataSource db;

    private static String bookHours(UUID caseId, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId.toString(), "caseType", "CVSN_CASE", "minutes", 30,
                        "date", LocalDate.now().minusDays(1).toString(), "activity", "CASEMANAGEMENT"))
                .when().post("/api/time-entries")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void hoursBookedOnACaseAndEveryReadOfThemAreInTheCasesTrail() {
        UUID caseId = TriageStub.newCase(Organisation.CVSN, CaseType.CVSN_CASE);
        String booker = Tokens.as("casemanager").org("CVSN").subject("cm-cvsn-books").sign();
        String entry = bookHours(caseId, booker);
        given().auth().oauth2(booker).when().get("/api/time-entries/" + entry).then().statusCode(200);
        given().auth().oauth2(Tokens.as("casemanager").org("FIER").subject("cm-fier-looks").sign())
                .when().get("/api/time-entries/" + entry).then().statusCode(404);

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", caseId.toString()).when().get("/api/audit")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("action", contains("TIME_ENTRY_REGISTER", "TIME_ENTRY_READ", "TIME_ENTRY_READ"))
                .body("actor", contains("cm-cvsn-books", "cm-cvsn-books", "cm-fier-looks"))
                .body("actorRole", contains("casemanager", "casemanager", "casemanager"))
                .body("actorOrganisation", contains("CVSN", "CVSN", "FIER"))
                .body("objectType", contains("case", "case", "case"))
                .body("result", contains("OK", "OK", "NOT_FOUND"));
    }

    @Test
    void hoursRefusedOnACaseTheCallerMayNotSeeAreRecordedToo() {
        UUID caseId = TriageStub.newCase(Organisation.CSG, CaseType.CSG_ACUTE);
        given().auth().oauth2(Tokens.as("casemanager").org("CVSN").subject("cm-cvsn-tries").sign())
                .contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId.toString(), "caseType", "CSG_ACUTE", "minutes", 30,
                        "date", LocalDate.now().minusDays(1).toString(), "activity", "CASEMANAGEMENT"))
                .when().post("/api/time-entries")
                .then().statusCode(404);

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", caseId.toString()).when().get("/api/audit")
                .then().statusCode(200)
                .body("action", contains("TIME_ENTRY_REGISTER"))
                .body("actor", contains("cm-cvsn-tries"))
                .body("result", contains("NOT_FOUND"));
    }

    @Test
    void aNewNormVersionIsRecordedWithWhoRegisteredIt() {
        given().auth().oauth2(Tokens.as("coordinator").subject("coordinator-norms").sign())
                .contentType(ContentType.JSON)
                .body(Map.of("lowHours", 11, "expectedHours", 12, "highHours", 13, "source", "audit test",
                        "validFrom", FutureDates.next().toString()))
                .when().put("/api/norms/CSG/CSG_ACUTE")
                .then().statusCode(200);

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "CSG_ACUTE").when().get("/api/audit")
                .then().statusCode(200)
                .body("find { it.actor == 'coordinator-norms' }.action", equalTo("NORM_REGISTER"))
                .body("find { it.actor == 'coordinator-norms' }.actorRole", equalTo("coordinator"))
                .body("find { it.actor == 'coordinator-norms' }.objectType", equalTo("norm"));
    }

    @Test
    void readingTheAuditTrailIsItselfRecorded() {
        UUID caseId = TriageStub.newCase(Organisation.CVSN, CaseType.CVSN_CASE);
        bookHours(caseId, Tokens.casemanager("CVSN"));
        String admin = Tokens.as("admin").subject("privacy-officer-capacity").sign();
        given().auth().oauth2(admin).queryParam("objectId", caseId.toString()).when().get("/api/audit")
                .then().statusCode(200).body("action", contains("TIME_ENTRY_REGISTER"));

        given().auth().oauth2(admin).queryParam("objectId", caseId.toString()).when().get("/api/audit")
                .then().statusCode(200)
                .body("action", contains("TIME_ENTRY_REGISTER", "AUDIT_READ"))
                .body("[1].actor", equalTo("privacy-officer-capacity"))
                .body("[1].objectType", equalTo("audit-trail"));
    }

    @Test
    void theChainIsIntactAndAnEditInTheDatabaseIsTheFirstBrokenLink() {
        UUID caseId = TriageStub.newCase(Organisation.CVSN, CaseType.CVSN_CASE);
        bookHours(caseId, Tokens.casemanager("CVSN"));
        long booked = AuditRecords.newest(db, caseId.toString(), "TIME_ENTRY_REGISTER");

        AuditRecords.assertAnEditIsTheFirstBrokenLink(db, booked, Tokens.admin());
    }

    @Test
    void onlyAdminsReadOrCheckTheAuditTrail() {
        given().auth().oauth2(Tokens.coordinator()).queryParam("objectId", "x").when().get("/api/audit")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/audit/chain").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).when().get("/api/audit/chain").then().statusCode(200)
                .body("intact", is(true));
    }
}
