package nl.entree.support.stub;

import java.io.IOException;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a stand-in for another service reads from the caller's token, and what a test checks of the token a service
 * sent: the claims, read without checking the signature (the real services verify it).
 */
public final class StubHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StubHttp() {
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
}
