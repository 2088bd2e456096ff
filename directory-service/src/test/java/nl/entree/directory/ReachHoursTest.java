package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import nl.entree.directory.hsds.Phone;
import nl.entree.directory.hsds.Provenance;
import nl.entree.directory.hsds.Schedule;
import nl.entree.directory.hsds.ServiceAtLocation;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;

/**
 * "Is it open now, and if not, when?" as a casemanager or the public front door reads it: never an opening hour the
 * facts do not give, and never "closed" above a number that answers.
 */
@QuarkusTest
class ReachHoursTest {

    private static final String PROFESSIONALS = "it.description?.startsWith('Zelfde nummer voor professionals')";
    private static final String PROFESSIONALS_IN_SEARCH = "findAll { it.organisation == 'CSG' }.phones.flatten()"
            + ".findAll { " + PROFESSIONALS + " }.openness.state";
    private static final String NATIONAL_LINE = "options.find { it.scope == 'NATIONAL' && it.channel == 'PHONE' }";

    @Inject
    MutableClock clock;

    @Inject
    ObjectMapper json;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestSpecification casemanager() {
        return given().auth().oauth2(Tokens.casemanager("CSG"));
    }

    @Test
    void csgsNumberForProfessionalsIsNotShownOpenAtNightSinceTheFactsGiveItOfficeHoursOnly() {
        // Sunday 29 March 2026, 03:30 CEST. The facts: 0800-0188 is 24/7 for the public, "kantoortijden" for
        // professionals.
        clock.set(Instant.parse("2026-03-29T01:30:00Z"));
        casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body(NATIONAL_LINE + ".phones[0].description", containsString("Landelijk gratis nummer"))
                .body(NATIONAL_LINE + ".phones[0].openness.state", equalTo("OPEN"))
                .body(NATIONAL_LINE + ".phones.find { " + PROFESSIONALS + " }.openness.state", equalTo("UNKNOWN"))
                .body(NATIONAL_LINE + ".phones.find { " + PROFESSIONALS + " }.openness.hours", equalTo("onbekend"))
                .body(NATIONAL_LINE + ".phones.find { " + PROFESSIONALS + " }.note", containsString("kantoortijden"))
                .body("regional.phones.find { " + PROFESSIONALS + " }.openness.state", equalTo("UNKNOWN"))
                .body(NATIONAL_LINE + ".openness.state", equalTo("OPEN"));
        casemanager().queryParam("region", "VR13").queryParam("channel", "PHONE")
                .when().get("/api/directory/search")
                .then().statusCode(200)
                .body(PROFESSIONALS_IN_SEARCH, hasItem("UNKNOWN"))
                .body(PROFESSIONALS_IN_SEARCH, everyItem(equalTo("UNKNOWN")));
    }

    @Test
    void closedOnTheFridayBeforeKingsDayTheNextOpeningIsNotGuessed() {
        // CVSN: "werkdagen 08:30–17:00". Friday 24 April 2026, 18:00 CEST; Monday the 27th is King's Day, on which
        // the directory does not know whether the line is open, so "opens Tuesday" would be a guess.
        clock.set(Instant.parse("2026-04-24T16:00:00Z"));
        casemanager().queryParam("organisation", "CVSN").queryParam("region", "VR09")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body("options.find { it.channel == 'PHONE' }.openness.state", equalTo("CLOSED"))
                .body("options.find { it.channel == 'PHONE' }.openness.next_opens", nullValue());
        clock.set(Instant.parse("2026-04-27T08:00:00Z"));
        casemanager().queryParam("organisation", "CVSN").queryParam("region", "VR09")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body("options.find { it.channel == 'PHONE' }.openness.state", equalTo("UNKNOWN"));
    }

    @Test
    void aCentreWithOfficeHoursOfItsOwnIsReachableAtNightThroughTheTwentyFourSevenLineItLists() throws IOException {
        String editor = Tokens.as("editor").sign();
        String before = given().auth().oauth2(editor).when().get("/api/directory/export")
                .then().statusCode(200).extract().asString();
        String sal = casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                .when().get("/api/directory/where")
                .then().statusCode(200).extract().path("regional.service_at_location_id");
        ServiceAtLocation read = json.readValue(given().when().get("/service_at_locations/" + sal)
                .then().statusCode(200).extract().asString(), ServiceAtLocation.class);
        var checked = new Provenance("https://example.org/checked-by-phone", null, true, LocalDate.of(2026, 3, 20),
                null, null, null, null);
        var ownNumber = List.of(new Phone(UUID.randomUUID().toString(), "020-000 00 00", "voice",
                "Eigen nummer (test)", checked));
        ServiceAtLocation officeHours = new ServiceAtLocation(read.id(), read.serviceId(), read.locationId(),
                read.description(), ownNumber, List.of(new Schedule(UUID.randomUUID().toString(), "WEEKLY",
                        "MO,TU,WE,TH,FR", "09:00", "17:00", null, null, null, null, null)),
                read.serviceAreas(), checked, null, null);
        try {
            given().auth().oauth2(editor).contentType(ContentType.JSON).body(json.writeValueAsString(officeHours))
                    .when().put("/api/directory/service_at_locations/" + sal).then().statusCode(200);
            // Friday 27 March 2026, 23:00 CET: the centre's own hours are over, the national line it lists is not.
            clock.set(Instant.parse("2026-03-27T22:00:00Z"));
            casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                    .when().get("/api/directory/where")
                    .then().statusCode(200)
                    .body("regional.location_name", equalTo("CSG Amsterdam-Amstelland"))
                    // The centre is checked, its national line is not: the option is as checked as the line.
                    .body("regional.centre_source", equalTo("https://example.org/checked-by-phone"))
                    .body("regional.verified_on", nullValue())
                    .body("regional.check_before_use", equalTo(true))
                    .body("regional.phones.find { it.number == '0800-0188' }.openness.state", equalTo("OPEN"))
                    .body("regional.openness.state", equalTo("OPEN"))
                    .body("regional.openness.next_opens", nullValue())
                    .body("regional.openness.open_via", equalTo(List.of("0800-0188")))
                    .body("regional.openness.hours", equalTo("ma–vr 09:00–17:00; 0800-0188: 24/7"))
                    .body("regional.phones[0].number", equalTo("0800-0188"))
                    .body("regional.phones.find { it.number == '020-000 00 00' }.openness.state", equalTo("CLOSED"));
            casemanager().queryParam("region", "VR13").queryParam("openNow", "true")
                    .when().get("/api/directory/search")
                    .then().statusCode(200)
                    .body("service_at_location_id", hasItem(sal));
            // Monday 30 March 2026, 10:00 CEST: open on its own hours, nothing to explain.
            clock.set(Instant.parse("2026-03-30T08:00:00Z"));
            casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                    .when().get("/api/directory/where")
                    .then().statusCode(200)
                    .body("regional.openness.state", equalTo("OPEN"))
                    .body("regional.openness.open_via", nullValue())
                    .body("regional.phones[0].number", equalTo("020-000 00 00"));
        } finally {
            given().auth().oauth2(editor).contentType(ContentType.JSON).body(before)
                    .when().put("/api/directory/import").then().statusCode(200);
        }
    }

    @Test
    void aNightChatOnWorkingDaysIsStillOpenInTheFirstHoursOfAscensionDay() throws IOException {
        String editor = Tokens.as("editor").subject("editor-anna").sign();
        String before = given().auth().oauth2(editor).when().get("/api/directory/export")
                .then().statusCode(200).extract().asString();
        try {
            String cvsn = given().queryParam("search", "Veilige Sport").when().get("/organizations")
                    .then().statusCode(200).extract().path("contents[0].id");
            var nightChat = new HashMap<String, Object>();
            nightChat.put("organization_id", cvsn);
            nightChat.put("name", "Nachtchat op werkdagen (test)");
            nightChat.put("status", "active");
            nightChat.put("channel", "CHAT");
            nightChat.put("url", "https://example.org/chat");
            nightChat.put("service_areas", List.of(Map.of("id", UUID.randomUUID().toString(),
                    "extent_type", "country", "extent", "NL")));
            nightChat.put("schedules", List.of(new Schedule(UUID.randomUUID().toString(), "WEEKLY",
                    "MO,TU,WE,TH,FR", "19:00", "06:00", null, null, null, null, null)));
            nightChat.put("provenance", new Provenance("https://example.org/chat", null, true,
                    LocalDate.of(2026, 11, 30), null, null, null, null));
            String id = given().auth().oauth2(editor).contentType(ContentType.JSON)
                    .body(json.writeValueAsString(nightChat))
                    .when().post("/api/directory/services").then().statusCode(201).extract().path("id");
            String option = "find { it.service_id == '" + id + "' }";
            // Thursday 14 May 2026, Ascension Day, 00:30 CEST: Wednesday's night runs until 06:00.
            casemanager().queryParam("channel", "CHAT").queryParam("at", "2026-05-13T22:30:00Z")
                    .when().get("/api/directory/search")
                    .then().statusCode(200)
                    .body(option + ".openness.state", equalTo("OPEN"))
                    .body(option + ".open_now", equalTo(true));
            casemanager().queryParam("channel", "CHAT").queryParam("openNow", "true")
                    .queryParam("at", "2026-05-14T00:30:00Z")
                    .when().get("/api/directory/search")
                    .then().statusCode(200)
                    .body("service_id", hasItem(id));
        } finally {
            given().auth().oauth2(editor).contentType(ContentType.JSON).body(before)
                    .when().put("/api/directory/import").then().statusCode(200);
        }
    }
}
