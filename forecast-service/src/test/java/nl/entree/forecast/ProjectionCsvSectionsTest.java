package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.entree.support.token.Tokens;

/** The CSV tells what the JSON tells: the lines without an hour norm and the notes, suppressed alike. */
@QuarkusTest
class ProjectionCsvSectionsTest {

    private static List<Map<String, String>> csv(String token, String query) {
        String body = given().auth().oauth2(token).accept("text/csv").when().get("/api/projections?" + query)
                .then().statusCode(200).extract().asString();
        try (MappingIterator<Map<String, String>> lines = new CsvMapper()
                .readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            return new ArrayList<>(lines.readAll());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> section(List<Map<String, String>> lines,
            String section) {
        return lines.stream().filter(l -> section.equals(l.get("section"))).toList();
    }

    @Test
    void theLinesWithoutANormAndTheNotesAreInTheCsv() {
        String id = Fixtures.monthlySeries("csv-fier", "FIER", StubServers.NO_NORM);
        Fixtures.importMonths(id, YearMonth.of(2021, 1), 48, Fixtures::seasonal);
        String query = "from=2025-01&to=2025-12&series=" + id;
        JsonPath json = given().auth().oauth2(Tokens.coordinator()).when().get("/api/projections?" + query)
                .then().statusCode(200).extract().jsonPath();
        assertFalse(json.getList("withoutNorm").isEmpty());
        List<Map<String, String>> lines = csv(Tokens.coordinator(), query);

        List<Map<String, String>> withoutNorm = section(lines, "without_norm");
        assertEquals(1, withoutNorm.size(), lines.toString());
        assertEquals("FIER", withoutNorm.get(0).get("organisation"));
        assertEquals(StubServers.NO_NORM, withoutNorm.get(0).get("case_type"));
        assertEquals("2025-01", withoutNorm.get(0).get("first_month"));
        assertEquals("2025-12", withoutNorm.get(0).get("last_month"));
        assertEquals(Math.round(json.getDouble("withoutNorm[0].cases")),
                Long.parseLong(withoutNorm.get(0).get("cases")));
        assertEquals("false", withoutNorm.get(0).get("suppressed"));

        List<String> notes = section(lines, "note").stream().map(l -> l.get("note")).toList();
        assertEquals(json.getList("notes", String.class), notes);
        assertTrue(notes.stream().anyMatch(n -> n.contains("withoutNorm")), notes.toString());
        assertEquals(json.getList("rows").size(), section(lines, "row").size());
    }

    @Test
    void forAMinistryALineWithoutANormOverAHiddenMonthIsSuppressedInTheCsvToo() {
        String id = Fixtures.monthlySeries("csv-fier-small", "FIER", StubServers.NO_NORM);
        Fixtures.importMonths(id, YearMonth.of(2021, 1), 48, i -> i == 42 ? 5L : Fixtures.seasonal(i));
        String query = "from=2024-01&to=2025-12&series=" + id;
        JsonPath json = given().auth().oauth2(Tokens.ministry()).when().get("/api/projections?" + query)
                .then().statusCode(200).extract().jsonPath();
        assertTrue(json.getBoolean("withoutNorm[0].suppressed"));
        List<Map<String, String>> withoutNorm = section(csv(Tokens.ministry(), query), "without_norm");
        assertEquals(1, withoutNorm.size());
        assertEquals("true", withoutNorm.get(0).get("suppressed"));
        assertEquals("", withoutNorm.get(0).get("cases"), "empty where the JSON has null");
    }
}
