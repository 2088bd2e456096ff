package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.entree.support.token.Tokens;

/** The seed holds what data/directory-facts.json says, nothing more, and says what it does not know. */
@QuarkusTest
class SeedTest {

    private static JsonPath export() {
        return given().auth().oauth2(Tokens.as("editor").sign()).when().get("/api/directory/export")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyPhoneNumberInTheDirectoryIsWrittenInTheFactsFile() throws IOException {
        String facts = Files.readString(Path.of("../data/directory-facts.json"));
        JsonPath directory = export();
        List<String> numbers = new java.util.ArrayList<>(directory.getList("services.phones.flatten().number", String.class));
        numbers.addAll(directory.getList("service_at_locations.phones.flatten().number", String.class));
        assertFalse(numbers.isEmpty());
        for (String number : numbers) {
            assertTrue(facts.contains("\"number\": \"" + number + "\""), number + " is not in the facts file");
        }
        assertFalse(numbers.contains("088-75 555 88"), "the historical number marked 'do not publish' is left out");
    }

    @Test
    void theFactsFilesOwnRemarksAreNotShownAsNamesOrDescriptionsButKeptForWhoeverChecks() {
        JsonPath directory = export();
        List<String> shown = new java.util.ArrayList<>(directory.getList("locations.name", String.class));
        shown.addAll(directory.getList("services.name", String.class));
        shown.addAll(directory.getList("services.findAll { it.description != null }.description", String.class));
        shown.addAll(directory.getList("services.phones.flatten().findAll { it.description != null }.description",
                String.class));
        shown.addAll(directory.getList("service_at_locations.findAll { it.description != null }.description",
                String.class));
        for (String text : shown) {
            assertFalse(text.matches("(?i).*(\\?|\\blikely\\b|\\bclaim\\b|not stated|not found|unverified).*"),
                    "a research note shown as a name or description: " + text);
        }
        assertTrue(shown.contains("CSG Zwolle (Isala)"), "the name the source gives, without the guess after it");
        assertTrue(shown.contains("CSG Haarlem"), shown.toString());
        assertTrue(shown.contains("Landelijk meldpunt sport; vertrouwelijk, gratis, desgewenst anoniem"),
                "CVSN's line as the source words it");
        String note = directory.getString("locations.find { it.name == 'CSG Zwolle (Isala)' }.provenance.note");
        assertTrue(note.contains("likely 'CSG IJsselland'"), "the remark stays in the provenance: " + note);
    }

    @Test
    void nationalLinesHaveTheirVerifiedHoursAndTheRestIsUnknown() {
        JsonPath directory = export();
        Map<String, Object> csgPhone = directory.getMap("services.find { it.name == 'Centrum Seksueel Geweld – telefoon' }");
        assertEquals("24/7", ((Map<?, ?>) ((List<?>) csgPhone.get("schedules")).get(0)).get("description"));
        Map<String, Object> cvsn = directory.getMap("services.find { it.name.startsWith('Centrum Veilige Sport') && it.channel == 'PHONE' }");
        Map<?, ?> workdays = (Map<?, ?>) ((List<?>) cvsn.get("schedules")).get(0);
        assertEquals("MO,TU,WE,TH,FR", workdays.get("byday"));
        assertEquals("08:30", workdays.get("opens_at"));
        assertEquals("17:00", workdays.get("closes_at"));
        Map<String, Object> shn = directory.getMap("services.find { it.name == 'Slachtofferhulp Nederland – telefoon' }");
        assertFalse(shn.containsKey("schedules"), "SHN's hours are only remembered, not seen: unknown");
        assertTrue(((List<?>) ((Map<?, ?>) shn.get("provenance")).get("unknown")).contains("schedules"));
        Map<String, Object> fier = directory.getMap("services.find { it.name.startsWith('Fier') && it.channel == 'PHONE' }");
        assertFalse(fier.containsKey("phones"), "Fier's number was not found");
        assertTrue(((List<?>) ((Map<?, ?>) fier.get("provenance")).get("unknown")).contains("phones"));
    }

    @Test
    void everyRecordNobodyHasCheckedIsMarkedCheckBeforeUseAndAnUnconfirmedRegionIsNotVerified() {
        JsonPath directory = export();
        assertEquals(List.of(true), directory.getList(
                "services.findAll { it.provenance.verified_on == null }.provenance.check_before_use").stream()
                .distinct().toList());
        Map<String, Object> haarlem = directory.getMap(
                "service_at_locations.find { it.description == 'CSG Haarlem' }");
        Map<?, ?> area = (Map<?, ?>) ((List<?>) haarlem.get("service_areas")).get(0);
        assertEquals("VR12", area.get("extent"));
        assertEquals(false, ((Map<?, ?>) area.get("provenance")).get("verified"));
    }
}
