package nl.entree.intake.contacts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.intake.support.ContactBuilder;
import nl.entree.support.time.Eventually;
import nl.entree.support.token.Tokens;

/**
 * Issue 18: what prompted a contact is recorded with it, counted per month, and its free-text label is erased with
 * the summary. The counting tests use 2002 in region VR21, which no other test uses.
 */
@QuarkusTest
class ContactPromptTest {

    private static final String SHN = Tokens.casemanager(Organisation.SHN);

    @Inject
    DataSource dataSource;

    @Test
    void aContactRecordsWhatPromptedItWithAShortLabel() {
        String id = ContactBuilder.contact().with("prompt", "MEDIA").with("promptLabel", "  NOS-uitzending 12 maart ")
                .register(SHN);
        given().auth().oauth2(SHN).when().get("/api/contacts/" + id).then().statusCode(200)
                .body("prompt", equalTo("MEDIA"))
                .body("promptLabel", equalTo("NOS-uitzending 12 maart"));
        String notAsked = ContactBuilder.contact().register(SHN);
        given().auth().oauth2(SHN).when().get("/api/contacts/" + notAsked).then().statusCode(200)
                .body("prompt", nullValue());
    }

    @Test
    void aLabelNeedsAPromptThatTakesOneAndNoMarkup() {
        refused(ContactBuilder.contact().with("promptLabel", "NOS"), "promptLabel");
        refused(ContactBuilder.contact().with("prompt", "ADVICE").with("promptLabel", "mijn huisarts"), "promptLabel");
        refused(ContactBuilder.contact().with("prompt", "UNKNOWN").with("promptLabel", "weet niet"), "promptLabel");
        refused(ContactBuilder.contact().with("prompt", "MEDIA").with("promptLabel", "<a href=x>NOS</a>"),
                "promptLabel");
        refused(ContactBuilder.contact().with("prompt", "MEDIA").with("promptLabel", "x".repeat(81)), "promptLabel");
        refused(ContactBuilder.contact().with("prompt", "TELEVISION"), "prompt");
    }

    @Test
    void theLabelIsErasedWithTheSummaryAndThePromptStaysForTheFigures() {
        String id = ContactBuilder.contact().with("prompt", "CAMPAIGN").with("promptLabel", "Wat kan mij helpen")
                .with("summary", "Zag de campagne").register(SHN);
        String reference = given().auth().oauth2(SHN).when().get("/api/contacts/" + id).then().extract()
                .path("reference");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("reference", reference))
                .when().post("/api/erasures").then().statusCode(200);
        given().auth().oauth2(SHN).when().get("/api/contacts/" + id).then().statusCode(200)
                .body("detailsErased", is(true))
                .body("summary", nullValue())
                .body("promptLabel", nullValue())
                .body("prompt", equalTo("CAMPAIGN"));
    }

    @Test
    void eachMonthSaysHowManyContactsTheMediaPrompted() {
        String coordinator = Tokens.coordinator("VR21");
        JsonPath before = prompts(coordinator, "2002-03");
        for (int i = 0; i < 12; i++) {
            register("MEDIA", "2002-03-1" + (i % 9) + "T10:00:00Z");
        }
        for (int i = 0; i < 10; i++) {
            register("ADVICE", "2002-03-05T10:00:00Z");
        }
        register(null, "2002-03-06T10:00:00Z");
        JsonPath after = prompts(coordinator, "2002-03");
        assertEquals(12, count(after, "MEDIA") - count(before, "MEDIA"));
        assertEquals(10, count(after, "ADVICE") - count(before, "ADVICE"));
        assertEquals(1, count(after, null) - count(before, null));
        long total = after.getLong("months[0].total");
        assertEquals(count(after, "MEDIA") / (double) total, after.getDouble("months[0].mediaShare"), 1e-6);
    }

    @Test
    void ministriesSeeNoCountBelowTenNorOneTheTotalWouldGiveAway() throws SQLException {
        // 2002-07 in VR21: 15 after a broadcast, 3 on advice, and nothing else.
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            ids.add(register("MEDIA", "2002-07-08T10:00:00Z"));
        }
        for (int i = 0; i < 3; i++) {
            ids.add(register("ADVICE", "2002-07-09T10:00:00Z"));
        }
        // A ministry's month counts the contacts triage took in before the month was completed (triage's stub
        // here, which takes them in now): as if these had been taken in in July 2002.
        for (String id : ids) {
            Eventually.await("contact " + id + " routed", Duration.ofSeconds(30), () -> "ROUTED".equals(
                    given().auth().oauth2(SHN).when().get("/api/contacts/" + id).then().extract().path("status")));
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update contact set routed_at = received_at + interval '1 minute' where id = any (?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            s.executeUpdate();
        }
        JsonPath ministry = given().auth().oauth2(Tokens.ministry()).queryParam("from", "2002-07")
                .queryParam("to", "2002-07").when().get("/api/contacts/stats/prompts").then().statusCode(200)
                .body("suppressionApplied", is(true)).extract().jsonPath();
        List<Map<String, Object>> parts = ministry.getList("months[0].prompts");
        Map<String, Object> advice = parts.stream().filter(p -> "ADVICE".equals(p.get("prompt"))).findFirst()
                .orElseThrow();
        assertNull(advice.get("count"));
        assertEquals(true, advice.get("suppressed"));
        // The total (18) is published, so a second part is hidden too: 18 − 15 would otherwise give the 3.
        assertEquals(2, parts.stream().filter(p -> Boolean.TRUE.equals(p.get("suppressed"))).count(), parts.toString());
    }

    @Test
    void aBadMonthIsNamed() {
        given().auth().oauth2(Tokens.coordinator()).queryParam("from", "2002-13").queryParam("to", "2002-12")
                .when().get("/api/contacts/stats/prompts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("from"));
        given().auth().oauth2(SHN).queryParam("from", "2002-01").queryParam("to", "2002-12")
                .when().get("/api/contacts/stats/prompts").then().statusCode(403);
    }

    private static String register(String prompt, String receivedAt) {
        return ContactBuilder.contact().with("region", "VR21").with("prompt", prompt)
                .receivedAt(Instant.parse(receivedAt)).register(SHN);
    }

    private static JsonPath prompts(String token, String month) {
        return given().auth().oauth2(token).queryParam("from", month).queryParam("to", month)
                .when().get("/api/contacts/stats/prompts").then().statusCode(200).extract().jsonPath();
    }

    private static long count(JsonPath json, String prompt) {
        Object count = json.get("months[0].prompts.find { it.prompt == " + (prompt == null ? "null" : "'" + prompt
                + "'") + " }.count");
        return ((Number) count).longValue();
    }

    private static void refused(ContactBuilder contact, String field) {
        contact.post(SHN).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }
}
