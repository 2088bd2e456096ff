package nl.entree.directory.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;

/** The seed's note names the day in the Netherlands, as every day the suite shows. */
@QuarkusTest
class SeedDayTest {

    @Inject
    SeedLoader seed;

    @Inject
    DataSource dataSource;

    @Inject
    MutableClock clock;

    @Test
    void aDirectorySeededJustAfterDutchMidnightSaysThatDay() throws SQLException {
        String before = given().auth().oauth2(Tokens.as("editor").sign()).when().get("/api/directory/export")
                .then().statusCode(200).extract().asString();
        try {
            // An import must not be empty, so only the database can give the seed the empty directory it waits for.
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("delete from service_at_location");
                s.executeUpdate("delete from service");
                s.executeUpdate("delete from location");
                s.executeUpdate("delete from organization");
            }
            clock.set(Instant.parse("2026-12-06T23:30:00Z"));
            seed.onStart(null);

            given().when().get("/").then().statusCode(200).body("origin.note", startsWith("Seed van 2026-12-07:"));
        } finally {
            clock.reset();
            given().auth().oauth2(Tokens.as("editor").sign()).contentType(ContentType.JSON).body(before)
                    .when().put("/api/directory/import").then().statusCode(200);
        }
    }
}
