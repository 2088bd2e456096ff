package nl.entree.intake.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.support.audit.AuditRecords;
import nl.entree.support.token.Tokens;

@QuarkusTest
class AuditTest {

    @Inject
    DataSource db;

    @Test
    void everyReadAndWriteOfAContactIsRecorded() {
        String creator = Tokens.as("casemanager").org(Organisation.FIER).subject("cm-fier-1").sign();
        String outsider = Tokens.as("casemanager").org(Organisation.CVSN).subject("cm-cvsn-1").sign();
        String id = ContactBuilder.contact().identified("Lou", "0611111111", null).register(creator);
        given().auth().oauth2(creator).when().get("/api/contacts/" + id).then().statusCode(200);
        given().auth().oauth2(outsider).when().get("/api/contacts/" + id).then().statusCode(404);

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id)
                .when().get("/api/audit")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("findAll { it.actor == 'cm-fier-1' }.action", hasItems("CREATE", "READ"))
                .body("find { it.actor == 'cm-fier-1' && it.action == 'CREATE' }.result", equalTo("OK"))
                .body("find { it.actor == 'cm-fier-1' }.actorOrganisation", equalTo("FIER"))
                .body("find { it.actor == 'cm-fier-1' }.actorRole", equalTo("casemanager"))
                .body("find { it.actor == 'cm-cvsn-1' }.action", equalTo("READ"))
                .body("find { it.actor == 'cm-cvsn-1' }.result", equalTo("NOT_FOUND"))
                .body("find { it.actor == 'cm-cvsn-1' }.actorOrganisation", equalTo("CVSN"))
                .body("objectType", everyItem(equalTo("contact")))
                .body("at", everyItem(matchesPattern(".*Z$")))
                .body("size()", greaterThanOrEqualTo(3));
    }

    @Test
    void readingTheAuditTrailIsItselfRecorded() {
        String token = Tokens.casemanager(Organisation.FIER);
        String id = ContactBuilder.contact().register(token);
        String admin = Tokens.as("admin").subject("privacy-officer-1").sign();
        given().auth().oauth2(admin).queryParam("objectId", id).when().get("/api/audit").then().statusCode(200)
                .body("findAll { it.action == 'AUDIT_READ' }", empty());

        given().auth().oauth2(admin).queryParam("objectId", id).when().get("/api/audit").then().statusCode(200)
                .body("findAll { it.action == 'AUDIT_READ' }.actor", contains("privacy-officer-1"))
                .body("find { it.action == 'AUDIT_READ' }.actorRole", equalTo("admin"))
                .body("find { it.action == 'AUDIT_READ' }.actorOrganisation", nullValue())
                .body("find { it.action == 'AUDIT_READ' }.objectType", equalTo("audit-trail"));
    }

    @Test
    void listingWritesARecordPerContactShown() {
        String token = Tokens.as("casemanager").org(Organisation.FIER).subject("cm-fier-2").sign();
        String code = ContactBuilder.uniqueCode();
        String id = ContactBuilder.contact().clientCode(code).register(token);
        ContactBuilder.search(token, code).statusCode(200);

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200)
                .body("find { it.action == 'LIST' }.actor", equalTo("cm-fier-2"));
    }

    @Test
    void aSearchByClientCodeIsRecordedWhateverItFindsWithoutTheCode() {
        String casemanager = Tokens.as("casemanager").org(Organisation.FIER).subject("cm-fier-searcher").sign();
        String coordinator = Tokens.as("coordinator").subject("coordinator-searcher").sign();
        given().auth().oauth2(casemanager).contentType("application/json").body("{\"clientCode\":\"NOBODY-42\"}")
                .when().post("/api/contacts/search").then().statusCode(200).body("items", empty());
        given().auth().oauth2(coordinator).contentType("application/json").body("{\"clientCode\":\"NOBODY-42\"}")
                .when().post("/api/contacts/search").then().statusCode(400);

        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "client-code-searches").when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.actor == 'cm-fier-searcher' }.result", contains("NOT_FOUND"))
                .body("findAll { it.actor == 'coordinator-searcher' }.action", contains("SEARCH_CLIENT_CODE"))
                .body("findAll { it.actor == 'coordinator-searcher' }.result", contains("INVALID"))
                .body(not(containsString("NOBODY-42")));
    }

    @Test
    void theChainOfRecordsIsIntactAndCheckingItIsRecorded() {
        ContactBuilder.contact().register(Tokens.casemanager(Organisation.FIER));
        String admin = Tokens.as("admin").subject("privacy-officer-2").sign();
        given().auth().oauth2(admin).when().get("/api/audit/chain").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("intact", is(true))
                .body("recordsChecked", greaterThanOrEqualTo(1))
                .body("firstBrokenLink", nullValue());
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", "chain").when().get("/api/audit")
                .then().statusCode(200)
                .body("find { it.actor == 'privacy-officer-2' }.action", equalTo("AUDIT_VERIFY"));
    }

    @Test
    void aRecordEditedInTheDatabaseIsReportedAsTheFirstBrokenLink() {
        String id = ContactBuilder.contact().register(Tokens.casemanager(Organisation.FIER));
        long created = AuditRecords.newest(db, id, "CREATE");

        AuditRecords.assertAnEditIsTheFirstBrokenLink(db, created, Tokens.admin());
    }

    @Test
    void onlyAdminsReadOrCheckTheAuditTrailAndTheyNameTheObject() {
        given().auth().oauth2(Tokens.casemanager(Organisation.FIER)).queryParam("objectId", "x")
                .when().get("/api/audit").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/audit/chain").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).when().get("/api/audit")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("objectId"));
    }
}
