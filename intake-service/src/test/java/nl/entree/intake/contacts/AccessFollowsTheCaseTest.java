package nl.entree.intake.contacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.intake.support.StubControl;
import nl.entree.support.token.Tokens;

/**
 * Who sees a contact follows triage's current lead and supporters, not the routing intake once heard of. The stub
 * routes setting ONLINE to HELPWANTED with SHN supporting, and moves a case when told to.
 */
@QuarkusTest
class AccessFollowsTheCaseTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);
    private static final String HELPWANTED = Tokens.casemanager(Organisation.HELPWANTED);
    private static final String SHN = Tokens.casemanager(Organisation.SHN);

    private static String registeredByCsgAndRoutedToHelpwanted() {
        String id = ContactBuilder.contact().with("setting", "ONLINE").with("consentToShare", true)
                .with("summary", "Images shared without consent.")
                .identified("Robin", "0612345678", null).register(CSG);
        ContactVisibilityTest.awaitRouted(CSG, id);
        return id;
    }

    @Test
    void afterADeclineAndAReassignmentTheOldLeadLosesTheContactAndTheNewLeadGetsIt() {
        String id = registeredByCsgAndRoutedToHelpwanted();
        given().auth().oauth2(HELPWANTED).when().get("/api/contacts/" + id)
                .then().statusCode(200).body("contact.phone", equalTo("0612345678"));
        // A supporter sees the case, but contact details go to the lead only.
        given().auth().oauth2(SHN).when().get("/api/contacts/" + id)
                .then().statusCode(200)
                .body("summary", equalTo("Images shared without consent."))
                .body("contact", nullValue());

        StubControl.reassign(id, "SHN");

        given().auth().oauth2(HELPWANTED).when().get("/api/contacts/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(HELPWANTED).queryParam("size", 100).when().get("/api/contacts")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(SHN).when().get("/api/contacts/" + id)
                .then().statusCode(200)
                .body("contact.phone", equalTo("0612345678"))
                .body("summary", equalTo("Images shared without consent."))
                .body("routing.leadOrganisation", equalTo("SHN"));
        given().auth().oauth2(SHN).queryParam("size", 100).when().get("/api/contacts")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(CSG).when().get("/api/contacts/" + id)
                .then().statusCode(200).body("contact.phone", equalTo("0612345678"));
    }

    @Test
    void whenTriageCannotSayWhoIsInvolvedTheAnswerIs503NeverAGuess() {
        String id = registeredByCsgAndRoutedToHelpwanted();
        StubControl.mode("UNAVAILABLE");
        try {
            given().auth().oauth2(HELPWANTED).when().get("/api/contacts/" + id)
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"));
            // The registering organisation needs no answer from triage.
            given().auth().oauth2(CSG).when().get("/api/contacts/" + id)
                    .then().statusCode(200).body("contact.phone", equalTo("0612345678"));
        } finally {
            StubControl.mode("UP");
        }
        given().auth().oauth2(HELPWANTED).when().get("/api/contacts/" + id)
                .then().statusCode(200);
    }
}
