package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import nl.entree.support.token.Tokens;

/** An import replaces the directory, but what it replaced stays readable in each record's history, field by field. */
@QuarkusTest
class ImportKeepsHistoryTest {

    private static final String CHANGED = "Omschrijving gewijzigd door een import (test).";

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    private static RequestSpecification editor() {
        return given().auth().oauth2(Tokens.as("editor").subject("editor-import").sign())
                .contentType(ContentType.JSON);
    }

    @Test
    void anImportThatChangesADescriptionKeepsTheOldOneInTheHistory() throws IOException, SQLException {
        String before = editor().when().get("/api/directory/export").then().statusCode(200).extract().asString();
        JsonNode directory = json.readTree(before);
        ObjectNode service = null;
        for (JsonNode s : directory.get("services")) {
            if (s.hasNonNull("description") && service == null) {
                service = (ObjectNode) s;
            }
        }
        assertNotNull(service, "the seed has a service with a description");
        String id = service.get("id").asText();
        String old = service.get("description").asText();
        service.put("description", CHANGED);
        ObjectNode added = service.deepCopy();
        ((ArrayNode) directory.get("services")).add(added);
        String addedId = UUID.randomUUID().toString();
        added.put("id", addedId);
        added.put("name", "Door een import toegevoegd (test)");
        added.remove("phones");
        added.remove("schedules");
        newIds(added);
        try {
            editor().body(directory.toString()).when().put("/api/directory/import").then().statusCode(200);

            editor().when().get("/services/" + id).then().statusCode(200)
                    .body("description", equalTo(CHANGED))
                    .body("metadata.find { it.field_name == 'description' }.previous_value", equalTo(old))
                    .body("metadata.find { it.field_name == 'description' }.replacement_value", equalTo(CHANGED))
                    .body("metadata.find { it.field_name == 'description' }.last_action_type", equalTo("import"))
                    .body("metadata.find { it.field_name == 'description' }.updated_by", equalTo("editor-import"))
                    .body("metadata.field_name", not(hasItem("name")));
            given().when().get("/services/" + addedId).then().statusCode(200)
                    .body("metadata.last_action_type", equalTo(List.of("create")))
                    .body("metadata[0].updated_by", equalTo("redactie"));
        } finally {
            editor().body(before).when().put("/api/directory/import").then().statusCode(200);
        }
        // Put back by the next import, the text's whole way there and back is in the history.
        editor().when().get("/services/" + id).then().statusCode(200)
                .body("description", equalTo(old))
                .body("metadata.findAll { it.field_name == 'description' }.replacement_value", hasItem(old));
        given().when().get("/services/" + addedId).then().statusCode(404);
        // The record is gone, its history is not: the last row holds what it was.
        assertEquals(List.of("create", "delete"), actions(addedId));
    }

    @Test
    void aLocationsHistoryIsReadInTheCentreAndTheOrganisationThatHaveIt() throws IOException {
        String before = editor().when().get("/api/directory/export").then().statusCode(200).extract().asString();
        JsonNode directory = json.readTree(before);
        JsonNode centre = directory.get("service_at_locations").get(0);
        String centreId = centre.get("id").asText();
        String locationId = centre.get("location_id").asText();
        ObjectNode location = null;
        for (JsonNode l : directory.get("locations")) {
            if (l.get("id").asText().equals(locationId)) {
                location = (ObjectNode) l;
            }
        }
        assertNotNull(location, "the centre's location is in the export");
        String organisationId = location.get("organization_id").asText();
        location.put("description", CHANGED);
        try {
            editor().body(directory.toString()).when().put("/api/directory/import").then().statusCode(200);

            String changed = "location.metadata.find { it.field_name == 'description' }";
            editor().when().get("/service_at_locations/" + centreId).then().statusCode(200)
                    .body("location.description", equalTo(CHANGED))
                    .body(changed + ".replacement_value", equalTo(CHANGED))
                    .body(changed + ".last_action_type", equalTo("import"))
                    .body(changed + ".updated_by", equalTo("editor-import"));
            // The public read says what changed and when, but not which colleague changed it.
            given().when().get("/service_at_locations/" + centreId).then().statusCode(200)
                    .body(changed + ".replacement_value", equalTo(CHANGED))
                    .body(changed + ".updated_by", not(equalTo("editor-import")));
            given().when().get("/organizations/" + organisationId).then().statusCode(200)
                    .body("locations.find { it.id == '" + locationId + "' }.metadata.field_name",
                            hasItem("description"));
        } finally {
            editor().body(before).when().put("/api/directory/import").then().statusCode(200);
        }
    }

    private List<String> actions(String resource) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select last_action_type, previous_value from metadata"
                        + " where resource_id = ? order by last_action_date, last_action_type")) {
            q.setObject(1, UUID.fromString(resource));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                    if ("delete".equals(rows.getString(1))) {
                        assertTrue(rows.getString(2).contains("Door een import toegevoegd (test)"), rows.getString(2));
                    }
                }
            }
        }
        return found;
    }

    /** A copy of a record is refused while it shares the ids of its areas or languages with the original. */
    private static void newIds(ObjectNode record) {
        record.fields().forEachRemaining(field -> {
            if (field.getValue().isArray()) {
                for (JsonNode nested : field.getValue()) {
                    if (nested instanceof ObjectNode o && o.has("id")) {
                        o.put("id", UUID.randomUUID().toString());
                    }
                }
            }
        });
    }
}
