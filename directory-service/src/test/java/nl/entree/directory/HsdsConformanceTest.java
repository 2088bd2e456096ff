package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
import nl.entree.support.db.OlderSchema;
import nl.entree.support.token.Tokens;

/**
 * What the directory serves is HSDS 3.x: the end of the day is 23:59 (HSDS's time has no 24:00; its field guidance
 * gives 00:00 to 23:59 for a service open all day), a service area's {@code extent_type} is {@code text}, and
 * {@code timezone} is left out rather than set to an offset that is wrong half the year. 23:59 reads as the end of
 * the day on every way in, so 24/7 stays 24/7; what older clients send (24:00, safety_region, country) is still
 * understood, and V9 brings a directory stored before to the same.
 */
@QuarkusTest
class HsdsConformanceTest {

    private static final String CSG_LINE = "663605dc-9a9f-327c-8c20-03b885cb3f27";
    private static final String NATIONAL_LINE = "options.find { it.scope == 'NATIONAL' && it.channel == 'PHONE' }";
    /** Tuesday 31 March 2026, 23:59:30 CEST: within the last minute of the day. */
    private static final String LAST_MINUTE = "2026-03-31T21:59:30Z";
    private static final Instant SEEDED = Instant.parse("2026-11-20T08:00:00Z");

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    private static String editor() {
        return Tokens.as("editor").subject("editor-anna").sign();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static RequestSpecification casemanager() {
        return given().auth().oauth2(Tokens.casemanager("CSG"));
    }

    private static Provenance checked() {
        return new Provenance("https://example.org/checked-by-phone", null, true, LocalDate.of(2026, 11, 30), null,
                null, null, null);
    }

    @Test
    void theSeedsTwentyFourSevenLineIsServedUntil2359WithoutATimezoneAndIsOpenInTheLastMinute() {
        given().when().get("/services/" + CSG_LINE)
                .then().statusCode(200)
                .body("schedules[0].byday", equalTo(Schedule.ALL_DAYS))
                .body("schedules[0].opens_at", equalTo("00:00"))
                .body("schedules[0].closes_at", equalTo("23:59"))
                .body("schedules[0]", not(hasKey("timezone")));
        given().queryParam("per_page", 500).when().get("/services")
                .then().statusCode(200)
                .body("contents.schedules.flatten().closes_at", not(hasItem("24:00")));
        casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13").queryParam("at", LAST_MINUTE)
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body(NATIONAL_LINE + ".openness.state", equalTo("OPEN"))
                .body(NATIONAL_LINE + ".openness.closes_at", nullValue())
                .body(NATIONAL_LINE + ".openness.hours", equalTo("24/7"))
                .body(NATIONAL_LINE + ".openness.round_the_clock", equalTo(true))
                // Entree's own week keeps its documented shape: 24:00 is the end of the day there.
                .body(NATIONAL_LINE + ".openness.week[0].closes_at", equalTo("24:00"));
    }

    @Test
    void aServiceSentWithTheEndOfTheDayAs2359OrAs2400IsTwentyFourSevenAndStoredAs2359() throws IOException {
        String editor = editor();
        String before = as(editor).when().get("/api/directory/export").then().statusCode(200).extract().asString();
        try {
            String cvsn = given().queryParam("search", "Veilige Sport").when().get("/organizations")
                    .then().statusCode(200).extract().path("contents[0].id");
            Service chat = new Service(null, cvsn, "Chat dag en nacht (test)", null, null,
                    "https://example.org/chat", null, "active", null, null, null, null,
                    List.of(new Schedule(UUID.randomUUID().toString(), "WEEKLY", Schedule.ALL_DAYS, "00:00", "23:59",
                            null, null, null, null, null)),
                    List.of(new ServiceArea(UUID.randomUUID().toString(), null, null, "NL", ServiceArea.TEXT, null)),
                    null, Channel.CHAT, null, checked(), null, null, null);
            String id = as(editor).body(json.writeValueAsString(chat)).when().post("/api/directory/services")
                    .then().statusCode(201).extract().path("id");
            theChatIsTwentyFourSeven(id);

            // An older client writes the end of the day as 24:00: the same week, stored as HSDS writes it.
            ObjectNode corrected = json.valueToTree(chat);
            ((ObjectNode) corrected.get("schedules").get(0)).put("closes_at", "24:00");
            as(editor).body(corrected.toString()).when().put("/api/directory/services/" + id)
                    .then().statusCode(200).body("schedules[0].closes_at", equalTo("23:59"));
            theChatIsTwentyFourSeven(id);

            ObjectNode added = json.valueToTree(chat);
            added.put("name", "Tweede chat dag en nacht (test)");
            ((ObjectNode) added.get("schedules").get(0)).put("closes_at", "24:00")
                    .put("id", UUID.randomUUID().toString());
            ((ObjectNode) added.get("service_areas").get(0)).put("id", UUID.randomUUID().toString());
            String second = as(editor).body(added.toString()).when().post("/api/directory/services")
                    .then().statusCode(201).extract().path("id");
            theChatIsTwentyFourSeven(second);
        } finally {
            as(editor).body(before).when().put("/api/directory/import").then().statusCode(200);
        }
    }

    private void theChatIsTwentyFourSeven(String id) {
        String option = "find { it.service_id == '" + id + "' }";
        given().when().get("/services/" + id).then().statusCode(200)
                .body("schedules[0].closes_at", equalTo("23:59"));
        casemanager().queryParam("channel", "CHAT").queryParam("at", LAST_MINUTE)
                .when().get("/api/directory/search")
                .then().statusCode(200)
                .body(option + ".openness.state", equalTo("OPEN"))
                .body(option + ".openness.hours", equalTo("24/7"))
                .body(option + ".openness.round_the_clock", equalTo(true))
                .body(option + ".open_now", equalTo(true));
    }

    @Test
    void aCentreCorrectedToBeOpenUntil2359IsOpenAllDayAndNight() throws IOException {
        String editor = editor();
        String before = as(editor).when().get("/api/directory/export").then().statusCode(200).extract().asString();
        String sal = casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13")
                .when().get("/api/directory/where")
                .then().statusCode(200).extract().path("regional.service_at_location_id");
        ServiceAtLocation read = json.readValue(given().when().get("/service_at_locations/" + sal)
                .then().statusCode(200).extract().asString(), ServiceAtLocation.class);
        ServiceAtLocation allDay = new ServiceAtLocation(read.id(), read.serviceId(), read.locationId(),
                read.description(), List.of(new Phone(UUID.randomUUID().toString(), "020-000 00 00", "voice",
                        "Eigen nummer (test)", checked())),
                List.of(new Schedule(UUID.randomUUID().toString(), "WEEKLY", Schedule.ALL_DAYS, "00:00", "23:59",
                        null, null, null, null, null)),
                read.serviceAreas(), checked(), null, null);
        String own = "regional.phones.find { it.number == '020-000 00 00' }";
        try {
            as(editor).body(json.writeValueAsString(allDay)).when().put("/api/directory/service_at_locations/" + sal)
                    .then().statusCode(200).body("schedules[0].closes_at", equalTo("23:59"));
            casemanager().queryParam("organisation", "CSG").queryParam("region", "VR13").queryParam("at", LAST_MINUTE)
                    .when().get("/api/directory/where")
                    .then().statusCode(200)
                    .body(own + ".openness.state", equalTo("OPEN"))
                    .body(own + ".openness.hours", equalTo("24/7"))
                    .body(own + ".openness.round_the_clock", equalTo(true))
                    .body("regional.openness.hours", equalTo("24/7"))
                    .body("regional.openness.round_the_clock", equalTo(true));
        } finally {
            as(editor).body(before).when().put("/api/directory/import").then().statusCode(200);
        }
    }

    @Test
    void serviceAreasAreHsdsTextWithTheRegionOrTheCountryAsTheirExtent() {
        String id = given().queryParam("search", "Centrum Seksueel Geweld").queryParam("per_page", 500)
                .when().get("/service_at_locations")
                .then().statusCode(200)
                .extract().path("contents.find { it.location.name == 'CSG Limburg (Maastricht UMC+)' }.id");
        given().when().get("/service_at_locations/" + id)
                .then().statusCode(200)
                .body("service_areas.extent", equalTo(List.of("VR23", "VR24")))
                .body("service_areas.extent_type", everyItem(equalTo("text")));
        given().when().get("/services/" + CSG_LINE)
                .then().statusCode(200)
                .body("service_areas.extent", equalTo(List.of("NL")))
                .body("service_areas.extent_type", equalTo(List.of("text")));
        given().queryParam("per_page", 500).when().get("/service_at_locations")
                .then().statusCode(200)
                .body("contents.service_areas.flatten().extent_type", everyItem(equalTo("text")));
    }

    @Test
    void anAreaSentWithTheOldTypeIsStoredAsTextAndStillFoundAndAnotherTypeIsRefused() throws IOException {
        String editor = editor();
        String before = as(editor).when().get("/api/directory/export").then().statusCode(200).extract().asString();
        try {
            String cvsn = given().queryParam("search", "Veilige Sport").when().get("/organizations")
                    .then().statusCode(200).extract().path("contents[0].id");
            Service walkIn = new Service(null, cvsn, "Inloop in Gelderland-Zuid (test)", null, null, null, null,
                    "active", null, null, null, null,
                    List.of(new Schedule(UUID.randomUUID().toString(), "WEEKLY", "MO,WE", "10:00", "12:00", null,
                            null, null, null, null)),
                    List.of(new ServiceArea(UUID.randomUUID().toString(), null, null, "VR08", ServiceArea.TEXT,
                            null)),
                    null, Channel.WALK_IN, null, checked(), null, null, null);
            ObjectNode old = json.valueToTree(walkIn);
            ((ObjectNode) old.get("service_areas").get(0)).put("extent_type", "safety_region");
            String id = as(editor).body(old.toString()).when().post("/api/directory/services")
                    .then().statusCode(201).extract().path("id");
            given().when().get("/services/" + id).then().statusCode(200)
                    .body("service_areas[0].extent_type", equalTo("text"))
                    .body("service_areas[0].extent", equalTo("VR08"));
            casemanager().queryParam("organisation", "CVSN").queryParam("region", "VR08")
                    .when().get("/api/directory/where")
                    .then().statusCode(200)
                    .body("options.service_id", hasItem(id));

            ObjectNode geojson = json.valueToTree(walkIn);
            geojson.put("name", "Inloop met een vlak (test)");
            ((ObjectNode) geojson.get("service_areas").get(0)).put("extent_type", "geojson");
            as(editor).body(geojson.toString()).when().post("/api/directory/services")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("service_areas[0].extent_type"));
            ObjectNode elsewhere = json.valueToTree(walkIn);
            elsewhere.put("name", "Inloop buiten de regio's (test)");
            ((ObjectNode) elsewhere.get("service_areas").get(0)).put("extent", "VR26");
            as(editor).body(elsewhere.toString()).when().post("/api/directory/services")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("service_areas[0].extent"));
        } finally {
            as(editor).body(before).when().put("/api/directory/import").then().statusCode(200);
        }
    }

    @Test
    void aDirectoryStoredBeforeV9Gets2359AndTextAreasAndARecordWithoutEitherIsLeftAlone() throws Exception {
        String week = "{\"id\": \"" + UUID.randomUUID() + "\", \"freq\": \"WEEKLY\", \"byday\": \""
                + Schedule.ALL_DAYS + "\", \"opens_at\": \"00:00\", \"closes_at\": \"%s\"}";
        String area = "{\"id\": \"" + UUID.randomUUID() + "\", \"extent\": \"%s\", \"extent_type\": \"%s\"}";
        try (OlderSchema old = OlderSchema.at(dataSource, "before_v9", "8")) {
            UUID org = UUID.randomUUID();
            UUID line = UUID.randomUUID();
            UUID done = UUID.randomUUID();
            UUID place = UUID.randomUUID();
            UUID centre = UUID.randomUUID();
            insert(old, "organization", "(id, code, name, last_modified, document) values (?, 'CSG', 'CSG', ?, "
                    + "?::jsonb)", org, "{}");
            insert(old, "location", "(id, organization_id, name, last_modified, document) values (?, '" + org
                    + "', 'CSG Amsterdam', ?, ?::jsonb)", place, "{}");
            insert(old, "service", "(id, organization_id, name, status, search_text, last_modified, document, version)"
                    + " values (?, '" + org + "', 'CSG – telefoon', 'active', 'csg', ?, ?::jsonb, 2)", line,
                    "{\"schedules\": [" + week.formatted("24:00") + "], \"service_areas\": ["
                            + area.formatted("NL", "country") + "]}");
            insert(old, "service", "(id, organization_id, name, status, search_text, last_modified, document, version)"
                    + " values (?, '" + org + "', 'CSG – chat', 'active', 'csg', ?, ?::jsonb, 5)", done,
                    "{\"schedules\": [" + week.formatted("23:59") + "], \"service_areas\": ["
                            + area.formatted("NL", "text") + "]}");
            insert(old, "service_at_location", "(id, service_id, location_id, last_modified, document, version) "
                    + "values (?, '" + line + "', '" + place + "', ?, ?::jsonb, 7)", centre,
                    "{\"schedules\": [" + week.formatted("24:00") + "], \"service_areas\": ["
                            + area.formatted("VR13", "safety_region") + "]}");

            old.migrateToLatest();

            assertEquals("23:59|text|NL|3|true", row(old, "service", "select document #>> '{schedules,0,closes_at}' "
                    + "|| '|' || (document #>> '{service_areas,0,extent_type}') || '|' "
                    + "|| (document #>> '{service_areas,0,extent}') || '|' || version || '|' "
                    + "|| (last_modified > '" + SEEDED + "')::text from %s where id = ?", line));
            assertEquals("23:59|text|5|false", row(old, "service", "select document #>> '{schedules,0,closes_at}' "
                    + "|| '|' || (document #>> '{service_areas,0,extent_type}') || '|' || version || '|' "
                    + "|| (last_modified > '" + SEEDED + "')::text from %s where id = ?", done),
                    "a record already as HSDS writes it is left alone");
            assertEquals("23:59|text|VR13|8", row(old, "service_at_location", "select document #>> "
                    + "'{schedules,0,closes_at}' || '|' || (document #>> '{service_areas,0,extent_type}') || '|' "
                    + "|| (document #>> '{service_areas,0,extent}') || '|' || version from %s where id = ?", centre));
        }
    }

    private void insert(OlderSchema old, String table, String rest, UUID id, String... values) throws SQLException {
        SeededRows.insert(dataSource, old, SEEDED, table, rest, id, values);
    }

    private String row(OlderSchema old, String table, String sql, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(String.format(sql, old.table(table)))) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
