package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import nl.entree.common.vocabulary.Channel;
import nl.entree.common.vocabulary.Need;
import nl.entree.directory.hsds.Language;
import nl.entree.directory.hsds.Metadata;
import nl.entree.directory.hsds.Phone;
import nl.entree.directory.hsds.Provenance;
import nl.entree.directory.hsds.Schedule;
import nl.entree.directory.hsds.Service;
import nl.entree.directory.hsds.ServiceArea;
import nl.entree.directory.hsds.ServiceAtLocation;
import nl.entree.support.token.Tokens;

/** An editor corrects the sociale kaart: only with the right role, with a source and a date, and nothing is forgotten. */
@QuarkusTest
class EditingTest {

    @Inject
    ObjectMapper json;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static String editor() {
        return Tokens.as("editor").subject("editor-anna").sign();
    }

    private static String cvsn() {
        return given().queryParam("search", "Veilige Sport").when().get("/organizations")
                .then().statusCode(200).extract().path("contents[0].id");
    }

    /** A walk-in of CVSN on two mornings in VR06, checked by phone: a service the directory accepts. */
    private static Service newService(String name) {
        return newService(null, name, List.of(weekly("MO,WE", "10:00", "12:00")), List.of(area("VR06")),
                checked("https://example.org/checked-by-phone", "2026-11-30"));
    }

    private static Service newService(String id, String name, List<Schedule> schedules, List<ServiceArea> areas,
            Provenance provenance) {
        return new Service(id, cvsn(), name, null, null, null, null, "active", null, null, null, null, schedules,
                areas, null, Channel.WALK_IN, null, provenance, null, null, null);
    }

    private static Schedule weekly(String byday, String opens, String closes) {
        return new Schedule(UUID.randomUUID().toString(), "WEEKLY", byday, opens, closes, null, null, null, null,
                null);
    }

    private static ServiceArea area(String region) {
        return new ServiceArea(UUID.randomUUID().toString(), null, null, region, ServiceArea.TEXT, null);
    }

    private static Provenance checked(String source, String on) {
        return new Provenance(source, null, true, on == null ? null : LocalDate.parse(on), null, null, null, null);
    }

    /** A record as the service reads it: written by the service's own mapper (snake_case, ISO dates). */
    private String body(Object record) throws IOException {
        return json.writeValueAsString(record);
    }

    @Test
    void aServiceWithoutACentreOrAnAreaIsRefusedSinceNobodyWouldFindIt() throws IOException {
        Service nowhere = newService(null, "Nergens te vinden", List.of(weekly("MO,WE", "10:00", "12:00")), null,
                checked("https://example.org/checked-by-phone", "2026-11-30"));
        as(editor()).body(body(nowhere)).when().post("/api/directory/services")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("service_areas"));
        given().queryParam("search", "Nergens te vinden").when().get("/services")
                .then().statusCode(200).body("total_items", equalTo(0));
    }

    @Test
    void aLinkThatIsNotAWebAddressOrAnEMailThatIsNotOneAddressIsRefused() throws IOException {
        Service scripted = newService(null, "Met een script als chat", List.of(weekly("MO,WE", "10:00", "12:00")),
                List.of(area("VR06")), checked("https://example.org/checked-by-phone", "2026-11-30"));
        Service withLinks = new Service(null, scripted.organizationId(), scripted.name(), null, null,
                "javascript:alert(document.cookie)", "info@example.nl, ander@example.nl", "active", null, null, null,
                null, scripted.schedules(), scripted.serviceAreas(), null, Channel.CHAT, null, scripted.provenance(),
                null, null, null);
        as(editor()).body(body(withLinks)).when().post("/api/directory/services")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("url"))
                .body("violations.field", hasItem("email"));
        given().queryParam("search", "Met een script als chat").when().get("/services")
                .then().statusCode(200).body("total_items", equalTo(0));

        Service fine = new Service(null, scripted.organizationId(), "Met een echte chat", null, null,
                "https://chat.example.nl/start", "info@example.nl", "active", null, null, null, null,
                scripted.schedules(), scripted.serviceAreas(), null, Channel.CHAT, null, scripted.provenance(), null,
                null, null);
        String id = as(editor()).body(body(fine)).when().post("/api/directory/services")
                .then().statusCode(201).extract().path("id");
        as(editor()).body(Map.of("status", "defunct")).when().post("/api/directory/services/" + id + "/retire")
                .then().statusCode(200);
    }

    @Test
    void writingNeedsAnAdminOrAnEditor() throws IOException {
        given().contentType(ContentType.JSON).body(body(newService("Zonder token")))
                .when().post("/api/directory/services")
                .then().statusCode(401).contentType("application/problem+json");
        as(Tokens.casemanager("CSG")).body(body(newService("Als casemanager")))
                .when().post("/api/directory/services")
                .then().statusCode(403).contentType("application/problem+json");
        as(Tokens.coordinator()).when().get("/api/directory/export").then().statusCode(403);
        as(Tokens.admin()).body(body(newService("Door een admin")))
                .when().post("/api/directory/services")
                .then().statusCode(201);
    }

    @Test
    void aCorrectionNeedsItsSourceAndDateAndEveryFaultIsNamed() throws IOException {
        Service s = newService(null, "Onvolledig", List.of(weekly("MO,XX", "25:00", "12:00")),
                List.of(area("VR06")), checked("https://example.org", null));
        as(editor()).body(body(s)).when().post("/api/directory/services")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("provenance.verified_on"))
                .body("violations.field", hasItem("schedules[0].opens_at"))
                .body("violations.field", hasItem("schedules[0].byday"));
        given().queryParam("search", "Onvolledig").when().get("/services")
                .then().statusCode(200).body("total_items", equalTo(0));
    }

    @Test
    void aCorrectedServiceKeepsItsHistoryAndIsAudited() throws IOException {
        String id = as(editor()).body(body(newService("Inloop Papendal (test)")))
                .when().post("/api/directory/services")
                .then().statusCode(201).extract().path("id");
        Service corrected = newService(null, "Inloop Papendal (test)", List.of(weekly("MO,WE,FR", "09:00", "12:00")),
                List.of(area("VR06")), checked("https://example.org/checked-again", "2026-12-01"));
        as(editor()).body(body(corrected)).when().put("/api/directory/services/" + id)
                .then().statusCode(200).body("schedules[0].byday", equalTo("MO,WE,FR"));
        given().when().get("/services/" + id)
                .then().statusCode(200)
                .body("metadata.last_action_type", hasItem("create"))
                .body("metadata.find { it.field_name == 'schedules' }.previous_value", org.hamcrest.Matchers.containsString("MO,WE"))
                .body("metadata.find { it.field_name == 'schedules' }.replacement_value", org.hamcrest.Matchers.containsString("MO,WE,FR"))
                .body("metadata.find { it.field_name == 'schedules' }.updated_by", equalTo("redactie"));
        as(editor()).when().get("/services/" + id)
                .then().statusCode(200)
                .body("metadata.find { it.field_name == 'schedules' }.updated_by", equalTo("editor-anna"));
        List<String> actions = trail(id).stream().map(r -> r.get("action") + ":" + r.get("result") + ":" + r.get("actor"))
                .toList();
        assertEquals(List.of("SERVICE_CREATE:OK:editor-anna", "SERVICE_UPDATE:OK:editor-anna"), actions);
    }

    @Test
    void aRetiredServiceStaysInHsdsButIsNoLongerOffered() throws IOException {
        String id = as(editor()).body(body(newService("Tijdelijke inloop (test)")))
                .when().post("/api/directory/services")
                .then().statusCode(201).extract().path("id");
        as(editor()).body(Map.of("status", "removed")).when().post("/api/directory/services/" + id + "/retire")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        as(editor()).body(Map.of("status", "defunct")).when().post("/api/directory/services/" + id + "/retire")
                .then().statusCode(200).body("status", equalTo("defunct"));
        given().when().get("/services/" + id).then().statusCode(200).body("status", equalTo("defunct"));
        as(Tokens.coordinator()).queryParam("region", "VR06").when().get("/api/directory/search")
                .then().statusCode(200).body("service_id", not(hasItem(id)));
        List<Map<String, Object>> trail = trail(id);
        assertEquals("INVALID", trail.get(1).get("result"));
        assertEquals("SERVICE_RETIRE", trail.get(2).get("action"));
    }

    @Test
    void aServiceChangedByAColleagueSinceItWasReadIsNeitherCorrectedNorRetiredOverIt() throws IOException {
        String id = as(editor()).body(body(newService("Inloop Ede (test)")))
                .when().post("/api/directory/services")
                .then().statusCode(201).extract().path("id");
        String read = given().when().get("/services/" + id).then().statusCode(200).extract().header("ETag");

        String afterAnna = as(editor()).header("If-Match", read)
                .body(body(newService("Inloop Ede, nieuwe tijden (test)")))
                .when().put("/api/directory/services/" + id)
                .then().statusCode(200).header("ETag", not(equalTo(read))).extract().header("ETag");

        // Bram opened the service before Anna saved.
        as(Tokens.as("editor").subject("editor-bram").sign()).header("If-Match", read)
                .body(body(newService("Inloop Ede, oude tijden (test)")))
                .when().put("/api/directory/services/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("changed by someone else after you read it"));
        as(Tokens.as("editor").subject("editor-bram").sign()).header("If-Match", read)
                .body(Map.of("status", "defunct"))
                .when().post("/api/directory/services/" + id + "/retire")
                .then().statusCode(412);
        given().when().get("/services/" + id).then().statusCode(200)
                .header("ETag", equalTo(afterAnna))
                .body("name", equalTo("Inloop Ede, nieuwe tijden (test)"))
                .body("status", equalTo("active"));

        as(editor()).header("If-Match", afterAnna).body(Map.of("status", "defunct"))
                .when().post("/api/directory/services/" + id + "/retire")
                .then().statusCode(200).header("ETag", not(equalTo(afterAnna))).body("status", equalTo("defunct"));
    }

    @Test
    void anExportImportsBackUnchanged() {
        String first = as(editor()).when().get("/api/directory/export").then().statusCode(200).extract().asString();
        as(editor()).body(first).when().put("/api/directory/import")
                .then().statusCode(200).body("organizations", equalTo(6));
        String second = as(editor()).when().get("/api/directory/export").then().statusCode(200).extract().asString();
        assertEquals(first, second);
        given().when().get("/").then().body("origin.check_before_use", equalTo(true));
    }

    @Test
    void aBrokenImportIsRefusedWholeAndChangesNothing() {
        String before = as(editor()).when().get("/api/directory/export").then().statusCode(200).extract().asString();
        Map<String, Object> directory = new io.restassured.path.json.JsonPath(before).getMap("");
        List<Map<String, Object>> services = new ArrayList<>(castList(directory.get("services")));
        Map<String, Object> orphan = new HashMap<>(services.get(0));
        orphan.put("id", UUID.randomUUID().toString());
        orphan.put("organization_id", UUID.randomUUID().toString());
        services.add(orphan);
        Map<String, Object> broken = new HashMap<>(directory);
        broken.put("services", services);
        broken.put("organizations", List.of());
        as(editor()).body(broken).when().put("/api/directory/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("services[" + (services.size() - 1) + "].organization_id"))
                .body("violations.field", hasItem("locations[0].organization_id"));
        String after = as(editor()).when().get("/api/directory/export").then().statusCode(200).extract().asString();
        assertEquals(before, after);

        // An empty document would replace every way in with none.
        as(editor()).body(Map.of()).when().put("/api/directory/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("organizations"))
                .body("violations.field", hasItem("services"));
        assertEquals(before, as(editor()).when().get("/api/directory/export").then().extract().asString());
    }

    @Test
    void aServiceCopiedWithItsPhonesIdsIsRefusedSoTheExportStillImportsBack() {
        String before = as(editor()).when().get("/api/directory/export").then().statusCode(200).extract().asString();
        Map<String, Object> directory = new io.restassured.path.json.JsonPath(before).getMap("");
        Map<String, Object> original = castList(directory.get("services")).stream()
                .filter(x -> x.get("phones") instanceof List<?> phones && !phones.isEmpty()).findFirst().orElseThrow();
        Map<String, Object> copy = new HashMap<>(original);
        copy.put("id", UUID.randomUUID().toString());
        copy.remove("metadata");
        as(editor()).body(copy).when().post("/api/directory/services")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("phones[0].id"));
        assertEquals(before, as(editor()).when().get("/api/directory/export").then().extract().asString());
    }

    @Test
    void aNullInsideAListIsA400NamingItsPlaceAndStoresNothing() throws IOException {
        Service s = new Service(null, cvsn(), "Met een gat (test)", null, null, null, null, "active", null, null,
                null, Arrays.asList((Phone) null), Arrays.asList(weekly("MO,WE", "10:00", "12:00"), null),
                Arrays.asList((ServiceArea) null), Arrays.asList((Language) null), Channel.WALK_IN,
                Arrays.asList((Need) null), checked("https://example.org/checked-by-phone", "2026-11-30"), null, null,
                null);
        as(editor()).body(body(s)).when().post("/api/directory/services")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("phones[0]"))
                .body("violations.field", hasItem("schedules[1]"))
                .body("violations.field", hasItem("service_areas[0]"))
                .body("violations.field", hasItem("languages[0]"))
                .body("violations.field", hasItem("needs[0]"));
        given().queryParam("search", "Met een gat").when().get("/services")
                .then().statusCode(200).body("total_items", equalTo(0));

        String sal = given().queryParam("per_page", 500).when().get("/service_at_locations")
                .then().statusCode(200).extract().path("contents[0].id");
        Map<String, Object> centre = new HashMap<>(given().when().get("/service_at_locations/" + sal)
                .then().statusCode(200).extract().jsonPath().getMap(""));
        centre.remove("location");
        centre.remove("metadata");
        centre.put("provenance", Map.of("source", "https://example.org", "verified", true,
                "verified_on", "2026-11-30"));
        centre.put("service_areas", Arrays.asList((Object) null));
        as(editor()).body(centre).when().put("/api/directory/service_at_locations/" + sal)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("service_areas[0]"));

        String before = as(editor()).when().get("/api/directory/export").then().statusCode(200).extract().asString();
        Map<String, Object> directory = new HashMap<>(new io.restassured.path.json.JsonPath(before).getMap(""));
        List<Object> services = new ArrayList<>(castList(directory.get("services")));
        services.add(null);
        directory.put("services", services);
        List<Object> organizations = new ArrayList<>(castList(directory.get("organizations")));
        Map<String, Object> first = new HashMap<>(castMap(organizations.get(0)));
        first.put("organization_identifiers", Arrays.asList((Object) null));
        organizations.set(0, first);
        directory.put("organizations", organizations);
        as(editor()).body(directory).when().put("/api/directory/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("services[" + (services.size() - 1) + "]"))
                .body("violations.field", hasItem("organizations[0].organization_identifiers[0]"));
        String after = as(editor()).when().get("/api/directory/export").then().statusCode(200).extract().asString();
        assertEquals(before, after);
    }

    @Test
    void anOrganisationCodeOutsideTheSixIsA400SoNoFrontDoorIsLeftUnableToReadTheDirectory() {
        String before = as(editor()).when().get("/api/directory/export").then().statusCode(200).extract().asString();
        String identifiers = "organizations\\[\\d+]\\.organization_identifiers";
        for (String code : List.of("POLITIE", "csg")) {
            String changed = before.replaceFirst("\"identifier\"\\s*:\\s*\"CSG\"", "\"identifier\":\"" + code + "\"");
            assertNotEquals(before, changed);
            as(editor()).body(changed).when().put("/api/directory/import")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem(matchesPattern(identifiers)))
                    .body("violations.message", hasItem(containsString("the code " + code + " is not one of")));
        }
        assertEquals(before, as(editor()).when().get("/api/directory/export").then().statusCode(200).extract()
                .asString());
    }

    /** The last centre of the list as an editor's form reads it, with its ETag. */
    private Map.Entry<String, ServiceAtLocation> lastCentre() throws IOException {
        List<String> ids = given().queryParam("per_page", 500).when().get("/service_at_locations")
                .then().statusCode(200).extract().path("contents.id");
        var read = given().when().get("/service_at_locations/" + ids.get(ids.size() - 1)).then().statusCode(200)
                .extract();
        return Map.entry(read.header("ETag"), json.readValue(read.asString(), ServiceAtLocation.class));
    }

    /** The centre as read, with another description, checked at its source on 30 November; as the service reads it. */
    private String described(ServiceAtLocation read, String description) throws IOException {
        return json.writeValueAsString(new ServiceAtLocation(read.id(), read.serviceId(), read.locationId(),
                description, read.phones(), read.schedules(), read.serviceAreas(),
                new Provenance("https://example.org/checked-by-phone", null, true, LocalDate.of(2026, 11, 30), null,
                        null, null, null), null, null));
    }

    private ServiceAtLocation stored(String sal) throws IOException {
        return json.readValue(as(editor()).when().get("/service_at_locations/" + sal).then().statusCode(200)
                .extract().asString(), ServiceAtLocation.class);
    }

    @Test
    void aCorrectionBasedOnWhatWasReadBeforeAColleaguesIsRefusedAndOverwritesNothing() throws IOException {
        Map.Entry<String, ServiceAtLocation> read = lastCentre();
        String read1 = read.getKey();
        String sal = read.getValue().id();

        String afterAnna = as(editor()).header("If-Match", read1)
                .body(described(read.getValue(), "Gecorrigeerd door Anna (test)"))
                .when().put("/api/directory/service_at_locations/" + sal)
                .then().statusCode(200).header("ETag", not(equalTo(read1))).extract().header("ETag");

        // Bram opened the same centre before Anna saved.
        as(Tokens.as("editor").subject("editor-bram").sign()).header("If-Match", read1)
                .body(described(read.getValue(), "Gecorrigeerd door Bram (test)"))
                .when().put("/api/directory/service_at_locations/" + sal)
                .then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("corrected by someone else after you read it"));
        given().when().get("/service_at_locations/" + sal).then().statusCode(200).header("ETag", equalTo(afterAnna));
        assertEquals("Gecorrigeerd door Anna (test)", stored(sal).description());

        as(editor()).header("If-Match", "the one I read").body(described(read.getValue(), "Zonder versie (test)"))
                .when().put("/api/directory/service_at_locations/" + sal)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("If-Match"));
    }

    @Test
    void aCorrectionOrRetirementRefusedForAMalformedIfMatchIsInTheAuditTrail() throws IOException {
        // The service it adds is taken out again: the broken import's test expects its orphan among the first faults.
        String directory = as(editor()).when().get("/api/directory/export").then().statusCode(200).extract()
                .asString();
        try {
            String id = as(editor()).body(body(newService("Met een kapotte versie (test)")))
                    .when().post("/api/directory/services")
                    .then().statusCode(201).extract().path("id");
            as(editor()).header("If-Match", "the one I read").body(body(newService("Overschreven (test)")))
                    .when().put("/api/directory/services/" + id)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("If-Match"));
            as(editor()).header("If-Match", "W/\"1\"").body(Map.of("status", "defunct"))
                    .when().post("/api/directory/services/" + id + "/retire")
                    .then().statusCode(400).body("violations.field", hasItem("If-Match"));
            assertEquals(List.of("SERVICE_CREATE:OK", "SERVICE_UPDATE:INVALID", "SERVICE_RETIRE:INVALID"), changes(id));

            Map.Entry<String, ServiceAtLocation> read = lastCentre();
            String sal = read.getValue().id();
            List<String> before = changes(sal);
            as(editor()).header("If-Match", "*").body(described(read.getValue(), "Zonder versie (test)"))
                    .when().put("/api/directory/service_at_locations/" + sal)
                    .then().statusCode(400).body("violations.field", hasItem("If-Match"));
            List<String> after = changes(sal);
            assertEquals(before.size() + 1, after.size(), after.toString());
            assertEquals("SERVICE_AT_LOCATION_UPDATE:INVALID", after.get(after.size() - 1));
        } finally {
            as(editor()).body(directory).when().put("/api/directory/import").then().statusCode(200);
        }
    }

    @Test
    void aCorrectionFormOpenedBeforeAnImportIsRefusedAfterIt() throws IOException {
        Map.Entry<String, ServiceAtLocation> read = lastCentre();
        String sal = read.getValue().id();
        String directory = as(editor()).when().get("/api/directory/export").then().statusCode(200).extract()
                .asString();
        as(editor()).body(directory).when().put("/api/directory/import").then().statusCode(200);

        given().when().get("/service_at_locations/" + sal).then().statusCode(200)
                .header("ETag", not(equalTo(read.getKey())));
        as(editor()).header("If-Match", read.getKey())
                .body(described(read.getValue(), "Voor de import geopend (test)"))
                .when().put("/api/directory/service_at_locations/" + sal)
                .then().statusCode(412).contentType("application/problem+json");
        assertEquals(read.getValue().description(), stored(sal).description());
    }

    @Test
    void correctionsSentAtOnceTakeTurnsAndOnlyOneOfThoseBasedOnTheSameReadIsStored() throws Exception {
        Map.Entry<String, ServiceAtLocation> read = lastCentre();
        String sal = read.getValue().id();
        ExecutorService editors = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String centre = described(read.getValue(), "Tegelijk gecorrigeerd " + i + " (test)");
                answers.add(editors.submit(() -> as(editor()).header("If-Match", read.getKey()).body(centre)
                        .when().put("/api/directory/service_at_locations/" + sal).then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        } finally {
            editors.shutdownNow();
        }
        List<Metadata> history = stored(sal).metadata();
        assertEquals(1, history.stream().filter(m -> "description".equals(m.fieldName())
                && m.replacementValue().startsWith("Tegelijk gecorrigeerd")).count(),
                "the history names the one stored correction: " + history);
    }

    /** A retry or a double submit of the same change, arriving together: the second waits, and nothing fails. */
    @Test
    void theSameImportOrNewServiceSentTwiceAtOnceIsAnsweredAsIfOneAfterTheOther() throws Exception {
        String directory = as(editor()).when().get("/api/directory/export").then().statusCode(200).extract()
                .asString();
        String service = body(newService(UUID.randomUUID().toString(), "Tweemaal verstuurd (test)",
                List.of(weekly("MO,WE", "10:00", "12:00")), List.of(area("VR06")),
                checked("https://example.org/checked-by-phone", "2026-11-30")));
        ExecutorService editors = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> imports = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                imports.add(editors.submit(() -> as(editor()).body(directory).when().put("/api/directory/import")
                        .then().extract().statusCode()));
            }
            assertEquals(List.of(200, 200), List.of(imports.get(0).get(60, TimeUnit.SECONDS),
                    imports.get(1).get(60, TimeUnit.SECONDS)));
            List<Future<Integer>> creates = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                creates.add(editors.submit(() -> as(editor()).body(service).when().post("/api/directory/services")
                        .then().extract().statusCode()));
            }
            List<Integer> created = List.of(creates.get(0).get(60, TimeUnit.SECONDS),
                    creates.get(1).get(60, TimeUnit.SECONDS));
            assertTrue(created.contains(201) && created.contains(409), created.toString());
        } finally {
            editors.shutdownNow();
        }
        given().queryParam("search", "Tweemaal verstuurd").when().get("/services")
                .then().statusCode(200).body("total_items", equalTo(1));
    }

    @Test
    void thePublicIsNotToldWhichStaffMemberEditedOrImported() throws IOException {
        String id = as(editor()).body(body(newService("Inloop Arnhem (test)")))
                .when().post("/api/directory/services")
                .then().statusCode(201).extract().path("id");
        String body = given().when().get("/services/" + id).then().statusCode(200)
                .body("metadata.updated_by", hasItem("redactie")).extract().asString();
        assertFalse(body.contains("editor-anna"), body);
        String directory = as(editor()).when().get("/api/directory/export").then().statusCode(200).extract().asString();
        as(editor()).body(directory).when().put("/api/directory/import").then().statusCode(200);
        String root = given().when().get("/").then().statusCode(200).extract().asString();
        assertFalse(root.contains("editor-anna"), root);
        String organisations = given().queryParam("per_page", 500).when().get("/organizations")
                .then().statusCode(200).extract().path("contents[0].id");
        body = given().when().get("/organizations/" + organisations).then().statusCode(200)
                .body("metadata.last_action_type", hasItem("import")).extract().asString();
        assertFalse(body.contains("editor-anna"), body);
        as(Tokens.casemanager("CSG")).when().get("/organizations/" + organisations)
                .then().statusCode(200).body("metadata.updated_by", not(hasItem("editor-anna")));
        as(Tokens.admin()).when().get("/organizations/" + organisations)
                .then().statusCode(200).body("metadata.updated_by", hasItem("editor-anna"));
    }

    /** What was done to the object and how it ended, leaving out the reads of its audit trail themselves. */
    private static List<String> changes(String id) {
        return trail(id).stream().filter(r -> !"AUDIT_READ".equals(r.get("action")))
                .map(r -> r.get("action") + ":" + r.get("result")).toList();
    }

    /** The object's audit trail as an admin reads it. */
    private static List<Map<String, Object>> trail(String id) {
        return as(Tokens.admin()).queryParam("objectId", id).when().get("/api/audit")
                .then().statusCode(200).extract().jsonPath().getList("");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
