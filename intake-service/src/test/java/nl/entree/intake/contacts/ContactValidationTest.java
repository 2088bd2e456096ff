package nl.entree.intake.contacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.support.token.Tokens;

/** Every refusal is a 400 problem+json that names the field, and nothing of the request is stored. */
@QuarkusTest
class ContactValidationTest {

    private static final String SHN = Tokens.casemanager(Organisation.SHN);

    @Test
    void aMissingIncidentTypeIsNamed() {
        refused(ContactBuilder.contact().with("incidentTypes", List.of()), "incidentTypes");
        refused(ContactBuilder.contact().with("incidentTypes", null), "incidentTypes");
    }

    @Test
    void contactDetailsOnAnAnonymousContactAreRefused() {
        ContactBuilder builder = ContactBuilder.contact().identified("Alex", "0612345678", null).with("anonymous", true);
        refused(builder, "contact")
                .body("violations[0].message", equalTo("must be absent when anonymous is true"));
    }

    @Test
    void receivedAtInTheFutureIsRefused() {
        refused(ContactBuilder.contact().receivedAt(Instant.now().plus(1, ChronoUnit.DAYS)), "receivedAt");
    }

    @Test
    void receivedAtBefore2000IsRefusedNamingTheRange() {
        refused(ContactBuilder.contact().receivedAt(Instant.parse("1900-03-01T09:00:00Z")), "receivedAt")
                .body("violations[0].message", equalTo("must not lie before 2000-01-01"));
    }

    @Test
    void receivedAtAMinuteAheadIsTakenAsAClockThatRunsAhead() {
        ContactBuilder.contact().receivedAt(Instant.now().plus(1, ChronoUnit.MINUTES)).post(SHN).then().statusCode(201);
    }

    @Test
    void anIncidentMoreThanACenturyBeforeTheContactIsRefused() {
        refused(ContactBuilder.contact().incidentDate(LocalDate.of(1900, 1, 1)), "incidentDate")
                .body("violations[0].message", equalTo("must not lie more than 100 years before receivedAt"));
    }

    @Test
    void anIncidentAfterTheContactIsRefused() {
        Instant received = Instant.now().minus(10, ChronoUnit.DAYS);
        refused(ContactBuilder.contact().receivedAt(received).incidentDate(LocalDate.now().minusDays(2)),
                "incidentDate");
        refused(ContactBuilder.contact().incidentDate(LocalDate.now().plusDays(3)), "incidentDate");
    }

    @Test
    void anUnknownEnumValueIsNamed() {
        refused(ContactBuilder.contact().with("channel", "PIGEON"), "channel");
        refused(ContactBuilder.contact().with("incidentTypes", List.of("RAPE", "BURGLARY")), "incidentTypes[1]");
    }

    /** A number is no enum's name, however many constants the enum has: not the sixth region, not the first channel. */
    @Test
    void aNumberForAnEnumIsNamedNotTakenAsAPosition() {
        refused(ContactBuilder.contact().with("region", 5), "region");
        refused(ContactBuilder.contact().with("channel", "0"), "channel");
        refused(ContactBuilder.contact().with("incidentTypes", List.of("RAPE", 1)), "incidentTypes[1]");
    }

    @Test
    void aSummaryOver4000CharactersIsRefused() {
        refused(ContactBuilder.contact().with("summary", "x".repeat(4001)), "summary");
        ContactBuilder.contact().with("summary", "x".repeat(4000)).post(SHN).then().statusCode(201);
    }

    @Test
    void malformedJsonIsAProblem() {
        given().auth().oauth2(SHN).contentType(ContentType.JSON).header("Idempotency-Key", "malformed-1")
                .body("{\"channel\": \"CHAT\", ").when().post("/api/contacts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", equalTo("The body is not well-formed JSON."));
    }

    @Test
    void aNulCharacterInTextIsNamedNotAServerError() {
        // JSON allows it; PostgreSQL cannot store it.
        refused(ContactBuilder.contact().with("summary", "eerst\u0000daarna"), "summary")
                .body("violations[0].message", equalTo("must not contain a NUL character"));
    }

    @Test
    void aGapInTheListOfIncidentTypesIsNamed() {
        refused(ContactBuilder.contact().with("incidentTypes", java.util.Arrays.asList("RAPE", null)),
                "incidentTypes");
    }

    @Test
    void anUnknownFieldIsNamed() {
        refused(ContactBuilder.contact().with("socialSecurityNumber", "123"), "socialSecurityNumber");
    }

    @Test
    void invalidContactDetailsAreNamed() {
        refused(ContactBuilder.contact().identified("Alex", "call me", null), "contact.phone");
        refused(ContactBuilder.contact().identified(null, null, "not-an-address"), "contact.email");
        refused(ContactBuilder.contact().identified(null, null, null), "contact");
    }

    @Test
    void aMissingIdempotencyKeyIsNamed() {
        given().auth().oauth2(SHN).contentType(ContentType.JSON).body(ContactBuilder.contact().json())
                .when().post("/api/contacts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("Idempotency-Key"));
    }

    @Test
    void aBadClientCodeIsNamed() {
        refused(ContactBuilder.contact().clientCode("has spaces in it"), "clientCode");
    }

    /** Posts with a unique client code, expects a 400 naming the field, and checks nothing was stored. */
    private static ValidatableResponse refused(ContactBuilder builder, String field) {
        String code = ContactBuilder.uniqueCode();
        Map<String, Object> body = builder.json();
        if (!body.containsKey("clientCode")) {
            body.put("clientCode", code);
        }
        ValidatableResponse response = given().auth().oauth2(SHN).contentType(ContentType.JSON)
                .header("Idempotency-Key", "validation-" + code).body(body)
                .when().post("/api/contacts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem(field));
        ContactBuilder.search(SHN, code).statusCode(200).body("total", equalTo(0));
        return response;
    }
}
