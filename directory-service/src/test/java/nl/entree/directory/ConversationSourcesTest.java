package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
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
import nl.entree.directory.hsds.ServiceAtLocation;
import nl.entree.support.token.Tokens;

/**
 * An editor who checked a fact by phone writes down with whom, and may quote and note what was said. The HSDS reads
 * are public: anyone without a token, and everyone who does not correct the directory, reads "redactie" instead of
 * that source and neither its quote nor its note, now and in the history. A web page's quote and note stay public.
 */
@QuarkusTest
class ConversationSourcesTest {

    private static final String FIRST_CALL = "Gebeld met Jan de Vries, CSG Friesland, 3 december (test)";
    private static final String SECOND_CALL = "Gesproken met Piet Jansen, Fier, 4 december (test)";
    private static final String CENTRE_CALL = "Gebeld met Kees Bakker, CSG-centrum (test)";
    private static final String WEB = "https://example.org/checked-on-the-web";
    private static final String CALL_QUOTE = "'Maandag en woensdag zijn we er', zei Ria Smit (test)";
    private static final String CALL_NOTE = "Ria Smit van de balie belt terug als het verandert (test)";
    private static final String WEB_QUOTE = "Wij zijn er dag en nacht (test)";
    private static final String WEB_NOTE = "Op de website van het centrum gelezen (test)";

    @Inject
    ObjectMapper json;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static String editor() {
        return Tokens.as("editor").subject("editor-anna").sign();
    }

    /** Checked at {@code source}, with what the editor quoted and noted there. */
    private static Provenance checked(String source) {
        boolean web = source.startsWith("https:");
        return new Provenance(source, web ? WEB_QUOTE : CALL_QUOTE, true, LocalDate.of(2026, 12, 1), null,
                web ? WEB_NOTE : CALL_NOTE, null, null);
    }

    private static Service walkIn(String cvsn, String name, String source, String number) {
        return new Service(null, cvsn, name, null, null, null, null, "active", null, null, null,
                List.of(new Phone(UUID.randomUUID().toString(), number, "voice", "Balie", checked(source))),
                List.of(new Schedule(UUID.randomUUID().toString(), "WEEKLY", "MO,WE", "10:00", "12:00", null, null,
                        null, null, checked(source))),
                List.of(new ServiceArea(UUID.randomUUID().toString(), null, null, "VR06", ServiceArea.TEXT,
                        checked(source))),
                null, Channel.WALK_IN, null, checked(source), null, null, null);
    }

    @Test
    void whomAnEditorSpokeToIsReadOnlyByThoseWhoCorrectTheDirectory() throws IOException {
        String before = as(editor()).when().get("/api/directory/export").then().statusCode(200).extract().asString();
        try {
            String cvsn = given().queryParam("search", "Veilige Sport").when().get("/organizations")
                    .then().statusCode(200).extract().path("contents[0].id");
            String id = as(editor()).body(json.writeValueAsString(walkIn(cvsn, "Inloop Zwolle (test)", FIRST_CALL,
                            "038-000 00 00")))
                    .when().post("/api/directory/services").then().statusCode(201).extract().path("id");
            String etag = given().when().get("/services/" + id).then().statusCode(200).extract().header("ETag");
            as(editor()).header("If-Match", etag)
                    .body(json.writeValueAsString(walkIn(cvsn, "Inloop Zwolle (test)", SECOND_CALL, "038-111 11 11")))
                    .when().put("/api/directory/services/" + id).then().statusCode(200);
            String sal = correctACentre();

            String record = given().when().get("/services/" + id).then().statusCode(200)
                    .body("provenance.source", equalTo("redactie"))
                    .body("provenance.quote", nullValue())
                    .body("provenance.note", nullValue())
                    .body("provenance.verified", equalTo(true))
                    .body("phones[0].provenance.source", equalTo("redactie"))
                    .body("phones[0].provenance.note", nullValue())
                    .body("schedules[0].provenance.source", equalTo("redactie"))
                    .body("service_areas[0].provenance.source", equalTo("redactie"))
                    .body("metadata.field_name", hasItem("provenance"))
                    .body("metadata.field_name", hasItem("phones"))
                    .extract().asString();
            assertNamesNobody(record);
            assertNamesNobody(given().queryParam("search", "Inloop Zwolle").when().get("/services")
                    .then().statusCode(200).body("contents[0].provenance.source", equalTo("redactie"))
                    .extract().asString());
            assertNamesNobody(given().when().get("/organizations/" + cvsn).then().statusCode(200).extract()
                    .asString());
            String centre = given().when().get("/service_at_locations/" + sal).then().statusCode(200)
                    .body("phones[0].provenance.source", equalTo("redactie"))
                    .body("phones[0].provenance.quote", nullValue())
                    .body("provenance.source", equalTo(WEB))
                    .body("provenance.quote", equalTo(WEB_QUOTE))
                    .body("provenance.note", equalTo(WEB_NOTE))
                    .extract().asString();
            assertNamesNobody(centre);
            // What the facts file quotes from a public page, and notes about it, everyone reads.
            given().queryParam("per_page", 500).when().get("/services").then().statusCode(200)
                    .body("contents.provenance.note", hasItem(startsWith("Seed uit data/directory-facts.json")))
                    .body("contents.provenance.quote", hasItem(notNullValue()));
            assertNamesNobody(given().queryParam("per_page", 500).when().get("/service_at_locations")
                    .then().statusCode(200).extract().asString());
            // A casemanager does not correct the directory either; the front door's own reads are the same.
            assertNamesNobody(as(Tokens.casemanager("CSG")).when().get("/services/" + id).then().statusCode(200)
                    .extract().asString());
            assertNamesNobody(as(Tokens.casemanager("CSG")).queryParam("region", "VR06")
                    .when().get("/api/directory/search").then().statusCode(200)
                    .body("find { it.service_id == '" + id + "' }.source", equalTo("redactie"))
                    .body("find { it.service_id == '" + id + "' }.note", nullValue())
                    .body("find { it.service_id == '" + id + "' }.phones[0].note", nullValue())
                    .extract().asString());
            String centreOption = "find { it.service_at_location_id == '" + sal + "' }";
            assertNamesNobody(as(Tokens.casemanager("CSG")).when().get("/api/directory/search").then().statusCode(200)
                    .body(centreOption + ".centre_source", equalTo(WEB))
                    .body(centreOption + ".note", containsString(WEB_NOTE))
                    .body(centreOption + ".phones.find { it.number == '020-000 00 00' }.note", nullValue())
                    .extract().asString());

            String forEditor = as(editor()).when().get("/services/" + id).then().statusCode(200)
                    .body("provenance.source", equalTo(SECOND_CALL))
                    .body("provenance.quote", equalTo(CALL_QUOTE))
                    .body("provenance.note", equalTo(CALL_NOTE))
                    .body("phones[0].provenance.source", equalTo(SECOND_CALL))
                    .body("phones[0].provenance.note", equalTo(CALL_NOTE))
                    .body("schedules[0].provenance.note", equalTo(CALL_NOTE))
                    .extract().asString();
            assertTrue(forEditor.contains("Jan de Vries"), "the history keeps the first call for editors");
            as(editor()).queryParam("region", "VR06").when().get("/api/directory/search").then().statusCode(200)
                    .body("find { it.service_id == '" + id + "' }.note", equalTo(CALL_NOTE));
            String forAdmin = as(Tokens.admin()).when().get("/service_at_locations/" + sal).then().statusCode(200)
                    .body("phones[0].provenance.note", equalTo(CALL_NOTE))
                    .extract().asString();
            assertTrue(forAdmin.contains("Kees Bakker"));
        } finally {
            as(editor()).body(before).when().put("/api/directory/import").then().statusCode(200);
        }
    }

    /** The first centre, corrected with a number checked by phone; the centre itself was checked on the web. */
    private String correctACentre() throws IOException {
        List<String> ids = given().queryParam("per_page", 500).when().get("/service_at_locations")
                .then().statusCode(200).extract().path("contents.id");
        var read = given().when().get("/service_at_locations/" + ids.get(0)).then().statusCode(200).extract();
        ServiceAtLocation sal = json.readValue(read.asString(), ServiceAtLocation.class);
        ServiceAtLocation corrected = new ServiceAtLocation(sal.id(), sal.serviceId(), sal.locationId(),
                sal.description(), List.of(new Phone(UUID.randomUUID().toString(), "020-000 00 00", "voice",
                        "Eigen nummer (test)", checked(CENTRE_CALL))),
                sal.schedules(), sal.serviceAreas(), checked(WEB), null, null);
        as(editor()).header("If-Match", read.header("ETag")).body(json.writeValueAsString(corrected))
                .when().put("/api/directory/service_at_locations/" + sal.id()).then().statusCode(200);
        return sal.id();
    }

    private static void assertNamesNobody(String body) {
        for (String name : List.of("Jan de Vries", "Piet Jansen", "Kees Bakker", "Ria Smit")) {
            assertFalse(body.contains(name), name + " in " + body);
        }
    }
}
