package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The HSDS 3.1 read API, as any member of the public may use it: without a token. */
@QuarkusTest
class HsdsApiTest {

    @Test
    void theRootSaysWhichHsdsVersionAndThatTheSeedMustBeCheckedBeforeUse() {
        given().when().get("/")
                .then().statusCode(200)
                .body("version", equalTo("3.1"))
                .body("openapi_url", notNullValue())
                .body("origin.loaded_at", notNullValue())
                .body("origin.check_before_use", equalTo(true));
    }

    @Test
    void servicesComeInAnHsdsPageObject() {
        given().queryParam("per_page", 2).when().get("/services")
                .then().statusCode(200)
                .body("page_number", equalTo(1))
                .body("size", equalTo(2))
                .body("first_page", equalTo(true))
                .body("last_page", equalTo(false))
                .body("empty", equalTo(false))
                .body("total_items", greaterThan(2))
                .body("total_pages", greaterThan(1))
                .body("contents[0]", hasKey("id"))
                .body("contents[0]", hasKey("status"));
        given().queryParam("page", 1000).when().get("/services")
                .then().statusCode(200).body("empty", equalTo(true)).body("size", equalTo(0));
    }

    @Test
    void aBadQueryParameterIsA400ThatNamesIt() {
        given().queryParam("per_page", "many").when().get("/services")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("per_page"));
        given().queryParam("page", 0).when().get("/organizations")
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
        given().queryParam("modified_after", "yesterday").when().get("/services")
                .then().statusCode(400).body("violations[0].field", equalTo("modified_after"));
        given().queryParam("organization_id", "CSG").when().get("/service_at_locations")
                .then().statusCode(400).body("violations[0].field", equalTo("organization_id"));
    }

    @Test
    void searchFindsServicesByTheirOrganisationsName() {
        given().queryParam("search", "veilig thuis").when().get("/services")
                .then().statusCode(200)
                .body("contents.name", hasItem("Veilig Thuis (advies- en meldpunt huiselijk geweld en kindermishandeling) – telefoon"));
    }

    @Test
    void oneServiceComesWithItsOrganisationRegionalCentresAndHistory() {
        String csg = given().queryParam("search", "Centrum Seksueel Geweld").when().get("/organizations")
                .then().statusCode(200).extract().path("contents[0].id");
        String phoneLine = given().queryParam("organization_id", csg).queryParam("search", "telefoon")
                .when().get("/services").then().statusCode(200)
                .body("contents.organization_id", everyItem(equalTo(csg)))
                .extract().path("contents[0].id");
        given().when().get("/services/" + phoneLine)
                .then().statusCode(200)
                .body("organization.name", equalTo("Centrum Seksueel Geweld"))
                .body("phones.number", hasItem("0800-0188"))
                .body("service_at_locations.location.name", hasItem("CSG Amsterdam-Amstelland"))
                .body("metadata[0].last_action_type", equalTo("seed"));
        given().when().get("/organizations/" + csg)
                .then().statusCode(200)
                .body("organization_identifiers[0].identifier", equalTo("CSG"))
                .body("services.size()", greaterThan(1))
                .body("locations.name", hasItem("CSG Limburg (Maastricht UMC+)"));
    }

    @Test
    void serviceAtLocationsCarryTheirLocationAndSafetyRegions() {
        String id = given().queryParam("search", "Centrum Seksueel Geweld").queryParam("per_page", 500)
                .when().get("/service_at_locations")
                .then().statusCode(200).extract().path("contents.find { it.location.name == 'CSG Limburg (Maastricht UMC+)' }.id");
        given().when().get("/service_at_locations/" + id)
                .then().statusCode(200)
                .body("service_areas.extent", equalTo(java.util.List.of("VR23", "VR24")))
                .body("service_areas[0].extent_type", equalTo("text"));
    }

    @Test
    void anUnknownIdIs404ProblemJson() {
        given().when().get("/services/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/organizations/not-a-uuid").then().statusCode(404);
    }

    @Test
    void aModifiedAfterYearFarOutsideTheCalendarIsA400NotAFailure() {
        for (String list : java.util.List.of("/services", "/organizations", "/service_at_locations")) {
            for (String moment : java.util.List.of("+99999-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                    "+300000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z")) {
                given().queryParam("modified_after", moment).when().get(list)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("violations[0].field", equalTo("modified_after"));
            }
        }
    }

    @Test
    void aSearchWithACharacterTheDatabaseCannotHoldIsA400() {
        for (String list : java.util.List.of("/services", "/organizations", "/service_at_locations")) {
            given().urlEncodingEnabled(false).queryParam("search", "chat%00").when().get(list)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("search"));
        }
    }

    @Test
    void modifiedAfterTheFutureFindsNothing() {
        given().queryParam("modified_after", "2999-01-01T00:00:00Z").when().get("/services")
                .then().statusCode(200).body("total_items", equalTo(0)).body("empty", equalTo(true));
    }
}
