package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import nl.entree.common.vocabulary.Channel;
import nl.entree.directory.hsds.Phone;
import nl.entree.directory.hsds.Provenance;
import nl.entree.directory.hsds.Schedule;
import nl.entree.directory.hsds.Service;
import nl.entree.directory.hsds.ServiceArea;
import nl.entree.support.token.Tokens;

/**
 * "Only what is open now" on the sociale kaart is what someone can be sent to now: a chat within its hours whose
 * address nobody has entered is no way in at this hour. {@code way_in} and {@code open_now} say so in the JSON, so
 * that web's card and help's page, which read them, cannot call it open either.
 */
@QuarkusTest
class OpenNowNeedsAWayInTest {

    // Saturday 28 March 2026, 13:00 CET.
    private static final String AT = "2026-03-28T12:00:00Z";

    @Inject
    ObjectMapper json;

    private static RequestSpecification casemanager() {
        return given().auth().oauth2(Tokens.casemanager("CSG"));
    }

    @Test
    void aChatWithoutAnAddressWithinItsHoursIsNotOpenNowButListedAsNotOpen() throws Exception {
        String chat = addAlwaysOpenChatWithoutAddress("VR07", null);
        try {
            casemanager().queryParam("region", "VR07").queryParam("openNow", "true").queryParam("at", AT)
                    .when().get("/api/directory/search")
                    .then().statusCode(200)
                    .body("service_id", not(hasItem(chat)))
                    .body("phones.flatten().number", hasItem("0800-0188"))
                    .body("open_now", everyItem(equalTo(true)))
                    .body("way_in", everyItem(equalTo(true)));
            // Not open for the person, so among what is not; its openness still gives its hours as they are.
            casemanager().queryParam("region", "VR07").queryParam("openNow", "false").queryParam("at", AT)
                    .when().get("/api/directory/search")
                    .then().statusCode(200)
                    .body("service_id", hasItem(chat))
                    .body("find { it.service_id == '" + chat + "' }.openness.state", equalTo("OPEN"))
                    .body("find { it.service_id == '" + chat + "' }.openness.hours", equalTo("24/7"))
                    .body("find { it.service_id == '" + chat + "' }.way_in", equalTo(false))
                    .body("find { it.service_id == '" + chat + "' }.open_now", equalTo(false))
                    .body("open_now", everyItem(equalTo(false)));
        } finally {
            given().auth().oauth2(Tokens.as("editor").sign()).contentType(ContentType.JSON)
                    .body(Map.of("status", "defunct"))
                    .when().post("/api/directory/services/" + chat + "/retire")
                    .then().statusCode(200);
        }
    }

    @Test
    void csgsChatWithoutAnAddressIsNotAmongTheChatsOpenNow() {
        casemanager().queryParam("channel", "CHAT").queryParam("openNow", "true").queryParam("at", AT)
                .when().get("/api/directory/search")
                .then().statusCode(200)
                .body("url", everyItem(notNullValue()))
                .body("way_in", everyItem(equalTo(true)))
                .body("open_now", everyItem(equalTo(true)))
                .body("organisation", not(hasItem("CSG")));
        casemanager().queryParam("channel", "CHAT").queryParam("openNow", "false").queryParam("at", AT)
                .when().get("/api/directory/search")
                .then().statusCode(200)
                .body("find { it.organisation == 'CSG' }.openness.hours", equalTo("24/7"))
                .body("find { it.organisation == 'CSG' }.openness.state", equalTo("OPEN"))
                .body("find { it.organisation == 'CSG' }.way_in", equalTo(false))
                .body("find { it.organisation == 'CSG' }.open_now", equalTo(false));
    }

    @Test
    void wayInIsTheOptionsOwnChannelAndOpenNowIsWayInWithinItsHours() {
        // On the 24/7 line at 02:30 CEST the national number and the Amsterdam centre are open; the Amsterdam
        // walk-in has a known address; CSG's chat has none.
        casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                .queryParam("at", "2026-03-29T01:30:00Z")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body("regional.way_in", equalTo(true))
                .body("regional.open_now", equalTo(true))
                .body("options.find { it.channel == 'WALK_IN' }.way_in", equalTo(true))
                .body("options.find { it.channel == 'CHAT' }.way_in", equalTo(false))
                .body("options.find { it.channel == 'CHAT' }.open_now", equalTo(false))
                .body("options.findAll { it.channel == 'PHONE' }.way_in", everyItem(equalTo(true)))
                .body("options.findAll { it.open_now }.openness.state", everyItem(equalTo("OPEN")))
                .body("options.findAll { it.openness.state != 'OPEN' }.open_now", everyItem(equalTo(false)));
    }

    @Test
    void aChatWithANumberButWithoutItsAddressIsStillNoWayIn() throws Exception {
        String chat = addAlwaysOpenChatWithoutAddress("VR07", "0800-0188");
        try {
            casemanager().queryParam("region", "VR07").queryParam("channel", "CHAT").queryParam("at", AT)
                    .when().get("/api/directory/search")
                    .then().statusCode(200)
                    .body("find { it.service_id == '" + chat + "' }.phones.number", hasItem("0800-0188"))
                    .body("find { it.service_id == '" + chat + "' }.openness.state", equalTo("OPEN"))
                    .body("find { it.service_id == '" + chat + "' }.way_in", equalTo(false))
                    .body("find { it.service_id == '" + chat + "' }.open_now", equalTo(false));
        } finally {
            given().auth().oauth2(Tokens.as("editor").sign()).contentType(ContentType.JSON)
                    .body(Map.of("status", "defunct"))
                    .when().post("/api/directory/services/" + chat + "/retire")
                    .then().statusCode(200);
        }
    }

    /**
     * A CSG chat for a region without a centre, open 24/7 and confirmed, whose address nobody has entered yet, with
     * a phone {@code number} or none.
     */
    private String addAlwaysOpenChatWithoutAddress(String region, String number) throws Exception {
        String organisation = given().queryParam("search", "Centrum Seksueel Geweld").when().get("/organizations")
                .then().statusCode(200).extract().path("contents[0].id");
        Provenance checked = new Provenance("https://example.org/checked-by-phone", null, true,
                LocalDate.parse("2026-11-30"), null, null, null, null);
        Schedule always = new Schedule(UUID.randomUUID().toString(), "WEEKLY", Schedule.ALL_DAYS, "00:00",
                Schedule.END_OF_DAY, null, null, null, null, checked);
        List<Phone> phones = number == null ? null
                : List.of(new Phone(UUID.randomUUID().toString(), number, "voice", null, checked));
        Service chat = new Service(null, organisation, "Chat zonder adres, 24/7 (test)", null, null, null, null,
                Service.ACTIVE, null, null, null, phones, List.of(always),
                List.of(new ServiceArea(UUID.randomUUID().toString(), null, null, region,
                        ServiceArea.TEXT, checked)),
                null, Channel.CHAT, null, checked, null, null, null);
        return given().auth().oauth2(Tokens.as("editor").sign()).contentType(ContentType.JSON)
                .body(json.writeValueAsString(chat))
                .when().post("/api/directory/services")
                .then().statusCode(201).extract().path("id");
    }
}
