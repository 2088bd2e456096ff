package nl.entree.intake.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.log.LogLines;
import nl.entree.support.time.Eventually;
import nl.entree.support.token.Tokens;

/**
 * A body past the limit (1 MB) is refused with 413 whether or not it says its length up front. Sent in chunks, Quarkus
 * answers before the read fails; that failure is no incident, so no ERROR line sends an operator looking for one.
 */
@QuarkusTest
class TooLargeBodyTest {

    @TestHTTPResource("/api/contacts")
    URL contacts;

    @Test
    void aBodyTooLargeSentInChunksIs413AndNoIncidentIsLogged() throws Exception {
        byte[] body = ("{\"summary\":\"" + "x".repeat(1_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(contacts.toString()))
                .header("Authorization", "Bearer " + Tokens.casemanager(Organisation.CSG))
                .header("Content-Type", "application/json").header("Idempotency-Key", "too-large-in-chunks")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> answer;
        List<String> logged;
        try (LogLines log = LogLines.capture()) {
            // HTTP/1.1: a body of unknown length goes with Transfer-Encoding: chunked.
            answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(chunked, HttpResponse.BodyHandlers.ofString());
            // The read fails only after the 413 is sent: wait for the failure to be handled before reading the log.
            Eventually.await("the failed read handled", Duration.ofSeconds(30), () -> log.lines().stream()
                    .anyMatch(line -> line.contains("Reading a request failed after it was answered 413")));
            logged = log.lines();
        }

        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals(List.of(), logged.stream().filter(line -> line.startsWith("ERROR")).toList());
    }
}
