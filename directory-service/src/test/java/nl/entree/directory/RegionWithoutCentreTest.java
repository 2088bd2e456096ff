package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.common.vocabulary.Channel;
import nl.entree.directory.hsds.Provenance;
import nl.entree.directory.hsds.Service;
import nl.entree.directory.hsds.ServiceArea;
import nl.entree.directory.reach.ReachOption;
import nl.entree.directory.reach.Where;
import nl.entree.support.token.Tokens;

/**
 * An editor may add a chat or phone line that serves some regions without a centre of its own. Someone in those
 * regions must find it, as surely as the editor said: the regions the editor confirmed may lead, an unconfirmed one
 * is listed after the national line.
 */
@QuarkusTest
class RegionWithoutCentreTest {

    private static final String CHAT_URL = "https://example.org/test-regiochat";

    @Inject
    ObjectMapper json;

    @Test
    void aChatForRegionsWithoutACentreIsFoundInThoseRegions() throws Exception {
        String id = addRegionalChat();

        Where sure = where("VR10");
        assertNotNull(sure.regional(), "a confirmed region has the new chat as its regional service");
        assertEquals(id, sure.regional().serviceId());
        assertNull(sure.regional().serviceAtLocationId());
        assertEquals(id, sure.regional().reference());
        assertEquals(ReachOption.Scope.REGIONAL, sure.regional().scope());
        assertEquals(CHAT_URL, sure.regional().url());
        assertTrue(sure.regional().verified(), "VR11 being unconfirmed says nothing about VR10");

        Where unsure = where("VR11");
        ReachOption offered = unsure.options().stream().filter(o -> id.equals(o.serviceId())).findFirst()
                .orElseThrow(() -> new AssertionError("VR11 does not list the new chat: " + unsure.options()));
        assertEquals(List.of("VR11"), offered.uncertainRegions());
        assertFalse(offered.verified());
        assertTrue(unsure.regional() == null || !id.equals(unsure.regional().serviceId()),
                "an unconfirmed region is never led by it");
        assertEquals(ReachOption.Scope.NATIONAL, unsure.options().get(0).scope());

        List<ReachOption> found = Arrays.asList(json.readValue(given().auth().oauth2(Tokens.casemanager("CSG"))
                .queryParam("region", "VR10").queryParam("channel", "CHAT")
                .when().get("/api/directory/search")
                .then().statusCode(200).extract().asString(), ReachOption[].class));
        assertTrue(found.stream().anyMatch(o -> id.equals(o.serviceId())), found.toString());

        List<ReachOption> elsewhere = Arrays.asList(json.readValue(given().auth().oauth2(Tokens.casemanager("CSG"))
                .queryParam("region", "VR13").queryParam("channel", "CHAT")
                .when().get("/api/directory/search")
                .then().statusCode(200).extract().asString(), ReachOption[].class));
        assertFalse(elsewhere.stream().anyMatch(o -> id.equals(o.serviceId())), "a region it does not serve");
    }

    /** A CVSN chat for VR10 (confirmed) and VR11 (not confirmed), with no centre. */
    private String addRegionalChat() throws Exception {
        String organisation = given().queryParam("search", "Veilige Sport").when().get("/organizations")
                .then().statusCode(200).extract().path("contents[0].id");
        Provenance checked = new Provenance("https://example.org/checked-by-phone", null, true,
                LocalDate.parse("2026-11-30"), null, null, null, null);
        List<ServiceArea> areas = List.of(
                new ServiceArea(UUID.randomUUID().toString(), null, null, "VR10", ServiceArea.TEXT, checked),
                new ServiceArea(UUID.randomUUID().toString(), null, "unverified", "VR11", ServiceArea.TEXT,
                        new Provenance("https://example.org/said-once", null, false, null, null, null, null, null)));
        Service chat = new Service(null, organisation, "Regiochat zonder centrum (test)", null, null, CHAT_URL, null,
                Service.ACTIVE, null, null, null, null, null, areas, null, Channel.CHAT, null, checked, null, null,
                null);
        return given().auth().oauth2(Tokens.as("editor").sign()).contentType(ContentType.JSON)
                .body(json.writeValueAsString(chat))
                .when().post("/api/directory/services")
                .then().statusCode(201).extract().path("id");
    }

    private Where where(String region) throws Exception {
        return json.readValue(given().auth().oauth2(Tokens.casemanager("CSG"))
                .queryParam("organisation", "CVSN").queryParam("region", region)
                .when().get("/api/directory/where")
                .then().statusCode(200).extract().asString(), Where.class);
    }
}
