package nl.entree.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import nl.entree.support.contract.ServiceContractTest;
import nl.entree.support.openapi.OpenApiDocument;
import nl.entree.support.token.Forgeries;
import nl.entree.support.token.Tokens;

/**
 * The suite's promises, as directory keeps them: the HSDS endpoints are public by design (anyone may read the sociale
 * kaart), so only {@code /api/directory} needs a token; its reads take any Entree token, its writes an admin or editor.
 */
@QuarkusTest
class DirectoryContractTest extends ServiceContractTest {

    private static final List<String> HSDS = List.of("/", "/services", "/organizations", "/service_at_locations");
    private static final Set<String> READS = Set.of("GET /api/directory/where", "GET /api/directory/search");
    private static final String EDITOR = "editor-contract";

    private static String editor() {
        return Tokens.as("editor").subject(EDITOR).sign();
    }

    @Test
    void theHsdsEndpointsNeedNoToken() {
        for (String path : HSDS) {
            given().when().get(path).then().statusCode(200);
        }
        String service = given().when().get("/services").then().extract().path("contents[0].id");
        given().when().get("/services/" + service).then().statusCode(200);
    }

    @Test
    void theHsdsErrorsAreProblemJsonToo() {
        given().when().get("/services/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("per_page", "many").when().get("/services").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("per_page"));
    }

    @Test
    void theOpenApiDocumentSaysOnlyApiNeedsAToken() {
        Response document = given().accept("application/json").queryParam("format", "json").when().get("/q/openapi");
        document.then().statusCode(200).body("security", nullValue());
        for (String path : List.of("/", "/services", "/services/{id}", "/organizations", "/service_at_locations")) {
            document.then().body("paths.'" + path + "'.get.security", nullValue());
        }
        document.then().body("paths.'/api/directory/where'.get.security[0].keySet()", equalTo(Set.of("bearer")))
                .body("paths.'/api/directory/export'.get.security[0].keySet()", equalTo(Set.of("bearer")));
    }

    @Test
    void withoutATokenApiIs401ProblemJson() {
        for (String path : List.of("/api/directory/where", "/api/directory/search", "/api/directory/export")) {
            given().when().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
        given().contentType(ContentType.JSON).body("{}").when().post("/api/directory/services")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").when().put("/api/directory/import")
                .then().statusCode(401);
    }

    @Test
    void everyForgedTokenIs401() {
        Forgeries.against("editor", null).forEach((name, token) -> assertEquals(401, given().auth().oauth2(token)
                .when().get("/api/directory/export").then().extract().statusCode(), name));
        Forgeries.against("casemanager", "CSG").forEach((name, token) -> assertEquals(401, given().auth()
                .oauth2(token).queryParam("organisation", "CSG").queryParam("region", "VR13")
                .when().get("/api/directory/where").then().extract().statusCode(), name));
    }

    @Test
    void aForgedStaffTokenNeverShowsWhoChangedARecord() {
        String id = given().queryParam("search", "Veilige Sport").when().get("/organizations")
                .then().statusCode(200).extract().path("contents[0].id");
        String created = given().auth().oauth2(editor()).contentType(ContentType.JSON).body(Map.of(
                        "organization_id", id,
                        "name", "Inloop (contracttest)",
                        "status", "active",
                        "channel", "WALK_IN",
                        "service_areas", List.of(Map.of("id", UUID.randomUUID().toString(),
                                "extent_type", "safety_region", "extent", "VR06")),
                        "provenance", Map.of("source", "https://example.org/contract", "verified", true,
                                "verified_on", "2026-11-30")))
                .when().post("/api/directory/services").then().statusCode(201).extract().path("id");
        given().auth().oauth2(editor()).when().get("/services/" + created).then().statusCode(200)
                .body(containsString(EDITOR));
        Forgeries.against("editor", null).forEach((name, token) -> {
            Response read = given().auth().oauth2(token).when().get("/services/" + created);
            // A token that fails may be refused outright or read as no token; either way it names nobody.
            if (read.statusCode() != 401) {
                assertEquals(200, read.statusCode(), name);
                assertFalse(read.asString().contains(EDITOR), name);
            }
        });
    }

    @Test
    void aWrongRoleIs403() {
        given().auth().oauth2(Tokens.casemanager("CSG")).when().get("/api/directory/export")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body("{}")
                .when().put("/api/directory/import").then().statusCode(403);
        given().auth().oauth2(Tokens.ministry()).contentType(ContentType.JSON).body("{}")
                .when().put("/api/directory/service_at_locations/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void anyEntreeTokenReadsAndOnlyStaffWrite() {
        OpenApiDocument api = OpenApiDocument.fetch();
        for (String token : List.of(Tokens.casemanager("VT"), Tokens.coordinator(), Tokens.ministry(),
                Tokens.frontDoor())) {
            assertEquals(READS, new TreeSet<>(api.reachableWith(token)));
        }
        Set<String> everything = new TreeSet<>(api.operations());
        everything.remove("POST /api/session/sign-out");
        assertEquals(everything, new TreeSet<>(api.reachableWith(Tokens.admin())));
        // The audit trail is the admin's alone: an editor corrects the directory and reads no one's actions.
        everything.removeIf(operation -> !operation.contains(" /api/directory/"));
        assertEquals(everything, new TreeSet<>(api.reachableWith(editor())));
    }

    @Test
    void aValidationErrorNamesTheField() {
        given().auth().oauth2(Tokens.casemanager("CSG")).queryParam("organisation", "CSG")
                .when().get("/api/directory/where").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("region"));
    }

    @Override
    protected List<String> documentedPaths() {
        return List.of("/",
                "/services",
                "/services/{id}",
                "/organizations",
                "/organizations/{id}",
                "/service_at_locations",
                "/service_at_locations/{id}",
                "/api/directory/where",
                "/api/directory/search",
                "/api/directory/services",
                "/api/directory/services/{id}",
                "/api/directory/services/{id}/retire",
                "/api/directory/service_at_locations/{id}",
                "/api/directory/export",
                "/api/directory/import");
    }

    @Override
    protected String aMeter() {
        return "jvm_";
    }
}
