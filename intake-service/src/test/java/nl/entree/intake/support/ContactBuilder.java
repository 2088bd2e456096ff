package nl.entree.intake.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import nl.entree.intake.contacts.ContactSearchRequest;

/** A valid anonymous contact by default; each method changes one thing. */
public final class ContactBuilder {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private ContactBuilder() {
        body.put("receivedAt", Instant.now().minusSeconds(60).toString());
        body.put("channel", "CHAT");
        body.put("callerRole", "VICTIM");
        body.put("anonymous", true);
        body.put("incidentTypes", List.of("SEXUAL_ASSAULT"));
        body.put("setting", "PUBLIC");
        body.put("timeSinceIncident", "MORE_THAN_7_DAYS");
        body.put("victimAgeGroup", "ADULT");
        body.put("region", "VR13");
        body.put("needs", List.of("PSYCHOLOGICAL"));
        body.put("immediateDanger", false);
        body.put("consentToShare", false);
    }

    public static ContactBuilder contact() {
        return new ContactBuilder();
    }

    public ContactBuilder with(String field, Object value) {
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return this;
    }

    public ContactBuilder identified(String name, String phone, String email) {
        body.put("anonymous", false);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", name);
        person.put("phone", phone);
        person.put("email", email);
        body.put("contact", person);
        return this;
    }

    public ContactBuilder receivedAt(Instant at) {
        return with("receivedAt", at.toString());
    }

    public ContactBuilder incidentDate(LocalDate date) {
        return with("incidentDate", date.toString());
    }

    public ContactBuilder clientCode(String code) {
        return with("clientCode", code);
    }

    public Map<String, Object> json() {
        return new LinkedHashMap<>(body);
    }

    /** Posts with a fresh Idempotency-Key. */
    public Response post(String token) {
        return post(token, UUID.randomUUID().toString());
    }

    public Response post(String token, String idempotencyKey) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", idempotencyKey)
                .body(body)
                .when().post("/api/contacts");
    }

    /** Registers and returns the new contact's id, failing the test unless the answer is 201. */
    public String register(String token) {
        return post(token).then().statusCode(201).extract().path("id");
    }

    /** {@code POST /api/contacts/search} for a client code, as web's case search asks it. */
    public static ValidatableResponse search(String token, String clientCode) {
        return search(token, new ContactSearchRequest(null, null, null, clientCode, null, null, null));
    }

    /** {@code POST /api/contacts/search}: the filters in the body. */
    public static ValidatableResponse search(String token, ContactSearchRequest filters) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(filters)
                .when().post("/api/contacts/search").then();
    }

    public static String uniqueCode() {
        return "code-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
