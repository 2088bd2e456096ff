package nl.entree.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A thread-safe HTTP client for the suite, as an API consumer would write it; the browser tests use it too. */
public final class Client {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();

    private Client() {
    }

    public record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    public static Reply get(String url, String token) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), token, Map.of());
    }

    static Reply post(String url, String token, String contentType, String body, Map<String, String> headers)
            throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), token, headers);
    }

    public static Reply postJson(String url, String token, Object body, Map<String, String> headers)
            throws IOException {
        return post(url, token, "application/json", write(body), headers);
    }

    static Reply send(HttpRequest.Builder builder, String token, Map<String, String> headers) throws IOException {
        builder.timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        try {
            HttpResponse<String> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(),
                    r.headers());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
