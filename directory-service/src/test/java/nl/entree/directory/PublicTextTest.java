package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What the public reads in the HSDS records is the organisations' help, not the research notes the facts' authors
 * wrote in English beside it; those stay in each record's provenance for whoever checks the entry.
 */
@QuarkusTest
class PublicTextTest {

    /** The authors' words for what they did or did not find. */
    private static final Pattern REMARK = Pattern.compile("(?i).*(not found|not present|not seen|not stated"
            + "|not confirmed|claimed by|\\bclaim\\b|stored pages|tariff|\\blikely\\b|\\binferred\\b"
            + "|stated in source|\\bper fier\\b).*", Pattern.DOTALL);

    @Inject
    ObjectMapper json;

    @Test
    void noPublicTextOfTheSeededDirectoryHoldsTheFactsAuthorsNotes() throws Exception {
        List<String> found = new ArrayList<>();
        int texts = 0;
        for (String list : List.of("/services", "/organizations", "/service_at_locations")) {
            JsonNode page = read(list + "?per_page=500");
            texts += scan(page, list, found);
            for (JsonNode record : page.path("contents")) {
                String one = list + "/" + record.path("id").asText();
                texts += scan(read(one), one, found);
            }
        }
        assertTrue(texts > 100, "the directory's public records were read: " + texts + " texts");
        assertEquals(List.of(), found);
    }

    @Test
    void theNotesStayInTheProvenanceOfTheRecordTheyWereTakenFrom() throws Exception {
        JsonNode services = read("/services?per_page=500").path("contents");
        JsonNode fierLine = find(services, "name", "Fier (landelijk expertise- en behandelcentrum geweld in "
                + "afhankelijkheidsrelaties) – telefoon");
        assertFalse(fierLine.has("description"), fierLine.toString());
        assertTrue(fierLine.path("provenance").path("note").asText().contains("not present in stored pages"),
                fierLine.toString());
        JsonNode csgChat = find(services, "name", "Centrum Seksueel Geweld – chat");
        assertEquals("24/7", csgChat.path("schedules").path(0).path("description").asText());
        assertFalse(csgChat.path("schedules").path(0).has("notes"), csgChat.toString());
        assertTrue(csgChat.path("provenance").path("note").asText().contains("not seen on CSG's own site"));

        JsonNode shn = find(read("/organizations?per_page=500").path("contents"), "name", "Slachtofferhulp Nederland");
        JsonNode office = find(read("/organizations/" + shn.path("id").asText()).path("locations"), "name",
                "Slachtofferhulp Nederland – kantoor");
        assertEquals("Utrecht, near 24 Oktoberplein", office.path("description").asText(), office.toString());
        assertTrue(office.path("provenance").path("note").asText().contains("(street address not found)"));
        assertTrue(office.path("provenance").path("unknown").toString().contains("addresses"));
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(given().when().get(path).then().statusCode(200).extract().asString());
    }

    private static JsonNode find(JsonNode records, String field, String value) {
        for (JsonNode r : records) {
            if (value.equals(r.path(field).asText())) {
                return r;
            }
        }
        throw new AssertionError("no record with " + field + " '" + value + "' in " + records);
    }

    /**
     * Every text in the record but its provenance, which is where the authors' notes belong, and its metadata: the
     * history of corrections, where another test's correction keeps an earlier provenance as it was.
     */
    private static int scan(JsonNode node, String where, List<String> found) {
        int texts = 0;
        if (node.isTextual()) {
            if (REMARK.matcher(node.asText()).matches()) {
                found.add(where + ": " + node.asText());
            }
            return 1;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                if (!"provenance".equals(field.getKey()) && !"metadata".equals(field.getKey())) {
                    texts += scan(field.getValue(), where + "." + field.getKey(), found);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                texts += scan(node.get(i), where + "[" + i + "]", found);
            }
        }
        return texts;
    }
}
