package nl.entree.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.entree.common.vocabulary.Organisation;
import nl.entree.support.token.Tokens;

/** Issue 7.3: at least 1,000 generated bad inputs to each POST endpoint; no 5xx, every 4xx problem+json. */
class BadInputIT {

    private static final int INPUTS_PER_ENDPOINT = 1000;
    /** What a leaked stack trace, class name or SQL looks like. */
    private static final Pattern LEAK = Pattern.compile(
            "(\\tat |\\bat [a-z]+\\.[a-z]+\\.|[a-z]+\\.[a-z]+\\.[A-Za-z.]*(Exception|Error)\\b|java\\.lang|jakarta\\.|hibernate|"
                    + "SQLState|ERROR: |select .* from |insert into )",
            Pattern.CASE_INSENSITIVE);

    private final Suite suite = Suite.get();

    record Endpoint(String service, String method, String path, String token, Map<String, String> headers, String template) {
        @Override
        public String toString() {
            return method + " " + service + path;
        }
    }

    static Stream<Arguments> endpoints() {
        String casemanager = Tokens.casemanager(Organisation.CSG);
        String coordinator = Tokens.coordinator();
        String admin = Tokens.admin();
        String service = Tokens.service();
        // Only intake's subject may create a case: with any other service's token the inputs would meet a 403.
        String intake = Tokens.asService().subject("intake-service").sign();
        String ministry = Tokens.ministry();
        String assessment = """
                {"receivedAt":"2026-11-01T10:00:00Z","channel":"CHAT","callerRole":"VICTIM","anonymous":true,
                 "incidentTypes":["RAPE"],"setting":"PUBLIC","incidentDate":"2026-10-30","timeSinceIncident":"WITHIN_7_DAYS",
                 "victimAgeGroup":"ADULT","region":"VR13","needs":["MEDICAL","FORENSIC"],"immediateDanger":false,
                 "consentToShare":true,"summary":"text"}""";
        String identified = assessment.replace("\"anonymous\":true", "\"anonymous\":false")
                .replace("\"summary\":\"text\"", "\"summary\":\"text\",\"clientCode\":\"ABC-123\",\"contact\":{\"name\":\"A\",\"phone\":\"+31612345678\",\"email\":\"a@example.org\"}");
        String someCase = UUID.randomUUID().toString();
        List<Endpoint> list = new ArrayList<>(List.of(
                new Endpoint("intake-service", "POST", "/api/contacts", casemanager, Map.of("Idempotency-Key", "bad-input"), identified),
                new Endpoint("triage-service", "POST", "/api/triage/evaluate", casemanager, Map.of(), assessment),
                new Endpoint("triage-service", "POST", "/api/cases", intake, Map.of(),
                        "{\"contactId\":\"" + UUID.randomUUID() + "\",\"reference\":\"GE-2026-000001\",\"registeredBy\":\"CSG\",\"assessment\":" + assessment + "}"),
                new Endpoint("triage-service", "POST", "/api/rule-sets", admin, Map.of(), """
                        {"description":"test","rules":[{"id":"r1","kind":"LEAD","when":{"anyOf":[{"incidentTypes":["RAPE"]}]},
                         "effect":{"organisation":"CSG","caseType":"CSG_ACUTE","priority":"ACUTE","respondWithin":"PT1H"},"text":"t"}]}"""),
                new Endpoint("triage-service", "POST", "/api/cases/" + someCase + "/decline", casemanager, Map.of(), "{\"reason\":\"not ours\"}"),
                new Endpoint("triage-service", "POST", "/api/cases/" + someCase + "/close", casemanager, Map.of(), "{\"outcome\":\"REFERRED\"}"),
                new Endpoint("triage-service", "POST", "/api/cases/" + someCase + "/reassign", coordinator, Map.of(),
                        "{\"leadOrganisation\":\"SHN\",\"reason\":\"better fit\"}"),
                new Endpoint("capacity-service", "PUT", "/api/norms/CSG/CSG_ACUTE", admin, Map.of(),
                        "{\"lowHours\":11,\"expectedHours\":12,\"highHours\":13,\"source\":\"letter\",\"validFrom\":\"2027-01-01\"}"),
                new Endpoint("capacity-service", "PUT", "/api/staffing/CSG?region=VR13", admin, Map.of(),
                        "{\"fte\":12.5,\"contractHoursPerFtePerWeek\":36,\"productiveShare\":0.7}"),
                new Endpoint("capacity-service", "POST", "/api/time-entries", casemanager, Map.of(),
                        "{\"caseId\":\"" + someCase + "\",\"caseType\":\"CSG_ACUTE\",\"minutes\":60,\"date\":\"2026-11-01\",\"activity\":\"INTAKE\"}"),
                new Endpoint("capacity-service", "POST", "/api/requirements", service, Map.of(),
                        "{\"lines\":[{\"organisation\":\"CSG\",\"caseType\":\"CSG_ACUTE\",\"month\":\"2027-01\",\"cases\":120.5}]}"),
                new Endpoint("capacity-service", "POST", "/api/lines/staffing", coordinator, Map.of(),
                        "{\"arrivalsPerHour\":[20],\"averageHandlingTimeSeconds\":300,\"serviceLevel\":{\"share\":0.8,\"withinSeconds\":60},"
                                + "\"maxOccupancy\":0.85,\"shrinkage\":0.3,\"concurrency\":1}"),
                // A series that does not exist: the body is read and checked first, and a valid one changes nothing.
                new Endpoint("forecast-service", "POST", "/api/series/no-such-series/observations", coordinator,
                        Map.of(), "{\"observations\":[{\"period\":\"2024-01\",\"count\":5}]}"),
                new Endpoint("forecast-service", "POST", "/api/events", coordinator, Map.of(),
                        "{\"name\":\"campaign\",\"from\":\"2027-01-01\",\"to\":\"2027-02-28\",\"organisations\":[\"CSG\"],\"kind\":\"CAMPAIGN\"}"),
                new Endpoint("forecast-service", "POST", "/api/scenarios", coordinator, Map.of(),
                        "{\"name\":\"s\",\"description\":\"d\",\"effects\":[{\"organisations\":[\"CSG\"],\"type\":\"STEP\",\"from\":\"2027-01\",\"percent\":10}]}")));
        return list.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void badInputNeverCausesAServerError(Endpoint endpoint) throws IOException {
        BadInput generator = new BadInput(endpoint.toString().hashCode(), endpoint.template());
        List<String> failures = new ArrayList<>();
        int unsupportedMediaType = 0;
        for (int i = 0; i < INPUTS_PER_ENDPOINT && failures.size() < 10; i++) {
            BadInput.Input input = generator.next();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(suite.url(endpoint.service()) + endpoint.path()))
                    .header("Content-Type", input.contentType())
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(input.body()));
            // A fresh idempotency key per input, so every input is judged on its own.
            String suffix = "-" + i;
            Map<String, String> headers = new java.util.HashMap<>(endpoint.headers());
            headers.replaceAll((k, v) -> v + suffix);
            Client.Reply reply = Client.send(request, endpoint.token(), headers);
            if (reply.status() == 415) {
                unsupportedMediaType++;
            }
            if (reply.status() >= 500) {
                failures.add(input.kind() + " → " + reply.status() + " " + abbreviate(reply.body()));
            } else if (reply.status() >= 400 && !reply.problem()) {
                failures.add(input.kind() + " → " + reply.status() + " not problem+json: " + reply.contentType());
            } else if (LEAK.matcher(reply.body()).find()) {
                failures.add(input.kind() + " → leaks internals: " + abbreviate(reply.body()));
            }
        }
        assertTrue(failures.isEmpty(), endpoint + ": " + failures);
        // Only the inputs sent as another media type may be turned away unread; the rest must reach the endpoint.
        assertTrue(unsupportedMediaType < INPUTS_PER_ENDPOINT / 4,
                endpoint + ": " + unsupportedMediaType + " inputs answered 415, so the body was never read");
    }

    private static String abbreviate(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
    }
}
