package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import nl.entree.support.time.MutableClock;
import nl.entree.support.token.Tokens;

/**
 * The week as data beside the Dutch words, so that help's English page can word it without reading Dutch: the same
 * rules {@code hours} names, "24/7" as a flag the directory alone decides, and nothing where the hours are unknown.
 * Only hours the seeded facts give.
 */
@QuarkusTest
class WeekAsDataTest {

    private static final String PHONE = "options.find { it.channel == 'PHONE' }";
    private static final String NATIONAL_LINE = "options.find { it.scope == 'NATIONAL' && it.channel == 'PHONE' }";
    private static final String PROFESSIONALS = "phones.find { it.description?.startsWith('Zelfde nummer voor "
            + "professionals') }";
    private static final List<String> ALL_DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static RequestSpecification frontDoor() {
        return given().auth().oauth2(Tokens.frontDoor());
    }

    @Test
    void workingDaysFromTheFactsComeAsTheSameRuleTheDutchWordsName() {
        // CVSN's line: "werkdagen 08:30–17:00". Tuesday 31 March 2026, 10:00 CEST.
        clock.set(Instant.parse("2026-03-31T08:00:00Z"));
        frontDoor().queryParam("organisation", "CVSN").queryParam("region", "VR09")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body(PHONE + ".openness.hours", equalTo("ma–vr 08:30–17:00"))
                .body(PHONE + ".openness.week", equalTo(List.of(Map.of(
                        "days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                        "opens_at", "08:30", "closes_at", "17:00"))))
                .body(PHONE + ".openness.round_the_clock", equalTo(false))
                .body(PHONE + ".phones[0].openness.week[0].opens_at", equalTo("08:30"));
    }

    @Test
    void twentyFourSevenIsFlaggedAndANumberWithUnknownHoursHasNoWeek() {
        // CSG's 0800-0188: 24/7 for the public, "kantoortijden" for professionals (unknown hours).
        clock.set(Instant.parse("2026-03-31T08:00:00Z"));
        frontDoor().queryParam("organisation", "CSG").queryParam("region", "VR13")
                .when().get("/api/directory/where")
                .then().statusCode(200)
                .body(NATIONAL_LINE + ".openness.hours", equalTo("24/7"))
                .body(NATIONAL_LINE + ".openness.round_the_clock", equalTo(true))
                .body(NATIONAL_LINE + ".openness.week", equalTo(List.of(Map.of("days", ALL_DAYS,
                        "opens_at", "00:00", "closes_at", "24:00"))))
                .body(NATIONAL_LINE + ".phones[0].openness.round_the_clock", equalTo(true))
                .body(NATIONAL_LINE + "." + PROFESSIONALS + ".openness.hours", equalTo("onbekend"))
                .body(NATIONAL_LINE + "." + PROFESSIONALS + ".openness", hasKey("week"))
                .body(NATIONAL_LINE + "." + PROFESSIONALS + ".openness.week", nullValue())
                .body(NATIONAL_LINE + "." + PROFESSIONALS + ".openness.round_the_clock", equalTo(false));
    }

    @Test
    void hoursNobodyFoundGiveNoWeekInTheSearchEither() {
        // SHN: the facts say only "kantoortijden (exact hours not found in stored pages)".
        clock.set(Instant.parse("2026-03-31T08:00:00Z"));
        frontDoor().queryParam("channel", "PHONE")
                .when().get("/api/directory/search")
                .then().statusCode(200)
                .body("find { it.organisation == 'SHN' }.openness.hours", equalTo("onbekend"))
                .body("find { it.organisation == 'SHN' }.openness", hasKey("week"))
                .body("find { it.organisation == 'SHN' }.openness.week", nullValue())
                .body("find { it.organisation == 'SHN' }.openness.round_the_clock", equalTo(false));
    }
}
