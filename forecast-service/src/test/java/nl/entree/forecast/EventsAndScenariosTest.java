package nl.entree.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.entree.support.token.Tokens;

@QuarkusTest
class EventsAndScenariosTest {

    @Test
    void theLettersEventsAreSeededWithDutchNames() {
        given().auth().oauth2(Tokens.ministry()).when().get("/api/events")
                .then().statusCode(200)
                .body("name", hasItems("#MeToo", "de campagne 'Wat kan mij helpen'",
                        "de uitzending van BOOS over The Voice of Holland", "de aanranding in de trein",
                        "de rechtszaak tegen Ali B.", "de nieuwe Wet seksuele misdrijven"))
                .body("name", not(hasItem("the train assault")))
                .body("name", not(hasItem("the Ali B. trial")))
                .body("name", not(hasItem("the new Sexual Offences Act")))
                .body("find { it.name == '#MeToo' }.kind", equalTo("MEDIA"))
                .body("find { it.name == '#MeToo' }.from", equalTo("2017-10-01"))
                .body("find { it.name == '#MeToo' }.to", equalTo("2017-11-30"))
                .body("find { it.name == 'de aanranding in de trein' }.from", equalTo("2022-05-01"))
                .body("find { it.name == 'de nieuwe Wet seksuele misdrijven' }.kind", equalTo("LAW"))
                .body("find { it.name == 'de nieuwe Wet seksuele misdrijven' }.to", nullValue())
                .body("findAll { it.name == 'de campagne \\'Wat kan mij helpen\\'' }.from",
                        contains("2019-11-01", "2020-10-01"));
    }

    @Test
    void anEventCanBeAddedAndIsValidated() {
        String name = Fixtures.uniqueId("campaign");
        String location = given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "CAMPAIGN", "from", "2027-03-01", "to", "2027-04-30",
                        "organisations", List.of("CSG", "HELPWANTED")))
                .when().post("/api/events")
                .then().statusCode(201).body("organisations", contains("CSG", "HELPWANTED"))
                .extract().header("Location");
        given().auth().oauth2(Tokens.ministry()).when().get(location).then().statusCode(200).body("name", equalTo(name));
        given().auth().oauth2(Tokens.ministry()).when().get("/api/events/" + name).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("id"))
                .body("violations[0].message", equalTo("must be a whole number"));

        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "MEDIA", "from", "2027-03-01", "to", "2027-02-01"))
                .when().post("/api/events").then().statusCode(400).body("violations.field", contains("to"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "RUMOUR", "from", "2027-03-01"))
                .when().post("/api/events").then().statusCode(400).body("violations.field", contains("kind"));
        given().auth().oauth2(Tokens.ministry()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "MEDIA", "from", "2027-03-01"))
                .when().post("/api/events").then().statusCode(403);
    }

    /**
     * A one-off event's months are left out of fitting for every organisation it names. Without an end, or over
     * years, it left nothing to fit: every forecast and projection from its start on was a 422, and the peak
     * alerts stopped.
     */
    @Test
    void aOneOffEventNeedsAnEndWithinTwelveMonthsALawDoesNot() {
        for (String kind : List.of("MEDIA", "CAMPAIGN", "OTHER")) {
            given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                    .body(Map.of("name", Fixtures.uniqueId("open"), "kind", kind, "from", "2093-01-01"))
                    .when().post("/api/events").then().statusCode(400).body("violations.field", contains("to"));
            given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                    .body(Map.of("name", Fixtures.uniqueId("long"), "kind", kind, "from", "2093-01-01",
                            "to", "2094-01-01"))
                    .when().post("/api/events").then().statusCode(400).body("violations.field", contains("to"));
        }
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.uniqueId("year"), "kind", "CAMPAIGN", "from", "2093-01-01",
                        "to", "2093-12-31", "organisations", List.of("VT")))
                .when().post("/api/events").then().statusCode(201);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.uniqueId("law"), "kind", "LAW", "from", "2093-01-01",
                        "organisations", List.of("VT")))
                .when().post("/api/events").then().statusCode(201).body("to", nullValue());
    }

    @Test
    void anEventCanBeDeletedByACoordinatorOrAdminAndTheDeletionIsAudited() {
        String coordinator = Tokens.as("coordinator").subject("coordinator-deletes").sign();
        int id = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.uniqueId("mistake"), "kind", "MEDIA", "from", "2094-01-01",
                        "to", "2094-01-31", "organisations", List.of("VT")))
                .when().post("/api/events").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.ministry()).when().delete("/api/events/" + id).then().statusCode(403);
        given().auth().oauth2(coordinator).when().delete("/api/events/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.ministry()).when().get("/api/events/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).when().delete("/api/events/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().delete("/api/events/many").then().statusCode(400)
                .body("violations.field", contains("id"));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", String.valueOf(id)).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.objectType == 'event' }.action", contains("EVENT_CREATE", "EVENT_DELETE",
                        "EVENT_DELETE"))
                .body("findAll { it.objectType == 'event' }.result", contains("OK", "OK", "NOT_FOUND"))
                .body("find { it.action == 'EVENT_DELETE' }.actor", equalTo("coordinator-deletes"));

        String admin = Fixtures.uniqueId("by-admin");
        int other = given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", admin, "kind", "OTHER", "from", "2094-02-01", "to", "2094-02-28",
                        "organisations", List.of("VT")))
                .when().post("/api/events").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.admin()).when().delete("/api/events/" + other).then().statusCode(204);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/events").then().statusCode(200)
                .body("name", not(hasItem(admin)));
    }

    /** 2095 and Veilig Thuis belong to this test: a series whose every month a broadcast covers. */
    @Test
    void aSeriesEveryMonthOfWhichAnEventCoversIsA422NamingTheEvent() {
        String id = Fixtures.monthlySeries("masked", "VT", "VT_SAFETY_ASSESSMENT");
        Fixtures.importMonths(id, YearMonth.of(2095, 1), 6, i -> 40 + i);
        String name = Fixtures.uniqueId("broadcast");
        int event = given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "MEDIA", "from", "2095-01-01", "to", "2095-06-30",
                        "organisations", List.of("VT")))
                .when().post("/api/events").then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.coordinator()).when().get("/api/forecasts/" + id + "?horizon=6").then()
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(name)).body("detail", containsString("id " + event));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/projections?from=2095-07&to=2095-12&series="
                + id).then().statusCode(422).body("detail", containsString(name));

        given().auth().oauth2(Tokens.coordinator()).when().delete("/api/events/" + event).then().statusCode(204);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/forecasts/" + id + "?horizon=6").then()
                .statusCode(200);
    }

    @Test
    void baselineAndTheSexualOffencesActAreSeeded() {
        given().auth().oauth2(Tokens.ministry()).when().get("/api/scenarios")
                .then().statusCode(200)
                .body("name", hasItems("baseline", "new Sexual Offences Act"))
                .body("find { it.name == 'baseline' }.effects.size()", equalTo(0))
                .body("find { it.name == 'new Sexual Offences Act' }.effects[0].kind", equalTo("STEP"))
                .body("find { it.name == 'new Sexual Offences Act' }.effects[0].from", equalTo("2024-07"))
                .body("find { it.name == 'new Sexual Offences Act' }.effects[0].percent", equalTo(10.0f))
                .body("find { it.name == 'new Sexual Offences Act' }.effects[0].organisations", contains("CSG", "SHN"));
    }

    @Test
    void aScenarioCanBeAddedAndIsValidated() {
        String name = Fixtures.uniqueId("law");
        String location = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "description", "test", "effects", List.of(
                        Map.of("kind", "PEAK", "from", "2027-01", "months", 3, "percent", 25, "organisations", List.of("SHN")))))
                .when().post("/api/scenarios").then().statusCode(201).extract().header("Location");
        given().auth().oauth2(Tokens.coordinator()).when().get(location)
                .then().statusCode(200).body("effects[0].months", equalTo(3));

        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "effects", List.of()))
                .when().post("/api/scenarios").then().statusCode(409);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.uniqueId("x"), "effects", List.of(
                        Map.of("kind", "PEAK", "from", "2027-01", "percent", 25))))
                .when().post("/api/scenarios").then().statusCode(400).body("violations.field", contains("effects[0].months"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.uniqueId("x"), "effects", List.of(
                        Map.of("kind", "STEP", "from", "2027-01", "percent", -100))))
                .when().post("/api/scenarios").then().statusCode(400)
                .body("violations[0].field", containsString("percent"));
        // A month no database stores: named, not a server error.
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.uniqueId("x"), "effects", List.of(
                        Map.of("kind", "STEP", "from", "999999999-01", "percent", 10))))
                .when().post("/api/scenarios").then().statusCode(400)
                .body("violations.field", contains("effects[0].from"));
        given().auth().oauth2(Tokens.ministry()).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.uniqueId("x"), "effects", List.of()))
                .when().post("/api/scenarios").then().statusCode(403);
    }
}
