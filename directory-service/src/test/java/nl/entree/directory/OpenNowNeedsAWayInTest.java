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
import nl.entree.directory.hsds.Provenance;
import nl.entree.directory.hsds.Schedule;
import nl.entree.directory.hsds.Service;
import nl.entree.directory.hsds.ServiceArea;
import nl.entree.support.token.Tokens;

/**
 * "Only what is open now" on the sociale kaart is what someone can be sent to now: a chat within its hours whose
 * address nobody has entered is no way in at this hour, as help's page already says (help's README).
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
        String chat = addAlwaysOpenChatWithoutAddress("VR07");
        try {
            casemanager().queryParam("region", "VR07").queryParam("openNow", "true").queryParam("at", AT)
                    .when().get("/api/directory/search")
                    .then().statusCode(200)
                    .body("service_id", not(hasItem(chat)))
                    .body("phones.flatten().number", hasItem("0800-0188"));
            // Not open for the person, so among what is not; its openness still gives its hours as they are.
            casemanager().queryParam("region", "VR07").queryParam("openNow", "false").queryParam("at", AT)
                    .when().get("/api/directory/search")
                    .then().statusCode(200)
                    .body("service_id", hasItem(chat))
                    .body("find { it.service_id == '" + chat + "' }.openness.state", equalTo("OPEN"))
                    .body("find { it.service_id == '" + chat + "' }.openness.hours", equalTo("24/7"));
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
                .body("organisation", not(hasItem("CSG")));
        casemanager().queryParam("channel", "CHAT").queryParam("openNow", "false").queryParam("at", AT)
                .when().get("/api/directory/search")
                .then().statusCode(200)
                .body("find { it.organisation == 'CSG' }.openness.hours", equalTo("24/7"));
    }

    /** A CSG chat for a region without a centre, open 24/7 and confirmed, whose address nobody has entered yet. */
    private String addAlwaysOpenChatWithoutAddress(String region) throws Exception {
        String organisation = given().queryParam("search", "Centrum Seksueel Geweld").when().get("/organizations")
                .then().statusCode(200).extract().path("contents[0].id");
        Provenance checked = new Provenance("https://example.org/checked-by-phone", null, true,
                LocalDate.parse("2026-11-30"), null, null, null, null);
        Schedule always = new Schedule(UUID.randomUUID().toString(), "WEEKLY", Schedule.ALL_DAYS, "00:00",
                Schedule.END_OF_DAY, null, null, null, null, checked);
        Service chat = new Service(null, organisation, "Chat zonder adres, 24/7 (test)", null, null, null, null,
                Service.ACTIVE, null, null, null, null, List.of(always),
                List.of(new ServiceArea(UUID.randomUUID().toString(), null, null, region,
                        ServiceArea.SAFETY_REGION, checked)),
                null, Channel.CHAT, null, checked, null, null, null);
        return given().auth().oauth2(Tokens.as("editor").sign()).contentType(ContentType.JSON)
                .body(json.writeValueAsString(chat))
                .when().post("/api/directory/services")
                .then().statusCode(201).extract().path("id");
    }
}
