package nl.entree.support.stub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/**
 * The plumbing that every stand-in for another service needs in tests (a JDK {@code HttpServer} handler answering
 * JSON, reading the caller's token and query), so that each service's stub holds only the behaviour it imitates.
 */
public final class StubHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StubHttp() {
    }

    public static void respond(HttpExchange exchange, int status, String json) throws IOException {
        respond(exchange, status, "application/json", json);
    }

    public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * The claims of a bearer token, read without checking its signature: a stub only needs to see what the
     * caller sent (the real services verify it). An empty object when there is no readable token.
     */
    public static JsonNode claims(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return JSON.createObjectNode();
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        if (parts.length != 3) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            return JSON.createObjectNode();
        }
    }

    /** True when the bearer token claims the given role in {@code groups}. */
    public static boolean hasRole(String authorization, String role) {
        for (JsonNode group : claims(authorization).path("groups")) {
            if (role.equals(group.asText())) {
                return true;
            }
        }
        return false;
    }

    /** One query parameter, undecoded, or null. */
    public static String queryParam(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }
}
