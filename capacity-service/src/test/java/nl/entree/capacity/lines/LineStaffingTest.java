package nl.entree.capacity.lines;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.capacity.support.Doubles;
import nl.entree.support.token.Tokens;

@QuarkusTest
class LineStaffingTest {

    @BeforeEach
    void figuresAsDoubles() {
        Doubles.readJsonNumbersAsDoubles();
    }

    private static Map<String, Object> line(List<Double> arrivals) {
        Map<String, Object> body = new HashMap<>();
        body.put("arrivalsPerHour", arrivals);
        body.put("averageHandlingTimeSeconds", 180);
        body.put("serviceLevelTarget", 0.8);
        body.put("answerWithinSeconds", 20);
        body.put("maxOccupancy", 1.0);
        body.put("shrinkage", 0.3);
        return body;
    }

    @Test
    void oneRateForTheWholeWeek() {
        // 200 contacts/h × 180 s = 10 Erlang; 80/20 needs 14 agents; 14 × 168 = 2352 seat hours;
        // FTE = 2352 / (1 − 0.3) / 36 = 93.33…
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(line(List.of(200.0)))
                .when().post("/api/lines/staffing")
                .then().statusCode(200)
                .body("intervals", hasSize(1))
                .body("intervals[0].hourOfWeek", nullValue())
                .body("intervals[0].hours", equalTo(168))
                .body("intervals[0].offeredLoadErlang", closeTo(10.0, 1e-9))
                .body("intervals[0].agents", equalTo(14))
                .body("intervals[0].serviceLevel", closeTo(0.8884, 5e-4))
                .body("intervals[0].occupancy", closeTo(10.0 / 14, 1e-9))
                .body("weeklySeatHours", closeTo(2352.0, 1e-9))
                .body("fte", closeTo(2352.0 / 0.7 / 36, 1e-9))
                .body("contractHoursPerFtePerWeek", closeTo(36.0, 1e-9));
    }

    @Test
    void anHourByHourWeek() {
        List<Double> week = new ArrayList<>();
        for (int h = 0; h < 168; h++) {
            week.add(h % 24 < 8 ? 0.0 : 200.0);
        }
        // 56 night hours at the minimum of 1 agent, 112 day hours at 14
        given().auth().oauth2(Tokens.ministry()).contentType(ContentType.JSON)
                .body(line(week))
                .when().post("/api/lines/staffing")
                .then().statusCode(200)
                .body("intervals", hasSize(168))
                .body("intervals[0].hourOfWeek", equalTo(0))
                .body("intervals[0].agents", equalTo(1))
                .body("intervals[8].agents", equalTo(14))
                .body("intervals[167].hourOfWeek", equalTo(167))
                .body("weeklySeatHours", closeTo(56 + 112 * 14, 1e-9));
    }

    @Test
    void chatConcurrencyAndOccupancyChangeThePlan() {
        Map<String, Object> chat = line(List.of(200.0));
        chat.put("chatConcurrency", 2);
        // two chats at once: effective handling 90 s, 5 Erlang
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(chat)
                .when().post("/api/lines/staffing")
                .then().statusCode(200)
                .body("intervals[0].offeredLoadErlang", closeTo(5.0, 1e-9))
                .body("intervals[0].agents", equalTo(ErlangC.agentsNeeded(5, 90, 0.8, 20, 1.0, 1)));
        Map<String, Object> capped = line(List.of(200.0));
        capped.put("maxOccupancy", 0.7);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(capped)
                .when().post("/api/lines/staffing")
                .then().statusCode(200)
                .body("intervals[0].agents", equalTo(15));
    }

    @Test
    void refusesParametersThatCannotBeRight() {
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(line(List.of(1.0, 2.0, 3.0)))
                .when().post("/api/lines/staffing")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("arrivalsPerHour"));
        Map<String, Object> target = line(List.of(10.0));
        target.put("serviceLevelTarget", 1.2);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(target)
                .when().post("/api/lines/staffing")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("serviceLevelTarget"));
        Map<String, Object> occupancy = line(List.of(200.0));
        occupancy.put("maxOccupancy", 0.000000001);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(occupancy)
                .when().post("/api/lines/staffing")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("maxOccupancy"));
        given().auth().oauth2(Tokens.casemanager("CSG")).contentType(ContentType.JSON)
                .body(line(List.of(10.0)))
                .when().post("/api/lines/staffing")
                .then().statusCode(403);
    }
}
