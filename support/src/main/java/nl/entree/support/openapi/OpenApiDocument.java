package nl.entree.support.openapi;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A service's published OpenAPI document, read as a client generator would read it. */
public final class OpenApiDocument {

    private static final String SIGN_OUT = "POST /api/session/sign-out";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    /** The document of the service under test, from {@code /q/openapi}. */
    public static OpenApiDocument fetch() {
        String json = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        try {
            return new OpenApiDocument(new ObjectMapper().readTree(json));
        } catch (java.io.IOException e) {
            throw new AssertionError("/q/openapi is not JSON", e);
        }
    }

    /**
     * Every place under {@code /api} where the document breaks the suite's promise: an error response that is not
     * problem+json pointing at the Problem schema, or an endpoint that does not say it can answer 401 and 403.
     * Each is named as "METHOD path code", so a failing test says what to fix.
     */
    public List<String> brokenErrorPromises() {
        List<String> broken = new ArrayList<>();
        if (root.path("components").path("schemas").path("Problem").isMissingNode()) {
            broken.add("components.schemas has no Problem");
        }
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                JsonNode responses = op.getValue().path("responses");
                for (String required : List.of("401", "403")) {
                    if (!responses.has(required)) {
                        broken.add(where + " " + required + " missing");
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> rs = responses.fields(); rs.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = rs.next();
                    char kind = response.getKey().charAt(0);
                    String schema = response.getValue().path("content").path("application/problem+json")
                            .path("schema").path("$ref").asText();
                    if ((kind == '4' || kind == '5') && !schema.equals("#/components/schemas/Problem")) {
                        broken.add(where + " " + response.getKey() + " is not problem+json");
                    }
                }
            }
        }
        return broken;
    }

    /** Every operation under {@code /api}, as "METHOD /path/{param}". */
    public List<String> operations() {
        List<String> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<String> ops = path.getValue().fieldNames(); ops.hasNext(); ) {
                String method = ops.next();
                if (METHODS.contains(method)) {
                    operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    /**
     * The operations that let the bearer of {@code token} in: asked with every path parameter set to
     * {@code x} and a body of the first media type the operation consumes ({@code {}} or empty), they answer
     * anything but 401 and 403 (a 400 or 404 still means the role passed). How a test finds every endpoint a
     * role can call without keeping a list by hand. Signing out is left out: every user may call it, it answers
     * nothing but 204, and calling it would end the very session the probe uses.
     */
    public List<String> reachableWith(String token) {
        List<String> reachable = new ArrayList<>();
        for (String operation : operations()) {
            if (operation.equals(SIGN_OUT)) {
                continue;
            }
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            Iterator<String> consumes = root.path("paths").path(template).path(method.toLowerCase(java.util.Locale.ROOT))
                    .path("requestBody").path("content").fieldNames();
            String mediaType = consumes.hasNext() ? consumes.next() : "application/json";
            int status = given().auth().oauth2(token).contentType(mediaType)
                    .body(mediaType.endsWith("json") ? "{}" : "")
                    .request(method, template.replaceAll("\\{[^}]+}", "x")).then().extract().statusCode();
            if (status != 401 && status != 403) {
                reachable.add(operation);
            }
        }
        return reachable;
    }
}
