package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import nl.entree.directory.reach.ReachOption;
import nl.entree.directory.reach.Where;
import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;

/** "Where and how do I reach them, and are they open?", asked by a casemanager and by triage. */
@QuarkusTest
class WhereTest {

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
    void csgInAmsterdamIsLedByItsRegionalCentreOnTheTwentyFourSevenLine() {
        casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                .queryParam("at", "2026-03-29T01:30:00Z")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body("regional.location_name", equalTo("CSG Amsterdam-Amstelland"))
                .body("regional.scope", equalTo("REGIONAL"))
                .body("regional.phones.number", hasItem("0800-0188"))
                .body("regional.openness.state", equalTo("OPEN"))
                .body("regional.openness.hours", equalTo("24/7"))
                .body("regional.check_before_use", equalTo(true))
                .body("options.scope", hasItem("NATIONAL"))
                .body("options.organisation", everyItem(equalTo("CSG")));
    }

    @Test
    void frieslandsOldRegionalNumberComesAfterTheNationalLineWithItsCautionAndWithoutBorrowedHours() {
        casemanager().queryParam("organisation", "CSG").queryParam("region", "VR02")
                .queryParam("at", "2026-03-29T01:30:00Z")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body("regional.location_name", equalTo("CSG Friesland"))
                .body("regional.phones[0].number", equalTo("0800-0188"))
                .body("regional.phones[0].caution", nullValue())
                .body("regional.phones[0].openness.state", equalTo("OPEN"))
                .body("regional.phones[0].openness.hours", equalTo("24/7"))
                .body("regional.phones[-1].number", equalTo("088-208 00 88"))
                .body("regional.phones[-1].caution", containsString("prefer 0800-0188"))
                .body("regional.phones[-1].openness.state", equalTo("UNKNOWN"))
                .body("regional.phones[-1].openness.hours", equalTo("onbekend"));
    }

    @Test
    void theAmsterdamWalkInShowsTheAddressTheFactsGiveAndSaysWhatIsNotKnown() {
        casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body("options.find { it.channel == 'WALK_IN' }.address.known", equalTo(true))
                .body("options.find { it.channel == 'WALK_IN' }.address.text",
                        equalTo("Elisabeth Wolffstraat, Amsterdam-West (huisnummer onbekend)"))
                .body("options.find { it.channel == 'WALK_IN' }.address.unknown", hasItem("postal_code"))
                .body("options.find { it.channel != 'WALK_IN' }.address", nullValue());
    }

    @Test
    void aWalkInWhoseAddressNobodyFoundSaysUnknownRatherThanNothing() {
        String editor = Tokens.as("editor").sign();
        String before = given().auth().oauth2(editor).when().get("/api/directory/export")
                .then().statusCode(200).extract().asString();
        Map<String, Object> directory = new HashMap<>(new JsonPath(before).getMap(""));
        List<Map<String, Object>> locations = new ArrayList<>(new JsonPath(before).getList("locations"));
        for (int i = 0; i < locations.size(); i++) {
            if ("CSG Amsterdam-Amstelland".equals(locations.get(i).get("name"))) {
                Map<String, Object> withoutAddress = new HashMap<>(locations.get(i));
                withoutAddress.remove("addresses");
                locations.set(i, withoutAddress);
            }
        }
        directory.put("locations", locations);
        try {
            given().auth().oauth2(editor).contentType(ContentType.JSON).body(directory)
                    .when().put("/api/directory/import").then().statusCode(200);
            casemanager().queryParam("channel", "WALK_IN").queryParam("region", "VR13")
                    .when().get("/api/directory/search")
                    .then().statusCode(200)
                    .body("find { it.location_name == 'CSG Amsterdam-Amstelland' }.address.known", equalTo(false))
                    .body("find { it.location_name == 'CSG Amsterdam-Amstelland' }.address.text",
                            equalTo("onbekend"))
                    .body("find { it.location_name == 'CSG Amsterdam-Amstelland' }.unknown", hasItem("address"));
        } finally {
            given().auth().oauth2(editor).contentType(ContentType.JSON).body(before)
                    .when().put("/api/directory/import").then().statusCode(200);
        }
    }

    @Test
    void openNowFollowsTheInjectedClockAcrossTheSpringChange() {
        // Monday 30 March 2026, 08:45 CEST: CVSN's line (working days 08:30–17:00) is open; at 08:15 it is not.
        clock.set(Instant.parse("2026-03-30T06:45:00Z"));
        casemanager().queryParam("organisation", "CVSN").queryParam("region", "VR09")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body("at", equalTo("2026-03-30T06:45:00Z"))
                .body("options.find { it.channel == 'PHONE' }.openness.state", equalTo("OPEN"))
                .body("options.find { it.channel == 'PHONE' }.openness.closes_at", equalTo("2026-03-30T15:00:00Z"));
        clock.set(Instant.parse("2026-03-30T06:15:00Z"));
        casemanager().queryParam("organisation", "CVSN").queryParam("region", "VR09")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body("options.find { it.channel == 'PHONE' }.openness.state", equalTo("CLOSED"))
                .body("options.find { it.channel == 'PHONE' }.openness.next_opens", equalTo("2026-03-30T06:30:00Z"));
    }

    @Test
    void theVeiligThuisChatIsClosedOnSaturdayAndSaysWhenItOpens() {
        casemanager().queryParam("organisation", "VT").queryParam("region", "VR09")
                .queryParam("at", "2026-10-24T10:00:00Z")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body("regional.location_name", equalTo("Veilig Thuis Utrecht"))
                .body("options.find { it.channel == 'CHAT' }.openness.state", equalTo("CLOSED"))
                // Monday 26 October 09:00, after the clocks went back: 08:00Z.
                .body("options.find { it.channel == 'CHAT' }.openness.next_opens", equalTo("2026-10-26T08:00:00Z"));
    }

    @Test
    void aRegionWithoutAKnownCentreHasNoRegionalLeadButTheNationalLineStillReachesIt() {
        casemanager().queryParam("organisation", "CSG").queryParam("region", "VR07")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body("regional", nullValue())
                .body("options.scope", everyItem(equalTo("NATIONAL")))
                .body("options.phones.flatten().number", hasItem("0800-0188"));
    }

    @Test
    void anUnconfirmedOrPartialMappingIsNeverTheLeadAndComesAfterTheNationalLineMarkedUncertain() {
        casemanager().queryParam("organisation", "CSG").queryParam("region", "VR12")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body("regional", nullValue())
                .body("options[0].scope", equalTo("NATIONAL"))
                .body("options[0].phones.number", hasItem("0800-0188"))
                .body("options.find { it.location_name == 'CSG Haarlem' }.uncertain_regions",
                        hasItem("VR12"));
        casemanager().queryParam("organisation", "CSG").queryParam("region", "VR06")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body("regional", nullValue())
                .body("options[0].scope", equalTo("NATIONAL"))
                .body("options.find { it.location_name?.startsWith('CSG Twente') }.uncertain_regions",
                        hasItem("VR06"));
        casemanager().queryParam("organisation", "CSG").queryParam("region", "VR05")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body("regional.location_name", equalTo("CSG Twente-Achterhoek (GGD Twente, Enschede)"))
                .body("regional.uncertain_regions", not(hasItem("VR05")))
                .body("options[0].scope", equalTo("REGIONAL"));
    }

    @Test
    void aCentreIsVerifiedForTheRegionItSurelyServesThoughItsMappingToAnotherRegionIsNot() throws Exception {
        // CSG Zuid-Holland: VR16 is confirmed at its source, VR15 is not.
        Where leiden = where("CSG", "VR16");
        assertTrue(leiden.regional().locationName().startsWith("CSG Zuid-Holland"), leiden.regional().toString());
        assertTrue(leiden.regional().verified(), "VR16 is shown as verified");
        assertEquals(List.of("VR15"), leiden.regional().uncertainRegions());

        Where haaglanden = where("CSG", "VR15");
        ReachOption offered = haaglanden.options().stream()
                .filter(o -> o.locationName() != null && o.locationName().startsWith("CSG Zuid-Holland"))
                .findFirst().orElseThrow();
        assertFalse(offered.verified(), "VR15 is shown as not verified");
        assertNotEquals(offered, haaglanden.regional());

        List<ReachOption> kaart = Arrays.asList(json.readValue(casemanager().queryParam("region", "VR16")
                .when().get("/api/directory/search")
                .then().statusCode(200).extract().asString(), ReachOption[].class));
        assertTrue(kaart.stream().filter(o -> o.locationName() != null)
                .filter(o -> o.locationName().startsWith("CSG Zuid-Holland")).allMatch(ReachOption::verified),
                kaart.toString());
    }

    @Test
    void aMappingTheFactsCallInferredStaysAsSureButSaysItWasReasonedOut() throws Exception {
        // CSG Zwolle: "inferred: centre in Zwolle → VR04; official name and exact area not found".
        Where zwolle = where("CSG", "VR04");
        assertTrue(zwolle.regional().locationName().startsWith("CSG Zwolle"), zwolle.regional().toString());
        assertTrue(zwolle.regional().verified(), "whether the mapping holds is for the organisations to say");
        assertEquals("VR04: afgeleid, niet letterlijk in de bron", zwolle.regional().areaNote());
        assertTrue(zwolle.regional().note().contains("inferred: centre in Zwolle"), zwolle.regional().note());

        // CSG Zuid-Holland's VR16 is stated at a source; its VR15 is unverified, not inferred.
        assertEquals("VR15: unverified", where("CSG", "VR16").regional().areaNote());
    }

    private Where where(String organisation, String region) throws Exception {
        return json.readValue(casemanager().queryParam("organisation", organisation).queryParam("region", region)
                .when().get("/api/directory/where")
                .then().statusCode(200).extract().asString(), Where.class);
    }

    @Test
    void withoutARegionTheNationalLinesComeBeforeEveryRegionalCentre() {
        // An option without a way in comes after all of them (ReachFirstTest), national or not.
        List<String> scopes = casemanager().when().get("/api/directory/search")
                .then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.way_in }.scope", String.class);
        assertEquals("NATIONAL", scopes.get(0));
        assertTrue(scopes.contains("REGIONAL"));
        assertTrue(scopes.lastIndexOf("NATIONAL") < scopes.indexOf("REGIONAL"), scopes.toString());
    }

    @Test
    void unknownHoursAreShownAsUnknown() {
        casemanager().queryParam("organisation", "SHN").queryParam("region", "VR01")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body("options.find { it.channel == 'PHONE' }.openness.state", equalTo("UNKNOWN"))
                .body("options.find { it.channel == 'PHONE' }.openness.hours", equalTo("onbekend"))
                .body("options.find { it.channel == 'PHONE' }.note", containsString("kantoortijden"));
    }

    @Test
    void theSocialeKaartSearchFiltersByNeedChannelRegionAndOpenNow() {
        casemanager().queryParam("region", "VR13").queryParam("need", "FORENSIC")
                .queryParam("openNow", "true").queryParam("at", "2026-03-29T01:30:00Z")
                .when().get("/api/directory/search")
                .then().statusCode(200)
                .body("organisation", everyItem(equalTo("CSG")))
                .body("openness.state", everyItem(equalTo("OPEN")))
                .body("open_now", everyItem(equalTo(true)))
                .body("location_name", hasItem("CSG Amsterdam-Amstelland"))
                .body("location_name", not(hasItem("CSG Limburg (Maastricht UMC+)")));
        casemanager().queryParam("channel", "CHAT").queryParam("at", "2026-03-28T12:00:00Z")
                .queryParam("openNow", "false")
                .when().get("/api/directory/search")
                .then().statusCode(200)
                .body("channel", everyItem(equalTo("CHAT")))
                // Within its hours only where there is no chat address to open: CSG's 24/7 chat.
                .body("findAll { it.openness.state == 'OPEN' }.url", everyItem(nullValue()))
                .body("open_now", everyItem(equalTo(false)))
                .body("findAll { it.openness.state == 'OPEN' }.way_in", everyItem(equalTo(false)))
                .body("organisation", hasItem("VT"));
    }

    @Test
    void badOrMissingParametersAre400NamingThem() {
        casemanager().queryParam("organisation", "CSG").queryParam("region", "VR26")
                .when().get("/api/directory/where")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("region"));
        casemanager().queryParam("region", "VR13")
                .when().get("/api/directory/where")
                .then().statusCode(400).body("violations[0].field", equalTo("organisation"));
        casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13").queryParam("at", "02:00")
                .when().get("/api/directory/where")
                .then().statusCode(400).body("violations[0].field", equalTo("at"));
        casemanager().queryParam("openNow", "yes").when().get("/api/directory/search")
                .then().statusCode(400).body("violations[0].field", equalTo("openNow"));
    }

    @Test
    void aMomentFarOutsideTheCalendarIsA400NamingAt() {
        for (String moment : java.util.List.of("+99999-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z")) {
            casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13").queryParam("at", moment)
                    .when().get("/api/directory/where")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("at"));
            casemanager().queryParam("at", moment).when().get("/api/directory/search")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("at"));
        }
    }

    @Test
    void entreesOwnQuestionsNeedAToken() {
        given().queryParam("organisation", "CSG").queryParam("region", "VR13")
                .when().get("/api/directory/where")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.service()).queryParam("organisation", "CSG").queryParam("region", "VR13")
                .when().get("/api/directory/where")
                .then().statusCode(200).body("regional.service_at_location_id", notNullValue());
    }
}
