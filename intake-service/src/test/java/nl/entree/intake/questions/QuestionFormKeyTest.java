package nl.entree.intake.questions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import nl.entree.support.token.Tokens;

/**
 * The front door's form key is stored with the question's hash behind it, so it has less room than a contact's key:
 * a key too long for that is refused naming the header, and nothing of the question is stored.
 */
@QuarkusTest
class QuestionFormKeyTest {

    @Inject
    DataSource dataSource;

    private static ValidatableResponse ask(String formKey, String text) {
        return given().auth().oauth2(Tokens.frontDoor()).header("Idempotency-Key", formKey)
                .contentType(ContentType.JSON)
                .body(Map.of("question", text, "callerRole", "VICTIM", "incidentTypes", List.of("SEXUAL_ASSAULT"),
                        "timeSinceIncident", "MORE_THAN_7_DAYS", "victimAgeGroup", "ADULT", "region", "VR13"))
                .when().post("/api/questions").then();
    }

    /** A key of the given length that no other test uses. */
    private static String formKey(int length) {
        String unique = UUID.randomUUID().toString();
        return unique + "k".repeat(length - unique.length());
    }

    @Test
    void aFormKeyTooLongToStoreIsRefusedNamingTheHeaderAndStoresNothing() throws SQLException {
        long contacts = count("select count(*) from contact");
        long questions = count("select count(*) from web_question");
        long keys = count("select count(*) from idempotency_key");

        for (int length : new int[] {136, 150, 200}) {
            ask(formKey(length), "Mag ik iets vragen? Het gebeurde op een feest.").statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("Idempotency-Key"))
                    .body("violations[0].message", containsString("at most 135 characters"));
        }

        assertEquals(contacts, count("select count(*) from contact"));
        assertEquals(questions, count("select count(*) from web_question"));
        assertEquals(keys, count("select count(*) from idempotency_key"));
    }

    @Test
    void aFormKeyOf135CharactersIsKeptAndTheSameFormSentAgainStoresOneQuestion() throws SQLException {
        String form = formKey(135);
        String text = "Hoe lang mag het geleden zijn? " + form.substring(0, 8);

        ask(form, text).statusCode(201);
        ask(form, text).statusCode(201);

        assertEquals(1, count("select count(*) from web_question where contact_id in "
                + "(select contact_id from idempotency_key where key like '" + form + "/%')"));
    }

    @Test
    void theOpenApiDocumentSaysHowLongTheFormKeyMayBe() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/questions'.post.parameters.find { it.name == 'Idempotency-Key' }.schema.maxLength",
                        equalTo(135));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
