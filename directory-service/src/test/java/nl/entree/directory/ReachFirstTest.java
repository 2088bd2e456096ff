package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * Someone who asks where to find help is first shown a way that reaches it (its {@code way_in}: a line's number, a
 * chat's address, a walk-in's known address), never a card that says only "telefoonnummer onbekend".
 */
@QuarkusTest
class ReachFirstTest {

    @Inject
    ObjectMapper json;

    @Test
    void inFryslanFiersChatComesFirstAndNoFierOfficeClaimsTheRegion() throws Exception {
        for (String region : List.of("VR02", "VR17")) {
            Where fier = where("FIER", region);
            assertEquals("https://www.chatmetfier.nl", fier.options().get(0).url(), fier.options().toString());
            assertNull(fier.regional(), "Fier works nationally; the facts give its offices no area: " + region);
            assertTrue(fier.options().stream().allMatch(o -> o.scope() == ReachOption.Scope.NATIONAL),
                    fier.options().toString());
            assertReachableFirst(fier.options());
        }
        List<ReachOption> kaart = Arrays.asList(json.readValue(given().auth().oauth2(Tokens.frontDoor())
                .queryParam("region", "VR02").when().get("/api/directory/search")
                .then().statusCode(200).extract().asString(), ReachOption[].class));
        assertFalse(kaart.stream().anyMatch(o -> o.locationName() != null && o.locationName().startsWith("Fier")),
                kaart.toString());
        assertReachableFirst(kaart);
    }

    @Test
    void aLineThatSurelyServesTheRegionButHasNoWayInComesAfterTheNationalNumber() throws Exception {
        String chat = addChatWithoutAddress("VR07");
        try {
            Where csg = where("CSG", "VR07");
            assertTrue(csg.options().get(0).phones().stream().anyMatch(p -> "0800-0188".equals(p.number())),
                    csg.options().toString());
            List<String> order = csg.options().stream().map(ReachOption::serviceId).toList();
            assertTrue(order.contains(chat), "still offered: " + order);
            assertReachableFirst(csg.options());
        } finally {
            given().auth().oauth2(Tokens.as("editor").sign()).contentType(ContentType.JSON)
                    .body(Map.of("status", "defunct"))
                    .when().post("/api/directory/services/" + chat + "/retire")
                    .then().statusCode(200);
        }
    }

    private static void assertReachableFirst(List<ReachOption> options) {
        boolean seenWithout = false;
        for (ReachOption o : options) {
            boolean reachable = o.wayIn();
            assertFalse(reachable && seenWithout, "listed after an option nobody can reach: " + o.name()
                    + " in " + options);
            seenWithout |= !reachable;
        }
    }

    /** A CSG chat for a region without a centre, confirmed, whose address nobody has entered yet. */
    private String addChatWithoutAddress(String region) throws Exception {
        String organisation = given().queryParam("search", "Centrum Seksueel Geweld").when().get("/organizations")
                .then().statusCode(200).extract().path("contents[0].id");
        Provenance checked = new Provenance("https://example.org/checked-by-phone", null, true,
                LocalDate.parse("2026-11-30"), null, null, null, null);
        Service chat = new Service(null, organisation, "Regiochat zonder adres (test)", null, null, null, null,
                Service.ACTIVE, null, null, null, null, null,
                List.of(new ServiceArea(UUID.randomUUID().toString(), null, null, region,
                        ServiceArea.TEXT, checked)),
                null, Channel.CHAT, null, checked, null, null, null);
        return given().auth().oauth2(Tokens.as("editor").sign()).contentType(ContentType.JSON)
                .body(json.writeValueAsString(chat))
                .when().post("/api/directory/services")
                .then().statusCode(201).extract().path("id");
    }

    private Where where(String organisation, String region) throws Exception {
        return json.readValue(given().auth().oauth2(Tokens.frontDoor())
                .queryParam("organisation", organisation).queryParam("region", region)
                .when().get("/api/directory/where")
                .then().statusCode(200).extract().asString(), Where.class);
    }
}
