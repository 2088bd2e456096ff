package nl.entree.intake.contacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import nl.entree.common.time.DutchTime;
import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.support.token.Tokens;

@QuarkusTest
class ContactRegistrationTest {

    private static final String CSG = Tokens.casemanager(Organisation.CSG);
    private static final String REFERENCE = "GE-\\d{4}-\\d{6}";

    @ParameterizedTest
    @EnumSource(value = Channel.class, mode = EnumSource.Mode.EXCLUDE, names = "WEB_QUESTION")
    void registersAnAnonymousContactOnEveryChannel(Channel channel) {
        Response response = ContactBuilder.contact().with("channel", channel.name()).post(CSG);

        response.then().statusCode(201)
                .header("Location", containsString("/api/contacts/"))
                .header("Cache-Control", "no-store")
                .body("id", notNullValue())
                .body("reference", matchesPattern(REFERENCE))
                .body("channel", equalTo(channel.name()))
                .body("anonymous", is(true))
                .body("registeredBy", equalTo("CSG"))
                .body("status", oneOf("RECEIVED", "ROUTED"))
                .body("contact", nullValue());
        String id = response.path("id");
        response.then().header("Location", endsWith("/api/contacts/" + id));

        given().auth().oauth2(CSG).when().get("/api/contacts/" + id)
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("channel", equalTo(channel.name()))
                .body("contact", nullValue());
    }

    @Test
    void aProfessionalCannotRegisterAContactAsAQuestionFromTheFrontDoor() {
        ContactBuilder.contact().with("channel", "WEB_QUESTION").post(CSG).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("channel"));
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, mode = EnumSource.Mode.EXCLUDE, names = "WEB_QUESTION")
    void registersAnIdentifiedContactOnEveryChannel(Channel channel) {
        Response response = ContactBuilder.contact().with("channel", channel.name())
                .identified("Sam de Vries", "+31 6 1234 5678", "sam@example.org")
                .post(CSG);

        response.then().statusCode(201)
                .body("anonymous", is(false))
                .body("contact.name", equalTo("Sam de Vries"))
                .body("contact.phone", equalTo("+31 6 1234 5678"))
                .body("contact.email", equalTo("sam@example.org"));

        given().auth().oauth2(CSG).when().get("/api/contacts/" + response.path("id"))
                .then().statusCode(200)
                .body("contact.name", equalTo("Sam de Vries"))
                .body("contact.phone", equalTo("+31 6 1234 5678"));
    }

    @Test
    void derivesAcutenessFromTheIncidentDateInDutchTime() {
        Instant received = Instant.now().minus(1, ChronoUnit.HOURS);
        LocalDate today = received.atZone(DutchTime.ZONE).toLocalDate();

        ContactBuilder.contact().receivedAt(received).incidentDate(today.minusDays(2))
                .with("timeSinceIncident", "MORE_THAN_7_DAYS")
                .post(CSG).then().statusCode(201)
                .body("timeSinceIncident", equalTo("WITHIN_7_DAYS"))
                .body("acute", is(true));

        // A week ago to the day may be less than 7 days ago: the hour is not known.
        ContactBuilder.contact().receivedAt(received).incidentDate(today.minusDays(7))
                .with("timeSinceIncident", "MORE_THAN_7_DAYS")
                .post(CSG).then().statusCode(201)
                .body("timeSinceIncident", equalTo("WITHIN_7_DAYS"))
                .body("acute", is(true));

        ContactBuilder.contact().receivedAt(received).incidentDate(today.minusDays(8))
                .post(CSG).then().statusCode(201)
                .body("timeSinceIncident", equalTo("MORE_THAN_7_DAYS"))
                .body("acute", is(false));

        ContactBuilder.contact().with("timeSinceIncident", null)
                .post(CSG).then().statusCode(201)
                .body("timeSinceIncident", equalTo("UNKNOWN"))
                .body("acute", is(false));
    }

    @Test
    void receivedAtDefaultsToNowAndMayLieInThePast() {
        Instant before = Instant.now().minusSeconds(1);
        String receivedAt = ContactBuilder.contact().with("receivedAt", null).post(CSG)
                .then().statusCode(201).extract().path("receivedAt");
        assertFalse(Instant.parse(receivedAt).isBefore(before));

        ContactBuilder.contact().receivedAt(Instant.parse("2019-03-01T09:00:00Z"))
                .post(CSG).then().statusCode(201)
                .body("receivedAt", equalTo("2019-03-01T09:00:00Z"));
    }

    @Test
    void referencesAreUniqueAndCarryTheYear() {
        Set<String> references = new HashSet<>();
        String year = String.valueOf(Instant.now().atZone(DutchTime.ZONE).getYear());
        for (int i = 0; i < 15; i++) {
            String reference = ContactBuilder.contact().post(CSG).then().statusCode(201).extract().path("reference");
            references.add(reference);
            assertEquals("GE-" + year, reference.substring(0, 7));
        }
        assertEquals(15, references.size());
    }

    @Test
    void keepsTheWholeAssessment() {
        ContactBuilder.contact()
                .with("incidentTypes", List.of("RAPE", "DOMESTIC_VIOLENCE"))
                .with("needs", List.of("MEDICAL", "FORENSIC"))
                .with("setting", "HOME")
                .with("callerRole", "RELATIVE")
                .with("victimAgeGroup", "AGE_12_17")
                .with("immediateDanger", true)
                .with("summary", "Contact via chat; asked for advice.")
                .post(CSG).then().statusCode(201)
                .body("incidentTypes", org.hamcrest.Matchers.containsInAnyOrder("RAPE", "DOMESTIC_VIOLENCE"))
                .body("needs", org.hamcrest.Matchers.containsInAnyOrder("MEDICAL", "FORENSIC"))
                .body("setting", equalTo("HOME"))
                .body("callerRole", equalTo("RELATIVE"))
                .body("victimAgeGroup", equalTo("AGE_12_17"))
                .body("immediateDanger", is(true))
                .body("summary", equalTo("Contact via chat; asked for advice."))
                .body("region", equalTo("VR13"));
    }
}
