package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import nl.entree.directory.hsds.Phone;
import nl.entree.directory.hsds.Provenance;
import nl.entree.directory.hsds.ServiceAtLocation;
import nl.entree.support.token.Tokens;

/**
 * A centre's option shows the centre's own numbers, hours and mapping beside its national line's: an editor who
 * checked the line has not checked the centre, so the option must not read as checked on the line's date.
 */
@QuarkusTest
class CheckedAsTheCentreTest {

    private static final String NATIONAL_LINE = "options.find { it.scope == 'NATIONAL' && it.channel == 'PHONE' }";
    private static final String LINE_CHECKED = "https://example.org/line-checked-by-phone";
    private static final String CENTRE_CHECKED = "https://example.org/centre-checked-by-phone";

    @Inject
    ObjectMapper json;

    private static RequestSpecification casemanager() {
        return given().auth().oauth2(Tokens.casemanager("CSG"));
    }

    private static RequestSpecification editor() {
        return given().auth().oauth2(Tokens.as("editor").sign()).contentType(ContentType.JSON);
    }

    @Test
    void aCentreReadsAsCheckedOnlyAsFarAsBothItAndItsLineAre() throws IOException {
        String before = editor().when().get("/api/directory/export").then().statusCode(200).extract().asString();
        String line = casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                .when().get("/api/directory/where")
                .then().statusCode(200).extract().path(NATIONAL_LINE + ".service_id");
        String amsterdam = casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                .when().get("/api/directory/where")
                .then().statusCode(200).extract().path("regional.service_at_location_id");
        try {
            checkCentre(amsterdam, LocalDate.of(2026, 3, 20));
            correctLine(line, "2026-12-01", false);

            casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                    .when().get("/api/directory/where")
                    .then().statusCode(200)
                    .body(NATIONAL_LINE + ".verified_on", equalTo("2026-12-01"))
                    .body(NATIONAL_LINE + ".check_before_use", equalTo(false))
                    .body(NATIONAL_LINE + ".centre_source", nullValue())
                    .body("regional.service_at_location_id", equalTo(amsterdam))
                    .body("regional.verified_on", equalTo("2026-03-20"))
                    .body("regional.check_before_use", equalTo(false))
                    .body("regional.source", equalTo(LINE_CHECKED))
                    .body("regional.centre_source", equalTo(CENTRE_CHECKED));
            // CSG Friesland: its mapping and its cautioned number come from the seed, and nobody has checked them.
            casemanager().queryParam("organisation", "CSG").queryParam("region", "VR02")
                    .when().get("/api/directory/where")
                    .then().statusCode(200)
                    .body("regional.location_name", equalTo("CSG Friesland"))
                    .body("regional.verified_on", nullValue())
                    .body("regional.check_before_use", equalTo(true))
                    .body("regional.source", equalTo(LINE_CHECKED))
                    .body("regional.centre_source", notNullValue());
        } finally {
            editor().body(before).when().put("/api/directory/import").then().statusCode(200);
        }
    }

    @Test
    void theDirectoryIsToBeCheckedWhileAnyCentreLocationOrOrganisationIsThoughEveryServiceIsChecked()
            throws IOException {
        String before = editor().when().get("/api/directory/export").then().statusCode(200).extract().asString();
        try {
            JsonNode directory = json.readTree(before);
            checked(directory, "services");
            editor().body(directory.toString()).when().put("/api/directory/import").then().statusCode(200);
            given().when().get("/").then().statusCode(200).body("origin.check_before_use", equalTo(true));
            casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                    .when().get("/api/directory/where")
                    .then().statusCode(200).body("check_before_use", equalTo(true));

            for (String records : List.of("organizations", "locations", "service_at_locations")) {
                checked(directory, records);
            }
            editor().body(directory.toString()).when().put("/api/directory/import").then().statusCode(200);
            given().when().get("/").then().statusCode(200).body("origin.check_before_use", equalTo(false));
        } finally {
            editor().body(before).when().put("/api/directory/import").then().statusCode(200);
        }
        given().when().get("/").then().statusCode(200).body("origin.check_before_use", equalTo(true));
    }

    @Test
    void aSingleCorrectionSaysWhetherTheDirectoryIsToBeCheckedWithoutWaitingForAnImport() throws IOException {
        String before = editor().when().get("/api/directory/export").then().statusCode(200).extract().asString();
        try {
            JsonNode directory = json.readTree(before);
            for (String records : List.of("organizations", "locations", "services", "service_at_locations")) {
                checked(directory, records);
            }
            editor().body(directory.toString()).when().put("/api/directory/import").then().statusCode(200);
            given().when().get("/").then().statusCode(200).body("origin.check_before_use", equalTo(false));
            String line = casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                    .when().get("/api/directory/where")
                    .then().statusCode(200).extract().path(NATIONAL_LINE + ".service_id");

            correctLine(line, "2026-12-01", true);
            given().when().get("/").then().statusCode(200).body("origin.check_before_use", equalTo(true));
            casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                    .when().get("/api/directory/where")
                    .then().statusCode(200).body("check_before_use", equalTo(true));

            correctLine(line, "2026-12-01", false);
            given().when().get("/").then().statusCode(200).body("origin.check_before_use", equalTo(false));
            casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                    .when().get("/api/directory/where")
                    .then().statusCode(200).body("check_before_use", equalTo(false));
        } finally {
            editor().body(before).when().put("/api/directory/import").then().statusCode(200);
        }
    }

    /** Marks every record of one kind in an export as no longer to be checked, as an import of checked records. */
    private static void checked(JsonNode directory, String records) {
        for (JsonNode record : directory.get(records)) {
            JsonNode provenance = record.get("provenance");
            if (provenance instanceof ObjectNode p) {
                p.put("check_before_use", false);
            }
        }
    }

    private void checkCentre(String id, LocalDate on) throws IOException {
        ServiceAtLocation read = json.readValue(given().when().get("/service_at_locations/" + id)
                .then().statusCode(200).extract().asString(), ServiceAtLocation.class);
        var checked = new Provenance(CENTRE_CHECKED, null, true, on, null, null, null, null);
        var ownNumber = List.of(new Phone(UUID.randomUUID().toString(), "020-000 00 00", "voice",
                "Eigen nummer (test)", checked));
        ServiceAtLocation corrected = new ServiceAtLocation(read.id(), read.serviceId(), read.locationId(),
                read.description(), ownNumber, read.schedules(), read.serviceAreas(), checked, null, null);
        editor().body(json.writeValueAsString(corrected))
                .when().put("/api/directory/service_at_locations/" + id).then().statusCode(200);
    }

    /** Corrects the national line with its source checked on {@code on}, or marked to be checked again. */
    private void correctLine(String id, String on, boolean toCheck) throws IOException {
        ObjectNode service = (ObjectNode) json.readTree(given().when().get("/services/" + id)
                .then().statusCode(200).extract().asString());
        service.remove(List.of("organization", "service_at_locations", "metadata"));
        ObjectNode provenance = service.putObject("provenance");
        provenance.put("source", LINE_CHECKED);
        provenance.put("verified", !toCheck);
        provenance.put("verified_on", on);
        provenance.put("check_before_use", toCheck);
        editor().body(service.toString()).when().put("/api/directory/services/" + id).then().statusCode(200);
    }
}
