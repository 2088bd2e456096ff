package nl.entree.intake.contacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.common.vocabulary.Region;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.intake.support.TriageStub;
import nl.entree.support.time.Eventually;
import nl.entree.support.token.Tokens;

/** Who sees which contact, and how much of it. The stub routes setting HOME to VT. */
@QuarkusTest
class ContactVisibilityTest {

    private static final String SHN = Tokens.casemanager(Organisation.SHN);
    private static final String VT = Tokens.casemanager(Organisation.VT);
    private static final String FIER = Tokens.casemanager(Organisation.FIER);

    @Test
    void anotherOrganisationGets404AsForAMissingContact() {
        String id = ContactBuilder.contact().identified("Robin", "0612345678", null).register(SHN);

        given().auth().oauth2(FIER).when().get("/api/contacts/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(FIER).when().get("/api/contacts/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(FIER).queryParam("size", 100).when().get("/api/contacts")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void theLeadOrganisationSeesTheContactOnceRoutedAndDetailsOnlyWithConsent() {
        String withConsent = ContactBuilder.contact().with("setting", "HOME").with("consentToShare", true)
                .with("summary", "Needs a safe place.")
                .identified("Robin", "0612345678", "robin@example.org").clientCode(ContactBuilder.uniqueCode())
                .register(SHN);
        String withoutConsent = ContactBuilder.contact().with("setting", "HOME").with("consentToShare", false)
                .identified("Kim", "0687654321", null).register(SHN);
        awaitRouted(SHN, withConsent);
        awaitRouted(SHN, withoutConsent);

        given().auth().oauth2(SHN).when().get("/api/contacts/" + withConsent)
                .then().statusCode(200)
                .body("status", equalTo("ROUTED"))
                .body("routing.leadOrganisation", equalTo("VT"))
                .body("routing.priority", equalTo("NORMAL"))
                .body("routing.respondBy", equalTo("2030-01-01T00:00:00Z"))
                .body("routing.caseId", notNullValue())
                // Stored as a keyed hash only: shown in the answer to the registration, never after.
                .body("clientCode", nullValue());

        given().auth().oauth2(VT).when().get("/api/contacts/" + withConsent)
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("contact.phone", equalTo("0612345678"))
                .body("summary", equalTo("Needs a safe place."))
                .body("clientCode", nullValue());
        given().auth().oauth2(VT).when().get("/api/contacts/" + withoutConsent)
                .then().statusCode(200)
                .body("contact", nullValue())
                .body("reference", notNullValue());
        // Registered by SHN and routed to VT: the registering organisation keeps the details regardless.
        given().auth().oauth2(SHN).when().get("/api/contacts/" + withoutConsent)
                .then().statusCode(200).body("contact.phone", equalTo("0687654321"));
        given().auth().oauth2(VT).queryParam("status", "ROUTED").queryParam("size", 100).when().get("/api/contacts")
                .then().statusCode(200).body("items.id", hasItem(withConsent));
    }

    /** Not a 503 "try again shortly": no retry makes triage take a token it has refused. */
    @Test
    void aTokenTriageRefusesIsRefusedAsTriageSaidNotCalledUnavailable() {
        String id = ContactBuilder.contact().with("setting", "HOME").register(SHN);
        awaitRouted(VT, id);

        given().auth().oauth2(Tokens.as("casemanager").org(Organisation.VT).subject(TriageStub.SIGNED_OUT_AT_TRIAGE)
                .sign()).when().get("/api/contacts/" + id).then().statusCode(401);
        given().auth().oauth2(Tokens.as("casemanager").org(Organisation.VT).subject(TriageStub.REFUSED_BY_TRIAGE)
                .sign()).when().get("/api/contacts/" + id).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void coordinatorsSeeTheAssessmentButNeitherDetailsNorFreeText() {
        String id = ContactBuilder.contact().with("region", "VR05").with("summary", "free text")
                .identified("Robin", "0612345678", null).register(SHN);

        given().auth().oauth2(Tokens.coordinator()).when().get("/api/contacts/" + id)
                .then().statusCode(200)
                .body("region", equalTo("VR05"))
                .body("contact", nullValue())
                .body("summary", nullValue());
        given().auth().oauth2(Tokens.coordinator(Region.VR05)).when().get("/api/contacts/" + id)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.coordinator(Region.VR13)).when().get("/api/contacts/" + id)
                .then().statusCode(404);
    }

    @Test
    void ministriesAndAdminsReadNoContacts() {
        String id = ContactBuilder.contact().register(SHN);
        given().auth().oauth2(Tokens.ministry()).when().get("/api/contacts/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).when().get("/api/contacts").then().statusCode(403);
    }

    @Test
    void aClientCodeFindsEarlierContactsWithinTheOrganisationOnly() {
        String code = ContactBuilder.uniqueCode();
        String first = ContactBuilder.contact().clientCode(code).receivedAt(Instant.now().minus(20, ChronoUnit.DAYS))
                .register(SHN);
        String second = ContactBuilder.contact().clientCode(code).register(SHN);
        String elsewhere = ContactBuilder.contact().clientCode(code).register(FIER);

        ContactBuilder.search(SHN, code).statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(second, first));
        ContactBuilder.search(FIER, code).statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(elsewhere));
    }

    @Test
    void searchFiltersByDateAndPages() {
        String code = ContactBuilder.uniqueCode();
        ContactBuilder.contact().clientCode(code).receivedAt(Instant.parse("2021-05-10T10:00:00Z")).register(SHN);
        ContactBuilder.contact().clientCode(code).receivedAt(Instant.parse("2021-05-20T10:00:00Z")).register(SHN);
        ContactBuilder.contact().clientCode(code).receivedAt(Instant.parse("2021-06-20T10:00:00Z")).register(SHN);

        ContactBuilder.search(SHN, new ContactSearchRequest(null, "2021-05-01", "2021-05-31", code, null, null, 1))
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.size()", equalTo(1))
                .body("items[0].receivedAt", equalTo("2021-05-20T10:00:00Z"));
        given().auth().oauth2(SHN).queryParam("from", "May 2021").when().get("/api/contacts")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        ContactBuilder.search(SHN, new ContactSearchRequest(null, null, null, code, null, null, 0)).statusCode(400)
                .body("violations[0].field", equalTo("size"));
        // A pseudonym in a URL would end up in proxy and access logs: refused, and nothing is searched.
        given().auth().oauth2(SHN).queryParam("clientCode", code).when().get("/api/contacts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("clientCode"));
        given().auth().oauth2(SHN).queryParam("status", "LOST").when().get("/api/contacts")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(SHN).queryParam("size", 1000).when().get("/api/contacts")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    static void awaitRouted(String token, String id) {
        Eventually.await("contact " + id + " routed", Duration.ofSeconds(30), () -> "ROUTED".equals(
                given().auth().oauth2(token).when().get("/api/contacts/" + id).then().extract().path("status")));
    }
}
