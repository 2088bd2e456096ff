package nl.entree.intake.contacts;

import static io.restassured.RestAssured.given;
import static nl.entree.intake.contacts.ContactVisibilityTest.awaitRouted;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.support.time.Eventually;
import nl.entree.support.token.Tokens;

/**
 * A casemanager whose token carries a region sees their organisation's contacts in that region and those whose region
 * nobody knows, as triage shows them the cases. Regions VR01 and VR02 belong to this test alone. The stub routes
 * setting HOME to VT, the rest to CSG.
 */
@QuarkusTest
class CasemanagerRegionTest {

    private static final String VT = Tokens.casemanager(Organisation.VT);
    private static final String SHN = Tokens.casemanager(Organisation.SHN);

    private static String vt(String region, String subject) {
        return Tokens.as("casemanager").org(Organisation.VT).region(region).subject(subject).sign();
    }

    @Test
    void theRegisteringOrganisationSeesItsContactsInTheRegionAndThoseOfNoKnownRegionOnly() {
        String code = ContactBuilder.uniqueCode();
        String here = ContactBuilder.contact().with("region", "VR01").identified("Robin", "0612345678", null)
                .clientCode(code).register(VT);
        String elsewhere = ContactBuilder.contact().with("region", "VR02").identified("Kim", "0687654321", null)
                .clientCode(code).register(VT);
        String unknown = ContactBuilder.contact().with("region", null).clientCode(code).register(VT);
        String vr01 = vt("VR01", "vt-vr01-registrant");

        given().auth().oauth2(vr01).when().get("/api/contacts/" + here).then().statusCode(200)
                .body("contact.phone", equalTo("0612345678"));
        given().auth().oauth2(vr01).when().get("/api/contacts/" + unknown).then().statusCode(200);
        given().auth().oauth2(vr01).when().get("/api/contacts/" + elsewhere).then().statusCode(404)
                .contentType("application/problem+json");
        ContactBuilder.search(vr01, code).statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", containsInAnyOrder(here, unknown));
        given().auth().oauth2(vr01).queryParam("size", 100).when().get("/api/contacts").then().statusCode(200)
                .body("items.id", not(hasItem(elsewhere)))
                .body("items.region", everyItem(anyOf(equalTo("VR01"), nullValue())));
        ContactBuilder.search(VT, code).statusCode(200).body("total", equalTo(3));

        // Audited as a contact of another organisation is: not found.
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", elsewhere).when().get("/api/audit").then()
                .statusCode(200)
                .body("findAll { it.actor == 'vt-vr01-registrant' }.action", contains("READ"))
                .body("findAll { it.actor == 'vt-vr01-registrant' }.result", contains("NOT_FOUND"));
    }

    @Test
    void theLeadsCasemanagerBoundToAnotherRegionGetsNeitherTheContactNorItsDetails() {
        String routed = ContactBuilder.contact().with("setting", "HOME").with("region", "VR02")
                .with("consentToShare", true).identified("Robin", "0612345678", null).register(SHN);
        awaitRouted(SHN, routed);

        given().auth().oauth2(vt("VR02", "vt-vr02-lead")).when().get("/api/contacts/" + routed).then()
                .statusCode(200).body("contact.phone", equalTo("0612345678"));
        String vr01 = vt("VR01", "vt-vr01-lead");
        given().auth().oauth2(vr01).when().get("/api/contacts/" + routed).then().statusCode(404);
        given().auth().oauth2(vr01).queryParam("status", "ROUTED").queryParam("size", 100).when()
                .get("/api/contacts").then().statusCode(200).body("items.id", not(hasItem(routed)));
    }

    @Test
    void theSameRegistrationSentAgainIsAnsweredAsTheFirstAlsoOutsideTheRegion() {
        String vr01 = vt("VR01", "vt-vr01-twice");
        ContactBuilder contact = ContactBuilder.contact().with("region", "VR02")
                .identified("Robin", "0612345678", null);
        String key = UUID.randomUUID().toString();
        String id = contact.post(vr01, key).then().statusCode(201).extract().path("id");

        contact.post(vr01, key).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id))
                .body("contact.phone", equalTo("0612345678"));
    }

    /**
     * A caller from VR02 on a VR01 casemanager's line: the saved contact's page, read right after registering, and the
     * list show it to them; a colleague bound to VR01 reads it nowhere.
     */
    @Test
    void whoRegisteredAContactForAnotherRegionStillReadsItAndTheirColleaguesDoNot() {
        String code = ContactBuilder.uniqueCode();
        String registrant = vt("VR01", "vt-vr01-registers-elsewhere");
        String id = ContactBuilder.contact().with("region", "VR02").identified("Robin", "0612345678", null)
                .clientCode(code).register(registrant);

        given().auth().oauth2(registrant).when().get("/api/contacts/" + id).then().statusCode(200)
                .body("contact.phone", equalTo("0612345678"));
        ContactBuilder.search(registrant, code).statusCode(200).body("items.id", contains(id));
        String colleague = vt("VR01", "vt-vr01-colleague");
        given().auth().oauth2(colleague).when().get("/api/contacts/" + id).then().statusCode(404);
        ContactBuilder.search(colleague, code).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aQuestionFromTheFrontDoorIsListedReadAndAnsweredInItsRegionOnly() {
        given().auth().oauth2(Tokens.frontDoor()).contentType(ContentType.JSON)
                .body(Map.of("question", "Telt het ook als het iemand was die ik ken?", "callerRole", "VICTIM",
                        "incidentTypes", List.of("SEXUAL_ASSAULT"), "timeSinceIncident", "MORE_THAN_7_DAYS",
                        "victimAgeGroup", "ADULT", "region", "VR02"))
                .when().post("/api/questions").then().statusCode(201);
        String vr02 = Tokens.as("casemanager").org(Organisation.CSG).region("VR02").sign();
        String openInVr02 = "items.findAll { it.region == 'VR02' }.contactId";
        Eventually.await("the question routed to CSG", Duration.ofSeconds(30), () -> !given().auth().oauth2(vr02)
                .queryParam("size", 100).when().get("/api/questions").then().extract().jsonPath()
                .getList(openInVr02).isEmpty());
        String id = given().auth().oauth2(vr02).queryParam("size", 100).when().get("/api/questions").then()
                .statusCode(200).extract().jsonPath().getList(openInVr02, String.class).get(0);

        String vr01 = Tokens.as("casemanager").org(Organisation.CSG).region("VR01").sign();
        given().auth().oauth2(vr01).queryParam("size", 100).when().get("/api/questions").then().statusCode(200)
                .body("items.contactId", not(hasItem(id)));
        given().auth().oauth2(vr01).when().get("/api/questions/" + id).then().statusCode(404);
        given().auth().oauth2(vr01).contentType(ContentType.JSON).body(Map.of("answer", "Ja, dat telt."))
                .when().put("/api/questions/" + id + "/answer").then().statusCode(404);
        given().auth().oauth2(vr02).when().get("/api/questions/" + id).then().statusCode(200)
                .body("answer", nullValue());
    }

    @Test
    void aCasemanagersRegionClaimThatIsNotExactlyOneRegionCodeIsRefusedInsteadOfMeaningEveryRegion() {
        String id = ContactBuilder.contact().with("region", "VR01").register(VT);
        for (Object claim : List.of("vr01", List.of("VR01"), "VR26")) {
            String token = Tokens.as("casemanager").org(Organisation.VT).region(claim).sign();
            given().auth().oauth2(token).when().get("/api/contacts").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).when().get("/api/contacts/" + id).then().statusCode(403);
        }
    }
}
